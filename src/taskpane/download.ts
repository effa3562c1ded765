import { buildWorkbook } from "../export/xlsx";
import type { OpenReport } from "../query";
import { saveFile } from "./save-file";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Builds report.xlsx in the page and hands it to the browser as a download. ExcelJS (about
 * 250 KB gzipped) is loaded only now, as its own chunk, so the pane does not pay for it at start.
 */
export async function downloadWorkbook(r: OpenReport, fileName = "report.xlsx"): Promise<void> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs/dist/exceljs.min.js");
  const buffer = await buildWorkbook(ExcelJS, r).xlsx.writeBuffer();
  saveFile(buffer, fileName, XLSX_TYPE);
}
