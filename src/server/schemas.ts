import { z } from "zod";
import { COMPARE_HEADER } from "../query/compare";

/** One definition per shape: the routes validate with these, and the OpenAPI document is generated from them. */
export const ReportIdParams = z.object({
  id: z
    .string()
    .regex(/^report:[a-z0-9][a-z0-9-]*$/)
    .max(200),
});

const IsoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const SearchQuerySchema = z.object({
  q: z.string().max(500).optional().describe("words in the title or text (web search syntax)"),
  place: z.string().max(200).optional().describe("a place or group by any of its names"),
  measure: z.string().max(100).optional(),
  from: IsoDay.optional().describe("published on or after"),
  to: IsoDay.optional().describe("published on or before"),
  cursor: z.string().max(500).optional().describe("nextCursor of the previous page"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export const ReportSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  sha256: z.string(),
});

export const SearchReply = z.object({ reports: z.array(ReportSummary), nextCursor: z.string().nullable() });

export const ReportReply = ReportSummary.extend({ report: z.unknown().describe("the Report (see ReportSchema)") });

export const PublishReply = z.object({
  id: z.string(),
  version: z.number().int(),
  created: z.boolean(),
  publishedBy: z.string(),
});

export const CompareQuery = z.object({
  where: z.string().min(1).max(200),
  measure: z.string().min(1).max(100),
  cursor: z.string().max(500).optional().describe("nextCursor of the previous page"),
  limit: z.coerce.number().int().min(1).max(1000).default(500).describe("rows a page (one a report)"),
});

export const CompareReply = z.object({
  header: z.array(z.enum(COMPARE_HEADER)),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean()]))),
  reports: z.number().int().describe("reports in the library"),
  nextCursor: z.string().nullable().describe("the next page's cursor, oldest first; null on the last page"),
});

export const HealthReply = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
  reports: z.number().int(),
});

export const ProblemReply = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  problems: z.array(z.string()).optional().describe("the checker's problems, for an invalid report"),
  currentVersion: z.number().int().optional(),
  yourVersion: z.number().int().optional(),
});

/** A draft submitted for review (`extract --publish`): never a reviewed report, never searched or compared. */
export const DraftSummary = z.object({
  id: z.string().describe("draft:<n>"),
  reportId: z.string(),
  title: z.string(),
  state: z.literal("draft"),
  submittedBy: z.string(),
  submittedAt: z.string(),
});

export const DraftsReply = z.object({ drafts: z.array(DraftSummary) });
