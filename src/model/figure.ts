import { z } from "zod";
import { ReportDateSchema } from "./date";
import { BasisSchema, SpanSchema } from "./span";

export type { Measure, Qualifier } from "./vocabulary";

/** A canonical measure (vocabulary.ts MEASURES) or one the report adds in its `vocabulary`. */
export const MeasureSchema = z.string().min(1);
/** A canonical qualifier (vocabulary.ts QUALIFIER_BOUNDS) or one the report adds in its `vocabulary`. */
export const QualifierSchema = z.string().min(1);

/** Who the figure comes from, kept apart from the outlet that printed it (the report itself). */
export const AttributionSchema = z.object({
  /** Actor id of the body behind the figure; null when the report names none. */
  actor: z.string().nullable(),
  /** `stated` in the figure's own sentence, `implied` by a neighbouring one, `inferred` by us. */
  basis: BasisSchema.nullable(),
  /** The words that name the source, as written ("the Palestinian Health Ministry"). */
  text: SpanSchema.optional(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const SubjectSchema = z.object({
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
  /** The report's own word for the measure ("dead", "wounded"), where it differs from the canonical one. */
  measureText: SpanSchema.optional(),
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
  /** A canonical unit (vocabulary.ts UNITS) or one the report adds. */
  unit: z.string().min(1),
  /** The number with its qualifier, as written ("at least 1,400"). */
  valueText: SpanSchema,
  /** Where a value adds up several numbers of the text, the parts and their words. */
  parts: z.array(z.object({ value: z.number(), text: SpanSchema })).optional(),
  date: ReportDateSchema.nullable(),
  attribution: AttributionSchema,
  /** The sentence the figure comes from. */
  evidence: SpanSchema,
  note: z.string().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
