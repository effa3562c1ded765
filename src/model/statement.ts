import { z } from "zod";
import { AttributionSchema } from "./attribution";
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
  /** By the rule in `BasisSchema`: `stated` when the sentence names the speaker, `implied` for "he" or "they". */
  speakerBasis: BasisSchema,
  kind: StatementKindSchema,
  /** What was said, as the report renders it (the clause after the verb of saying). */
  text: SpanSchema,
  /** The passages inside quote marks, verbatim, quote marks excluded. */
  quotes: z.array(SpanSchema),
  /** The whole sentence, verb of saying included. */
  evidence: SpanSchema,
  /** When it was said; null when the report does not date it. */
  date: ReportDateSchema.nullable(),
  /** Where or how it was said; `unspecified` (with a null basis) when the report does not say. */
  setting: SettingSchema,
  settingBasis: BasisSchema.nullable(),
  /** The words that give the setting ("In a phone conversation"), when it is stated. */
  settingText: SpanSchema.optional(),
  /**
   * The body or outlet the report credits for the account of the statement, apart from the speaker
   * ("according to the Iranian Foreign Ministry website"); no actor when it credits only the speaker.
   */
  source: AttributionSchema.optional(),
  /** Topic keys; see TOPICS in the dataset. */
  topics: z.array(z.string()).min(1),
  /** Actor ids the statement is addressed to or made with (the other party of a meeting or call). */
  audience: z.array(z.string()),
  note: z.string().optional(),
});
export type Statement = z.infer<typeof StatementSchema>;
