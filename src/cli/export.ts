/**
 * `npm run export -- <dir> [--hxl] [--report <file.json>] [--annotations]`: writes <dir>/report.xlsx (one sheet per
 * section, each a real table, and an About sheet) and one CSV per section (with an HXL hashtag row under --hxl), for
 * the bundled report or the report file given.
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { toCsv } from "../export/csv";
import { exportSections } from "../export/sections";
import { buildWorkbook } from "../export/xlsx";
import type { ReportIndex } from "../query";
import { runtimeLibrary } from "../functions/runtime-library";
import { addReportFiles, optionValue, positional } from "./cli-library";

export async function exportReport(r: ReportIndex, dir: string, options: { hxl?: boolean } = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written = [join(dir, "report.xlsx")];
  await buildWorkbook(ExcelJS, r).xlsx.writeFile(written[0]!);
  for (const section of exportSections(r)) {
    const file = join(dir, section.file);
    writeFileSync(file, toCsv(section.table, options), "utf8");
    written.push(file);
  }
  return written;
}

async function main(args: string[]): Promise<number> {
  const [dir] = positional(args, ["--report"]);
  if (!dir) {
    process.stderr.write("Usage: npm run export -- <dir> [--hxl] [--report <file.json>]\n");
    return 2;
  }
  const added = await addReportFiles(runtimeLibrary, { reportFile: optionValue(args, "--report") });
  if (!added.ok) {
    process.stderr.write(added.message);
    return 2;
  }
  const files = await exportReport(runtimeLibrary.default!, resolve(dir), { hxl: args.includes("--hxl") });
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
