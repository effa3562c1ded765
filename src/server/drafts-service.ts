import { createHash } from "node:crypto";
import { DraftReportSchema } from "../model/draft";
import type { Database } from "./database";
import { Problem } from "./problem";

interface DraftRow {
  id: string | number;
  report_id: string;
  title: string;
  state: "draft";
  submitted_by: string;
  submitted_at: Date | string;
}

const summary = (row: DraftRow) => ({
  id: `draft:${row.id}`,
  reportId: row.report_id,
  title: row.title,
  state: row.state,
  submittedBy: row.submitted_by,
  submittedAt: new Date(row.submitted_at).toISOString(),
});

/**
 * Drafts for review: the extractor's proposals, checked against the draft schema and kept apart from the reviewed
 * reports (their own table), so nothing in them reaches search or compare until a reviewer publishes a report.
 */
export class DraftsService {
  constructor(private readonly db: Database) {}

  async submit(body: unknown, user: string): Promise<ReturnType<typeof summary>> {
    const parsed = DraftReportSchema.safeParse(body);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
      throw new Problem("invalid-report", `${problems.length} problem(s) in the draft; nothing was written.`, { problems });
    }
    const draft = parsed.data;
    const sha256 = createHash("sha256").update(draft.source.text).digest("hex");
    const [row] = await this.db.query<DraftRow>(
      `insert into drafts (report_id, draft, sha256, title, submitted_by) values ($1, $2, $3, $4, $5)
       returning id, report_id, title, state, submitted_by, submitted_at`,
      [draft.source.id, JSON.stringify(draft), sha256, draft.source.title, user],
    );
    return summary(row!);
  }

  async list(): Promise<{ drafts: ReturnType<typeof summary>[] }> {
    const rows = await this.db.reads.query<DraftRow>(
      "select id, report_id, title, state, submitted_by, submitted_at from drafts order by submitted_at desc, id desc limit 100",
    );
    return { drafts: rows.map(summary) };
  }
}
