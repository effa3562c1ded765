import { COMPARE_HEADER, type Table } from "../../query";
import { blockAddress, columnLetter } from "./address";
import { onNewSheet, queueTableSheet, type NewSheetPlan } from "./new-sheet";

/** The columns the chart draws, by name: a report's published date on the axis; its value, low and high as lines. */
const DATE_COLUMN = COMPARE_HEADER.indexOf("published date");
const FIRST_SERIES = COMPARE_HEADER.indexOf("value");
const SERIES = ["value", "low", "high"] as const;

/** The formula that gives the same table live, for the note under the chart. */
export const compareFormula = (where: string, measure: string): string =>
  `=REPORT.COMPARE("${where.replace(/"/g, '""')}","${measure.replace(/"/g, '""')}")`;

/**
 * A new sheet with REPORT.COMPARE's table for one figure (one row a report, oldest first) and a line chart of its
 * value, low and high against each report's published date: the toll over time, as each report gave it. Bounds a
 * report does not give stay blank (a gap, never 0). Three syncs; the sheet is removed if any of them fails.
 */
export async function insertCompareChart(table: Table, where: string, measure: string): Promise<NewSheetPlan> {
  if (table.header.join("\u0000") !== COMPARE_HEADER.join("\u0000")) throw new Error("not a REPORT.COMPARE table");
  return onNewSheet("Across reports", (sheet, plan) => {
    queueTableSheet(sheet, plan, table);
    const rows = table.rows.length + 1;
    const lines = sheet.getRange(blockAddress(rows, SERIES.length, 0, FIRST_SERIES));
    const chart = sheet.charts.add("LineMarkers", lines, "Columns");
    chart.title.text = `${where} ${measure}, as each report gave it (${table.rows.length} reports)`;
    const dates = sheet.getRange(`${columnLetter(DATE_COLUMN)}2:${columnLetter(DATE_COLUMN)}${rows}`);
    chart.axes.categoryAxis.setCategoryNames(dates);
    chart.axes.categoryAxis.categoryType = "DateAxis";
    chart.setPosition(`A${rows + 4}`, `H${rows + 23}`);
    sheet.getRange(`A${rows + 2}:A${rows + 3}`).values = [
      ["Values as each report wrote them: check the qualifier column (at least, about, more than) before reading a trend."],
      [`For a live table that follows the library, type ${compareFormula(where, measure)} in a cell.`],
    ];
  });
}
