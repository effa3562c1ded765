import { checkReport } from "../../model/check-report";
import { messageOf } from "../../model/error-message";
import { acceptDraft, type AcceptProblem } from "../../model/draft";
import type { Report } from "../../model/report";
import { tally, type ReviewState } from "./state";

export type ReviewedReport =
  | { ok: true; report: Report; /** Accepted items that could not be kept, each with why. */ dropped: AcceptProblem[] }
  | { ok: false; problems: string[] };

/**
 * The report the review makes: only accepted items (with their edits), and the people and places they need; rejected
 * and unreviewed items are left out. Checked as an imported report is (ids, references, spans against the text).
 */
export function reviewedReport(state: ReviewState): ReviewedReport {
  const { draft } = state;
  if (!draft) return { ok: false, problems: ["There is no draft to save."] };
  if (tally(state).accepted === 0) return { ok: false, problems: ["Accept at least one item: only accepted items are saved."] };
  let built: ReturnType<typeof acceptDraft>;
  try {
    built = acceptDraft({ ...draft, source: { ...draft.source, file: state.input.fileName } }, state.decisions);
  } catch (error) {
    return { ok: false, problems: [`The accepted items do not make a valid report: ${messageOf(error).slice(0, 300)}`] };
  }
  const { report, problems } = checkReport(built.report);
  if (!report) return { ok: false, problems };
  const kept =
    report.figures.length + report.statements.length + report.events.length + report.actors.length + report.places.length;
  if (kept === 0) return { ok: false, problems: built.problems.map((p) => `${p.id}: ${p.message}`) };
  return { ok: true, report, dropped: built.problems };
}
