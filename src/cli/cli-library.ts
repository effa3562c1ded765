/** The reports a CLI command works on: the bundled one, plus `--report <file.json>` and `--library <dir>`. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Library } from "../query";
import { problemLines, readReportBytes, sizeRefusal, type ReportCheck } from "../store/report-file";

/** A file the extractor made: its items carry `draft` proposals and it lists `warnings`; a reviewed report has neither. */
export function isDraftText(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.warnings)) return true;
  return ["figures", "statements", "actors", "places", "events"].some(
    (kind) =>
      Array.isArray(record[kind]) &&
      (record[kind] as unknown[]).some((item) => typeof item === "object" && item !== null && "draft" in item),
  );
}

/** The line every answer from a draft carries (stderr, and the table's note). */
export const unreviewedNote = (files: readonly string[]): string =>
  `Unreviewed draft: ${files.join(", ")} is the extractor's proposal, not reviewed facts (npx report-data review <draft.json> makes a report).`;

/** Why a file or folder could not be read, as one line: "draft.json: no such file." */
export const readFailure = (path: string, error: unknown, what: "file" | "folder"): string => {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === "ENOENT"
      ? `no such ${what}`
      : code === "EISDIR"
        ? "it is a folder, not a file"
        : code === "ENOTDIR"
          ? "it is a file, not a folder"
          : `cannot read it (${code ?? String(error)})`;
  return `${path}: ${why}.\n`;
};

/**
 * Adds the report files to the library, checked as an import is: any problem stops with every problem listed. The
 * `--report` file becomes the default (a formula without `[report]` answers from it).
 */
export async function addReportFiles(
  library: Library,
  options: { reportFile?: string; libraryDir?: string; draft?: boolean; keepBoth?: boolean; withoutOrphans?: boolean },
): Promise<{ ok: true; drafts: string[]; notes: string[] } | { ok: false; message: string }> {
  let inFolder: string[] = [];
  if (options.libraryDir) {
    try {
      inFolder = readdirSync(options.libraryDir)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => join(options.libraryDir!, name));
    } catch (error) {
      return { ok: false, message: readFailure(options.libraryDir, error, "folder") };
    }
  }
  const files = [...inFolder, ...(options.reportFile ? [options.reportFile] : [])];
  const drafts: string[] = [];
  const notes: string[] = [];
  for (const file of files) {
    let checked: ReportCheck;
    let bytes: Uint8Array | undefined;
    try {
      const size = statSync(file).size;
      if (size === 0) return { ok: false, message: `${file}: the file is empty.\n` };
      const refused = sizeRefusal(size);
      if (!refused) bytes = readFileSync(file);
      // Re-anchored as the pane's import is: what moved is said, and orphans are offered (--without-orphans).
      checked = refused ?? (await readReportBytes(bytes!, { reanchor: true }));
    } catch (error) {
      return { ok: false, message: readFailure(file, error, "file") };
    }
    if (bytes && isDraftText(new TextDecoder().decode(bytes))) {
      if (!options.draft)
        return {
          ok: false,
          message: `${file} is a draft, not a reviewed report: review it (npx report-data review ${file}) or pass --draft to answer from it unreviewed.\n`,
        };
      drafts.push(file);
    }
    if (!checked.ok && checked.orphans && options.withoutOrphans) {
      const { count, dropped } = checked.orphans;
      notes.push(
        `${file}: used without its ${count} orphan${count === 1 ? "" : "s"} (quotes no longer in its text); dropped ${dropped.join(", ")}.`,
      );
      checked = { ok: true, report: checked.orphans.report, moved: checked.orphans.moved };
    }
    if (!checked.ok)
      return {
        ok: false,
        message: `${file} is not a valid report:\n${problemLines(checked.problems)
          .map((l) => `  ${l}\n`)
          .join("")}${
          checked.orphans
            ? `${checked.orphans.count} orphan${checked.orphans.count === 1 ? "" : "s"} (quotes no longer in its edited text): pass --without-orphans to use it without them.\n`
            : ""
        }`,
      };
    if (checked.moved?.length)
      notes.push(
        `${file}: ${checked.moved.length} span${checked.moved.length === 1 ? "" : "s"} re-anchored (its text was edited).`,
      );
    const added = library.add(checked.report, "file", options.keepBoth ? "keep-both" : "refuse");
    if (!added.ok)
      return {
        ok: false,
        message: `${file}: the library already has a report with id '${checked.report.source.id}'; pass --keep-both to keep both (the second gets a new id).\n`,
      };
    if (file === options.reportFile) library.setDefault(added.value.report.source.id);
    for (const warning of checked.warnings ?? []) process.stderr.write(`${file}: ${warning}.\n`);
  }
  return { ok: true, drafts, notes };
}
