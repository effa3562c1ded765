import { z } from "zod";
import { OFFSET_UNITS } from "./offset-unit";

/**
 * What the report is (its identity in a library of reports) and how to read offsets into it. For the bundled report
 * this is `data/source.json`.
 */
export const SourceMetaSchema = z.object({
  /** Unique in a library; two reports are never merged, a second with the same id is refused or renamed. */
  id: z.string().regex(/^report:[a-z0-9][a-z0-9-]*$/, "expected report:<lowercase letters, digits and hyphens>"),
  title: z.string().min(1),
  /** The file the text came from, where there was one. */
  file: z.string().nullable(),
  /** SHA-256 of the text (UTF-8), so a copy can be checked against its source. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The outlet that published the report; null when unknown. */
  outlet: z.string().nullable(),
  /** Where the report was published, when known. */
  url: z.string().url().nullable().optional(),
  published: z.object({
    value: z.string(),
    precision: z.enum(["day", "month", "year"]),
    notBefore: z.string(),
    inferred: z.boolean(),
    basis: z.string(),
  }),
  /** What offsets count: "utf-16 code unit" (written); "unicode code point" is read and converted (offset-unit.ts). */
  offsetUnit: z.enum(OFFSET_UNITS),
  normalization: z.literal("none"),
});
export type SourceMeta = z.infer<typeof SourceMetaSchema>;
