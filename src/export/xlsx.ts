import type ExcelJSModule from "exceljs";
import { isDateColumn, type Cell, type OpenReport } from "../query";
import { cleanText } from "./neutralize";
import { aboutLines, exportSections, type ExportSection } from "./sections";

type ExcelJS = typeof ExcelJSModule;
const EXCEL_EPOCH_OFFSET = 25569;
/** Long text wraps at this many characters; shorter columns are as wide as their content. */
const MAX_WIDTH = 60;
/** yyyy-mm-dd plus room for the filter button of the header, so a date never shows as ###. */
const DATE_WIDTH = 14;
/** Excel's default row height in points, for one line of text. */
const LINE_HEIGHT = 15;

/**
 * Print settings every sheet shares: landscape, as wide as one page, the header row on every page, a footer with
 * the report's title and the page number (&P of &N are Excel's header/footer codes).
 */
function printSetup(sheet: ExcelJSModule.Worksheet, title: string, repeatHeader: boolean): void {
  sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  if (repeatHeader) sheet.pageSetup.printTitlesRow = "1:1";
  const footerTitle = title.replace(/&/g, "&&").slice(0, 120);
  sheet.headerFooter = { oddFooter: `&L${footerTitle}&RPage &P of &N` };
}

/** Lines a wrapped cell takes at `width` characters, so its row is tall enough and rows never overlap. */
const wrappedLines = (text: string, width: number) =>
  text.split("\n").reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / Math.max(width - 2, 1))), 0);

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
  /** Said first on the About sheet: that the data is an unreviewed draft. */
  note?: string,
): ExcelJSModule.Workbook {
  const workbook = new excel.Workbook();
  workbook.creator = "Report Data";
  workbook.created = new Date(Date.UTC(2026, 0, 1));

  const about = workbook.addWorksheet("About");
  const lines = aboutLines(r);
  if (note) lines.splice(1, 0, note);
  lines.forEach((line, i) => {
    about.getCell(i + 1, 1).value = cleanText(line);
  });
  about.getRow(1).font = { bold: true, size: 14 };
  about.getColumn(1).width = 120;
  about.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  // Wrapped rows get the height of their lines: LibreOffice and Excel do not grow a row ExcelJS wrote.
  lines.forEach((line, i) => {
    if (i > 0) about.getRow(i + 1).height = LINE_HEIGHT * wrappedLines(line, 120);
  });
  printSetup(about, r.report.source.title, false);

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
    const widths = header.map((name, column) => {
      const excelColumn = sheet.getColumn(column + 1);
      // A number prints with thousands separators (a comma every three digits), a header beside its filter button.
      const shown = (value: Cell) =>
        typeof value === "number" && !dates[column] ? value.toLocaleString("en-US").length : String(value ?? "").length;
      const longest = Math.max(name.length + 3, ...rows.map((row) => shown(row[column]!)));
      const width = dates[column] ? Math.max(DATE_WIDTH, name.length + 3) : Math.min(MAX_WIDTH, longest + 2);
      excelColumn.width = width;
      if (dates[column]) excelColumn.numFmt = "yyyy-mm-dd";
      else if (rows.some((row) => typeof row[column] === "number")) excelColumn.numFmt = "#,##0";
      excelColumn.alignment = longest + 2 > MAX_WIDTH ? { wrapText: true, vertical: "top" } : { vertical: "top" };
      return width;
    });
    rows.forEach((row, i) => {
      const lines = Math.max(
        1,
        ...row.map((value, column) => (typeof value === "string" ? wrappedLines(value, widths[column]!) : 1)),
      );
      if (lines > 1) sheet.getRow(i + 2).height = LINE_HEIGHT * lines;
    });
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    printSetup(sheet, r.report.source.title, true);
  }
  return workbook;
}
