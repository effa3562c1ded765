/**
 * A report file (one JSON document in the dataset's schema) checked before anything uses it: its size before it is
 * read, its bytes (UTF-8, a byte-order mark stripped), its JSON (a key written twice is named), the number of its
 * records, then the dataset's own checks (schema, every span against the text, every reference, unique ids), then the
 * text's SHA-256. Every problem is listed with its path; a report with any problem is not imported at all. Every file
 * gets an answer in bounded time and memory. Loaded on demand (it brings zod), never with the pane's start-up code.
 */
// First: before any zod schema is built (see zod-jitless.ts).
import "../model/zod-jitless";
import { checkReport, valueWarnings, type ReportIssue } from "../model/check-report";
import { withoutOrphans } from "../model/drop-orphans";
import type { Report } from "../model/report";
import { messageOf } from "../model/error-message";

/** Larger files are refused before reading: the text of a news report is well under a megabyte. */
export const MAX_REPORT_FILE_BYTES = 5_000_000;
/**
 * Records (figures, statements, events, actors, places, numerals) a report may hold: far above any news report, and
 * low enough that checking every one of them, with every problem each can have, stays bounded.
 */
export const MAX_REPORT_RECORDS = 5_000;
const MAX_PROBLEMS = 50;

export type ReportProblem = Pick<ReportIssue, "path" | "message"> & { code?: string };

/**
 * A report read, with the spans re-anchored because its text was edited ("figures.0.text: moved from 10 to 14") and
 * what a person should check although it loaded (a figure's value its words do not give).
 */
export type ReportCheck =
  | { ok: true; report: Report; moved?: string[]; warnings?: string[] }
  | { ok: false; problems: ReportProblem[]; orphans?: Orphans };

/**
 * A report refused only for spans whose quotes are no longer in its (edited) text: how many, and the report without
 * them (what it drops, by path), for the import to offer.
 */
export interface Orphans {
  count: number;
  report: Report;
  dropped: string[];
  moved: string[];
}

const refused = (message: string, code: string): ReportCheck => ({
  ok: false,
  problems: [{ path: "(the file)", code, message }],
});
const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Checks a parsed report file with the dataset's own checks, then its checksum; lists every problem (up to 50). */
export interface ReadOptions {
  /** Re-anchor spans whose offsets no longer hold their quote (an edited text); what moved is returned. */
  reanchor?: boolean;
}

export async function checkReportFile(value: unknown, options: ReadOptions = {}): Promise<ReportCheck> {
  const records = recordCount(value);
  if (records > MAX_REPORT_RECORDS)
    return refused(
      `${records} records (figures, statements, events, actors, places...): a report may hold ${MAX_REPORT_RECORDS}`,
      "too-many-records",
    );
  const checked = checkReport(value, options);
  if (!checked.report) {
    const problems = checked.issues.slice(0, MAX_PROBLEMS);
    const orphaned = options.reanchor && checked.parsed && checked.issues.every((i) => i.code === "misplaced-span");
    const mended = orphaned ? withoutOrphans(checked.parsed!, checked.issues) : undefined;
    if (!mended || (await sha256Hex(mended.report.source.text)) !== mended.report.source.sha256) return { ok: false, problems };
    return {
      ok: false,
      problems,
      orphans: { count: checked.issues.length, report: mended.report, dropped: mended.dropped, moved: checked.moved },
    };
  }
  const { report } = checked;
  const sha = await sha256Hex(report.source.text);
  if (sha !== report.source.sha256)
    return { ok: false, problems: [{ path: "source.sha256", code: "checksum", message: `the text's SHA-256 is ${sha}` }] };
  const warnings = valueWarnings(report);
  return {
    ok: true,
    report,
    ...(checked.moved.length > 0 ? { moved: checked.moved } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** The records of a report-shaped value: the lengths of its top-level lists. */
function recordCount(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  return Object.values(value).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}

/** The byte offset of the first byte that does not begin or continue a UTF-8 character, or -1. */
export function invalidUtf8At(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const second = bytes[i + 1]!;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return i;
    i += length;
  }
  return -1;
}

/** Reads a report file's bytes: its size first, then UTF-8 (named with the offset of the first bad byte). */
export async function readReportBytes(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReportCheck> {
  if (bytes.length > MAX_REPORT_FILE_BYTES) return tooLarge(bytes.length);
  const bad = invalidUtf8At(bytes);
  if (bad >= 0)
    return refused(`not UTF-8: byte ${bad} (0x${bytes[bad]!.toString(16).padStart(2, "0")}) begins no character`, "not-utf8");
  return readReportFile(new TextDecoder().decode(bytes), options);
}

const tooLarge = (bytes: number) =>
  refused(`${mb(bytes)} is more than a report file may hold (${mb(MAX_REPORT_FILE_BYTES)})`, "too-large");

/** The refusal of a file of this many bytes, before it is read; undefined when its size is allowed. */
export const sizeRefusal = (bytes: number): ReportCheck | undefined =>
  bytes > MAX_REPORT_FILE_BYTES ? tooLarge(bytes) : undefined;

/** Reads a report file's text: refuses what is too large, not JSON or has a key twice, before checking the rest. */
export async function readReportFile(text: string, options: ReadOptions = {}): Promise<ReportCheck> {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: count exactly only when the cheap bound does not settle it.
  if (text.length * 3 > MAX_REPORT_FILE_BYTES) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_REPORT_FILE_BYTES) return tooLarge(bytes);
  }
  // A byte-order mark is allowed (editors write one) and is not part of the JSON.
  const json = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return refused(`not JSON: ${messageOf(error)}`, "not-json");
  }
  const duplicate = duplicateKey(json);
  if (duplicate)
    return {
      ok: false,
      problems: [
        {
          path: duplicate.path || "(root)",
          code: "duplicate-key",
          message: `the key "${duplicate.key}" is written twice (JSON keeps only the last)`,
        },
      ],
    };
  return checkReportFile(value, options);
}

/** The first key an object of (valid) JSON has twice, with the path of that object. */
export function duplicateKey(json: string): { key: string; path: string } | undefined {
  const stack: Array<{ keys: Set<string> | null; expectKey: boolean; path: string; index: number }> = [];
  let lastKey = "";
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (c === '"') {
      let end = i + 1;
      while (json[end] !== '"') end += json[end] === "\\" ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(json.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, path: top.path };
        top.keys.add(key);
        top.expectKey = false;
        lastKey = key;
      }
      i = end;
    } else if (c === "{" || c === "[") {
      const top = stack[stack.length - 1];
      const step = top ? (top.keys ? lastKey : String(top.index)) : "";
      const path = top?.path ? `${top.path}.${step}` : step;
      stack.push({ keys: c === "{" ? new Set() : null, expectKey: c === "{", path, index: 0 });
    } else if (c === "}" || c === "]") stack.pop();
    else if (c === ",") {
      const top = stack[stack.length - 1]!;
      if (top.keys) top.expectKey = true;
      else top.index++;
    }
  }
  return undefined;
}

/** Problems as lines for people: "statements.3.speaker: no actor 'actor:x'". */
export const problemLines = (problems: readonly ReportProblem[]): string[] => problems.map((p) => `${p.path}: ${p.message}`);
