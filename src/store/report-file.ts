/**
 * A report file (one JSON document in the dataset's schema) checked before anything uses it: the dataset's own checks
 * (schema, every span against the text, every reference, unique ids), then the text's SHA-256. Every problem is listed with its path; a report
 * with any problem is not imported at all. Loaded on demand (it brings zod), never with the pane's start-up code.
 */
// First: before any zod schema is built (see zod-jitless.ts).
import "../model/zod-jitless";
import { checkReport } from "../model/check-report";
import type { Report } from "../model/report";
import { messageOf } from "../model/error-message";

/** Larger files are refused before parsing: the text of a news report is well under a megabyte. */
export const MAX_REPORT_FILE_BYTES = 5_000_000;
const MAX_PROBLEMS = 50;

export interface ReportProblem {
  path: string;
  message: string;
}

export type ReportCheck = { ok: true; report: Report } | { ok: false; problems: ReportProblem[] };

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** "statements.3.speaker: no actor ..." -> its path and message. */
const asProblem = (line: string): ReportProblem => {
  const at = line.indexOf(": ");
  return at < 0 ? { path: "(the file)", message: line } : { path: line.slice(0, at), message: line.slice(at + 2) };
};

/** Checks a parsed report file with the dataset's own checks, then its checksum; lists every problem (up to 50). */
export async function checkReportFile(value: unknown): Promise<ReportCheck> {
  const checked = checkReport(value);
  if (!checked.report) return { ok: false, problems: checked.problems.slice(0, MAX_PROBLEMS).map(asProblem) };
  const { report } = checked;
  const sha = await sha256Hex(report.source.text);
  if (sha !== report.source.sha256)
    return { ok: false, problems: [{ path: "source.sha256", message: `the text's SHA-256 is ${sha}` }] };
  return { ok: true, report };
}

/** Reads a report file's text: refuses what is too large or not JSON before checking the rest. */
export async function readReportFile(json: string): Promise<ReportCheck> {
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_REPORT_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return {
      ok: false,
      problems: [
        { path: "(the file)", message: `${mb(bytes)} is more than a report file may hold (${mb(MAX_REPORT_FILE_BYTES)})` },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: "(the file)", message: `not JSON: ${messageOf(error)}` }],
    };
  }
  return checkReportFile(value);
}

/** Problems as lines for people: "statements.3.speaker: no actor 'actor:x'". */
export const problemLines = (problems: readonly ReportProblem[]): string[] => problems.map((p) => `${p.path}: ${p.message}`);
