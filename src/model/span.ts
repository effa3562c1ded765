import { z } from "zod";

/**
 * A place in the source text: W3C Web Annotation's TextPositionSelector (`start`, `end`)
 * and TextQuoteSelector (`exact`) in one record.
 *
 * Offsets count Unicode code points of `data/article.txt` decoded as UTF-8, with no
 * normalization (the file is already NFC, uses LF and has no astral characters, so a
 * code-point offset equals a JavaScript string index). `end` is exclusive.
 */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1),
  })
  .refine((span) => span.end - span.start === [...span.exact].length, {
    message: "end - start must equal the length of exact",
  });
export type Span = z.infer<typeof SpanSchema>;

export const BasisSchema = z.enum(["stated", "implied", "inferred"]);
/** `stated`: the words say it; `implied`: neighbouring sentences say it; `inferred`: we worked it out. */
export type Basis = z.infer<typeof BasisSchema>;
