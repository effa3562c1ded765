import { z } from "zod";
import { ActorSchema, PlaceSchema } from "./actor";
import { EventSchema } from "./event";
import { FigureSchema } from "./figure";
import { ReportVocabularySchema, vocabularyProblems } from "./report-vocabulary";
import { SourceMetaSchema } from "./source";
import { SpanSchema } from "./span";
import { StatementSchema } from "./statement";

/** A numeral in the text that is neither a figure nor a date, with the reason. */
export const OtherNumeralSchema = z.object({ text: SpanSchema, reason: z.string() });

/** An occurrence of a name or alias in the text that is not a mention of its bearer, with the reason. */
export const NonMentionSchema = z.object({ text: SpanSchema, reason: z.string() });

/** `data/report.json`: every fact of the report, each anchored to the source text. */
export const ReportSchema = z
  .object({
    $comment: z.string().optional(),
    /** The report's metadata and its full text, so the add-in needs no other file. */
    source: SourceMetaSchema.extend({ text: z.string() }),
    topics: z.record(z.string(), z.string()),
    actors: z.array(ActorSchema),
    places: z.array(PlaceSchema),
    figures: z.array(FigureSchema),
    statements: z.array(StatementSchema),
    events: z.array(EventSchema),
    otherNumerals: z.array(OtherNumeralSchema),
    nonMentions: z.array(NonMentionSchema).optional(),
    /** What this report adds to the canonical measures, qualifiers, units and settings. */
    vocabulary: ReportVocabularySchema.optional(),
    /** A copy from a team library: which, and the version it was when added (to tell when the copy is behind). */
    teamLibrary: z.object({ url: z.string().max(500), version: z.number().int().min(1) }).optional(),
  })
  .superRefine((report, context) => {
    for (const problem of vocabularyProblems(report)) context.addIssue({ code: "custom", ...problem });
  });
export type Report = z.infer<typeof ReportSchema>;
