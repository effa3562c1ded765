import { z } from "zod";

/** `data/source.json`: what the report is and how to read offsets into it. */
export const SourceMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  file: z.literal("article.txt"),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  outlet: z.string().nullable(),
  published: z.object({
    value: z.string(),
    precision: z.enum(["day", "month", "year"]),
    notBefore: z.string(),
    inferred: z.boolean(),
    basis: z.string(),
  }),
  offsetUnit: z.literal("unicode code point"),
  normalization: z.literal("none"),
});
export type SourceMeta = z.infer<typeof SourceMetaSchema>;
