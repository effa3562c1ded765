import type ExcelJSModule from "exceljs";
import { isDateColumn, type Cell, type OpenReport } from "../query";
import { cleanText } from "./neutralize";
import { aboutLines, exportSections, type ExportSection } from "./sections";

type ExcelJS = typeof ExcelJSModule;
const EXCEL_EPOCH_OFFSET = 25569;
const MAX_WIDTH = 60;

const serialToDate = (serial: number) => new Date(Math.round((serial - EXCEL_EPOCH_OFFSET) * 86_400_000));

/** A cell for ExcelJS: blanks stay blank, date serials become dates, text is stored as text (never a formula in xlsx), without control characters. */
function excelCell(value: Cell, isDate: boolean): ExcelJSModule.CellValue {
  if (value === "") return null;
  if (isDate && typeof value === "number") return serialToDate(value);
  return cleanText(value);
}

/**
 * The report as a workbook: an About sheet, then one sheet per section, each a real table with a
 * header row, real dates and numbers. Takes the ExcelJS module so Node and the browser can each
 * load their own build of it.
 */
export function buildWorkbook(
  excel: ExcelJS,
  r: OpenReport,
  sections: ExportSection[] = exportSections(r),
): ExcelJSModule.Workbook {
  const workbook = new excel.Workbook();
  workbook.creator = "Report Data";
  workbook.created = new Date(Date.UTC(2026, 0, 1));

  const about = workbook.addWorksheet("About");
  aboutLines(r).forEach((line, i) => {
    about.getCell(i + 1, 1).value = cleanText(line);
  });
  about.getRow(1).font = { bold: true, size: 14 };
  about.getColumn(1).width = 120;
  about.getColumn(1).alignment = { wrapText: true, vertical: "top" };

  for (const section of sections) {
    const sheet = workbook.addWorksheet(section.sheet);
    const { header, rows } = section.table;
    const dates = header.map(isDateColumn);
    sheet.addTable({
      name: section.tableName,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      rows: rows.map((row) => row.map((value, column) => excelCell(value, dates[column]!))),
    });
    header.forEach((name, column) => {
      const excelColumn = sheet.getColumn(column + 1);
      const longest = Math.max(name.length, ...rows.map((row) => String(row[column] ?? "").length));
      excelColumn.width = Math.min(MAX_WIDTH, longest + 2);
      if (dates[column]) excelColumn.numFmt = "yyyy-mm-dd";
      else if (rows.some((row) => typeof row[column] === "number")) excelColumn.numFmt = "#,##0";
      if (longest > MAX_WIDTH) excelColumn.alignment = { wrapText: true, vertical: "top" };
    });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
  }
  return workbook;
}
