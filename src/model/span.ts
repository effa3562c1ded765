// Before any schema is built: every schema module imports this one first, so the tests, the CLI and the build parse
// as the pane does (jitless; see zod-jitless.ts).
import "./zod-jitless";
import { z } from "zod";

/**
 * A place in the source text: W3C Web Annotation's TextPositionSelector (`start`, `end`)
 * and TextQuoteSelector (`exact`) in one record.
 *
 * Offsets count UTF-16 code units of the source text (a JavaScript string index, as the W3C
 * TextPositionSelector does in browsers), with no normalization; `end` is exclusive. One unit
 * everywhere, so a report whose text has an emoji can be valid. (The bundled text has no astral
 * characters: there a code unit is a code point.)
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1),
    /** W3C TextQuoteSelector context, where a file has it: the words just before and after, for re-anchoring. */
    prefix: z.string().max(200).optional(),
    suffix: z.string().max(200).optional(),
  })
  .refine((span) => span.end - span.start === span.exact.length, {
    message: "end - start must equal the length of exact",
  });
export type Span = z.infer<typeof SpanSchema>;

/**
 * How a label of a record (a date, a setting, a speaker, a source) is known. One rule for all of
 * them, judged on the record's own sentence (its `evidence`):
 *
 * - `stated`: the record's own sentence writes it ("On October 14", "the Palestinian Health
 *   Ministry said", "In a phone conversation", "Hezbollah said"). The words are in the
 *   record's `text` span where the record has one, inside its sentence.
 * - `implied`: the record's own sentence has words that point to it ("he", "On the same day",
 *   "On the following day", "the terrorist attack that started the war"), and what they point
 *   to is stated elsewhere in the report. The pointing words are the `text` span; the note says
 *   where the rest is.
 * - `inferred`: anything else, however likely: nothing in the record's own sentence gives it or
 *   points to it, and we read it from the order of the report, from a neighbouring sentence, or
 *   from words that point to something the report itself does not give ("last week", counted
 *   from a publication date the report does not print). The note says what we read it from.
 *
 * A label is never stronger than what it leans on: words pointing to an inferred label make an
 * inferred one.
 */
export const BasisSchema = z.enum(["stated", "implied", "inferred"]);
export type Basis = z.infer<typeof BasisSchema>;
