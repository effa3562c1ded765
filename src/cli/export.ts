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
import { addReportFiles, optionValue, positional } from "./cli-library";

export async function exportReport(r: OpenReport, dir: string, options: { hxl?: boolean } = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written = [join(dir, "report.xlsx")];
  await buildWorkbook(ExcelJS, r).xlsx.writeFile(written[0]!);
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

async function main(args: string[]): Promise<number> {
  const [dir] = positional(args, ["--report"]);
  if (!dir) {
    process.stderr.write("Usage: npm run export -- <dir> [--hxl] [--report <file.json>]\n");
    return 2;
  }
  const library = new Library([{ report, origin: "bundled" }]);
  const added = await addReportFiles(library, { reportFile: optionValue(args, "--report") });
  if (!added.ok) {
    process.stderr.write(added.message);
    return 2;
  }
  const files = await exportReport(library.default!, resolve(dir), { hxl: args.includes("--hxl") });
  files.forEach((file) => console.log(file));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
