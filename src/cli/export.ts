/**
 * `npm run export -- <dir> [--hxl]`: writes <dir>/report.xlsx (one sheet per section, each a real
 * table, and an About sheet) and one CSV per section (with an HXL hashtag row under --hxl).
 */
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { toCsv } from "../export/csv";
import { exportSections } from "../export/sections";
import { buildWorkbook } from "../export/xlsx";

export async function exportReport(dir: string, options: { hxl?: boolean } = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written = [join(dir, "report.xlsx")];
  await buildWorkbook(ExcelJS).xlsx.writeFile(written[0]!);
  for (const section of exportSections()) {
    const file = join(dir, section.file);
    writeFileSync(file, toCsv(section.table, options), "utf8");
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !arg.startsWith("--"));
  if (!dir) {
    process.stderr.write("Usage: npm run export -- <dir> [--hxl]\n");
    process.exitCode = 2;
  } else {
    exportReport(resolve(dir), { hxl: args.includes("--hxl") }).then(
      (files) => files.forEach((file) => console.log(file)),
      (error) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  }
}
