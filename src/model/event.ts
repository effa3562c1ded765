import { z } from "zod";
import { AttributionSchema } from "./attribution";
import { ReportDateSchema } from "./date";
import { SpanSchema } from "./span";

/** An actor who claims the event as their own doing: the report tells it only as their claim. */
export const ClaimSchema = z.object({
  actor: z.string(),
  /** The words of the claim ("claimed responsibility", "said in a post on Telegram that it launched"). */
  text: SpanSchema,
});
export type Claim = z.infer<typeof ClaimSchema>;

export const EventSchema = z.object({
  id: z.string().regex(/^event:[a-z0-9-]+$/),
  /** What happened, in our words; a claimed event says so. */
  summary: z.string(),
  /** Null when the report does not date the event itself (the event still belongs to the story). */
  date: ReportDateSchema.nullable(),
  actors: z.array(z.string()),
  places: z.array(z.string()),
  evidence: SpanSchema,
  /** The body or outlet the report credits for the account ("according to the Iranian Foreign Ministry website"). */
  source: AttributionSchema.optional(),
  /** Empty when the report tells the event as a fact; otherwise who claims it. */
  claimedBy: z.array(ClaimSchema).optional(),
  /** Passages in quote marks that describe the event with no speaker named ("focusing on Palestine"). */
  quotes: z.array(SpanSchema).optional(),
  note: z.string().optional(),
});
export type ReportEvent = z.infer<typeof EventSchema>;
