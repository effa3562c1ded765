import { z } from "zod";
import { ReportDateSchema } from "./date";
import { BasisSchema, SpanSchema } from "./span";
import { STATEMENT_KINDS } from "./vocabulary";

export const StatementKindSchema = z.enum(STATEMENT_KINDS);
/** `quote`: the report gives the words in quote marks; `paraphrase`: reported speech; `mixed`: both. */
export type StatementKind = z.infer<typeof StatementKindSchema>;

/** A canonical setting (vocabulary.ts SETTINGS) or one the report adds. */
export const SettingSchema = z.string().min(1);
export type Setting = z.infer<typeof SettingSchema>;

export const StatementSchema = z.object({
  id: z.string().regex(/^statement:[a-z0-9-]+$/),
  speaker: z.string(),
  /** `implied` when the sentence says "he" or "they" and a neighbour names the speaker. */
  speakerBasis: BasisSchema,
  kind: StatementKindSchema,
  /** What was said, as the report renders it (the clause after the verb of saying). */
  text: SpanSchema,
  /** The passages inside quote marks, verbatim, quote marks excluded. */
  quotes: z.array(SpanSchema),
  /** The whole sentence, verb of saying included. */
  evidence: SpanSchema,
  date: ReportDateSchema.nullable(),
  setting: SettingSchema,
  settingBasis: BasisSchema.nullable(),
  /** Topic keys; see TOPICS in the dataset. */
  topics: z.array(z.string()).min(1),
  /** Actor ids the statement is addressed to or made with (the other party of a meeting or call). */
  audience: z.array(z.string()),
});
export type Statement = z.infer<typeof StatementSchema>;
