/** The reports a CLI command works on: the bundled one, plus `--report <file.json>` and `--library <dir>`. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Library } from "../query";
import { problemLines, readReportBytes, sizeRefusal, type ReportCheck } from "../store/report-file";

export const optionValue = (args: readonly string[], name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

/** The arguments with `--name value` pairs and bare flags taken out. */
export function positional(args: readonly string[], valued: readonly string[]): string[] {
  return args.filter((arg, i) => !arg.startsWith("--") && !valued.includes(args[i - 1] ?? ""));
}

/**
 * Adds the report files to the library, checked as an import is: any problem stops with every problem listed. The
 * `--report` file becomes the default (a formula without `[report]` answers from it).
 */
export async function addReportFiles(
  library: Library,
  options: { reportFile?: string; libraryDir?: string },
): Promise<{ ok: true } | { ok: false; message: string }> {
  const files = [
    ...(options.libraryDir
      ? readdirSync(options.libraryDir)
          .filter((name) => name.endsWith(".json"))
          .sort()
          .map((name) => join(options.libraryDir!, name))
      : []),
    ...(options.reportFile ? [options.reportFile] : []),
  ];
  for (const file of files) {
    let checked: ReportCheck;
    try {
      const size = statSync(file).size;
      if (size === 0) return { ok: false, message: `${file}: the file is empty.\n` };
      checked = sizeRefusal(size) ?? (await readReportBytes(readFileSync(file)));
    } catch (error) {
      return { ok: false, message: `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n` };
    }
    if (!checked.ok)
      return {
        ok: false,
        message: `${file} is not a valid report:\n${problemLines(checked.problems)
          .map((l) => `  ${l}\n`)
          .join("")}`,
      };
    const added = library.add(checked.report, "file", "refuse");
    if (!added.ok)
      return { ok: false, message: `${file}: the library already has a report with id '${checked.report.source.id}'.\n` };
    if (file === options.reportFile) library.setDefault(added.value.report.source.id);
  }
  return { ok: true };
}
