import { z } from "zod";
import { ReportDateSchema } from "./date";
import { AttributionSchema } from "./attribution";
import { BasisSchema, SpanSchema } from "./span";

export type { Measure, Qualifier } from "./vocabulary";
export { AttributionSchema, type Attribution } from "./attribution";

/** A canonical measure (vocabulary.ts MEASURES) or one the report adds in its `vocabulary`. */
export const MeasureSchema = z.string().min(1);
/** A canonical qualifier (vocabulary.ts QUALIFIER_BOUNDS) or one the report adds in its `vocabulary`. */
export const QualifierSchema = z.string().min(1);

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
  /**
   * How this count stands to another figure of the report, where the words say so: a part of it ("14 killed, five of
   * them children": the five are part of the 14) or counted on top of it ("another 11", "four more", "three others").
   * Optional, so report files written before it still load; the two figures are never summed.
   */
  relation: z
    .object({
      kind: z.enum(["part of", "in addition to"]),
      /** The other figure's id. */
      figure: z.string(),
      /** The words that say so ("of them", "another", "more"). */
      text: SpanSchema,
    })
    .optional(),
  /** When what is counted happened; null when the report does not date it. */
  date: ReportDateSchema.nullable(),
  /** Who the report credits for the number. */
  attribution: AttributionSchema,
  /** The sentence the figure comes from. */
  evidence: SpanSchema,
  note: z.string().optional(),
});
export type Figure = z.infer<typeof FigureSchema>;
