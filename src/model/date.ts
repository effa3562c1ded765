import { z } from "zod";
import { BasisSchema, SpanSchema } from "./span";

const IsoDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

/** A date as the report gives it, e.g. "October 14" -> 2023-10-14 with an inferred year. */
export const ReportDateSchema = z.object({
  /** First (or only) day, month or year, ISO 8601 at the given precision. */
  start: IsoDateSchema,
  /** Last day of a range such as "October 13 and 14"; absent for a single date. */
  end: IsoDateSchema.optional(),
  precision: z.enum(["day", "month", "year"]),
  /** How the date itself is known: written, implied by context, or worked out from a relative phrase. */
  basis: BasisSchema,
  /** The report never writes "2023": a day-month date gets an inferred year. */
  year: z.enum(["stated", "inferred"]),
  /** The words that give the date, where there are any ("October 14", "On the following day"). */
  text: SpanSchema.optional(),
  note: z.string().optional(),
});
export type ReportDate = z.infer<typeof ReportDateSchema>;
