import { z } from "zod";
import { ReportDateSchema } from "./date";
import { AttributionSchema } from "./attribution";
import { BasisSchema, SpanSchema } from "./span";
import { MEASURES, QUALIFIERS } from "./vocabulary";

export type { Measure, Qualifier } from "./vocabulary";
export { AttributionSchema, type Attribution } from "./attribution";

export const MeasureSchema = z.enum(MEASURES);
export const QualifierSchema = z.enum(QUALIFIERS);

export const SubjectSchema = z.object({
  /** A place, or an actor counted as a group ("key Hamas operatives"). */
  kind: z.enum(["place", "actor"]),
  id: z.string(),
  /** `inferred` where the report does not name the place (e.g. where a killing happened). */
  basis: BasisSchema,
});
export type Subject = z.infer<typeof SubjectSchema>;

export const FigureSchema = z.object({
  id: z.string().regex(/^figure:[a-z0-9-]+$/),
  subject: SubjectSchema,
  measure: MeasureSchema,
  /** Who is counted, as written ("Israelis", "people", "key Hamas operatives"). */
  counted: z.string(),
  value: z.object({
    best: z.number(),
    /** Lower bound where the wording gives one ("at least", "more than", "over"); null otherwise. */
    low: z.number().nullable(),
    /** Upper bound where the wording gives one; null otherwise. */
    high: z.number().nullable(),
  }),
  qualifier: QualifierSchema,
  unit: z.enum(["people", "rockets", "attacks", "US dollars a year"]),
  /** The number with its qualifier, as written ("at least 1,400"). */
  valueText: SpanSchema,
  /** Where a value adds up several numbers of the text, the parts and their words. */
  parts: z.array(z.object({ value: z.number(), text: SpanSchema })).optional(),
  /** When what is counted happened; null when the report does not date it. */
  date: ReportDateSchema.nullable(),
  /** Who the report credits for the number. */
  attribution: AttributionSchema,
  /** The sentence the figure comes from. */
  evidence: SpanSchema,
  note: z.string().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
