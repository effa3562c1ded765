/**
 * `npm run export -- <dir> [--hxl] [--report <file.json>]`: writes <dir>/report.xlsx (one sheet per section, each a
 * real table, and an About sheet), one CSV per section (with an HXL hashtag row under --hxl), the report file
 * (report.json, the dataset's schema) and its facts as W3C Web Annotations (annotations.jsonld), for the bundled
 * report or the report file given.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { ANNOTATIONS_FILE_NAME, annotationsJson } from "../export/annotations";
import { toCsv } from "../export/csv";
import { REPORT_FILE_NAME, reportFileJson } from "../export/report-file";
import { exportSections } from "../export/sections";
import { buildWorkbook } from "../export/xlsx";
import { report } from "../dataset/report";
import { Library, type OpenReport } from "../query";
import { parseCommandLine, usageLine } from "./args";
import { addReportFiles, unreviewedNote } from "./cli-library";
import { runCommand } from "./run-command";

export async function exportReport(
  r: OpenReport,
  dir: string,
  options: { hxl?: boolean; note?: string } = {},
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written = [join(dir, "report.xlsx")];
  await buildWorkbook(ExcelJS, r, undefined, options.note).xlsx.writeFile(written[0]!);
  for (const section of exportSections(r)) {
    const file = join(dir, section.file);
    writeFileSync(file, toCsv(section.table, options), "utf8");
    written.push(file);
  }
  const reportFile = join(dir, REPORT_FILE_NAME);
  writeFileSync(reportFile, reportFileJson(r.report), "utf8");
  const annotations = join(dir, ANNOTATIONS_FILE_NAME);
  writeFileSync(annotations, annotationsJson(r), "utf8");
  written.push(reportFile, annotations);
  return written;
}

const USAGE = "Usage: npx report-data export <dir> [--hxl] [--report <file.json>] [--draft] [--keep-both] [--without-orphans]";
const OPTIONS = {
  hxl: { type: "boolean" },
  report: { type: "string" },
  draft: { type: "boolean" },
  "keep-both": { type: "boolean" },
  "without-orphans": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export async function main(args: string[]): Promise<number> {
  const parsed = parseCommandLine(args, OPTIONS, "export");
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(
      `${USAGE}\nWrites report.xlsx, one CSV a section, report.json and annotations.jsonld into <dir>. ` +
        "Exit 0 written; 2 a usage error, a report file that cannot be read or is not valid, or a draft without --draft.\n",
    );
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(`${usageLine("export", positionals.length === 0 ? "no folder given" : "one folder at a time")}\n`);
    return 2;
  }
  const library = new Library([{ report, origin: "bundled" }]);
  const added = await addReportFiles(library, {
    reportFile: values.report,
    draft: values.draft,
    keepBoth: values["keep-both"],
    withoutOrphans: values["without-orphans"],
  });
  if (!added.ok) {
    process.stderr.write(added.message);
    return 2;
  }
  for (const line of added.notes) process.stderr.write(`${line}\n`);
  const note = added.drafts.length > 0 ? unreviewedNote(added.drafts) : undefined;
  if (note) process.stderr.write(`${note}\n`);
  const files = await exportReport(library.default!, resolve(positionals[0]!), { hxl: values.hxl, note });
  files.forEach((file) => console.log(file));
  return 0;
}

if (require.main === module) runCommand("export", main);
