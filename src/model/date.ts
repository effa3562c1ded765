import { z } from "zod";
import { BasisSchema, SpanSchema } from "./span";

const IsoDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

/**
 * A date as the report gives it, e.g. "October 14" -> 2023-10-14 with an inferred year. A record
 * the report does not date has no date (null), never a guessed one; `basis` follows the rule in
 * `BasisSchema`.
 */
export const ReportDateSchema = z.object({
  /** First (or only) day, month or year, ISO 8601 at the given precision. */
  start: IsoDateSchema,
  /** Last day of a range such as "October 13 and 14"; absent for a single date. */
  end: IsoDateSchema.optional(),
  precision: z.enum(["day", "month", "year"]),
  /**
   * `after`: the report gives only a lower bound ("following the October 7 attack"): it happened
   * on or after `start`, and the report does not say when. Absent: it happened on `start` (to `end`).
   */
  bound: z.literal("after").optional(),
  /** How the date itself is known: see `BasisSchema`. */
  basis: BasisSchema,
  /** The report never writes "2023": a day-month date gets an inferred year. */
  year: z.enum(["stated", "inferred"]),
  /** The words that give the date or point to it ("October 14", "On the following day"); always there when stated or implied. */
  text: SpanSchema.optional(),
  note: z.string().optional(),
});
export type ReportDate = z.infer<typeof ReportDateSchema>;
