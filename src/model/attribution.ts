import { z } from "zod";
import { BasisSchema, SpanSchema } from "./span";

/**
 * Who the report credits for a figure, statement or event: the body or outlet it cites ("the
 * Palestinian Health Ministry said", "according to the Iranian Foreign Ministry website"), kept
 * apart from the outlet that printed the report itself.
 */
export const AttributionSchema = z.object({
  /** Actor id of the body credited; null when the report credits no one. */
  actor: z.string().nullable(),
  /** How the credit is known, by the rule in `BasisSchema`; null exactly when `actor` is null. */
  basis: BasisSchema.nullable(),
  /** The words that name the source, as written ("the Palestinian Health Ministry"), wherever the report writes them. */
  text: SpanSchema.optional(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

/** No source credited: the report tells it in its own voice, or the speaker speaks for themselves. */
export const NO_SOURCE: Attribution = { actor: null, basis: null };
