import { casualtiesByPlace, type OpenReport } from "../../query";
import { blockAddress } from "./address";
import { onNewSheet, queueTableSheet, type NewSheetPlan } from "./new-sheet";

export const CHART_TITLE = "Casualties by place, as reported";

/**
 * A new sheet with the casualties-by-place table and a clustered column chart of it. Places
 * with no figure for a measure get a blank (a gap in the chart), never 0; the chart's title
 * says that some values are lower bounds or approximations. Three syncs; rolls back on failure.
 */
export async function insertCasualtyChart(r: OpenReport): Promise<NewSheetPlan> {
  const table = casualtiesByPlace(r);
  return onNewSheet("Casualties chart", (sheet, plan) => {
    queueTableSheet(sheet, plan, table);
    const rows = table.rows.length + 1;
    const chartData = sheet.getRange(blockAddress(rows, 1 + table.measures.length));
    const chart = sheet.charts.add("ColumnClustered", chartData, "Columns");
    chart.title.text = `${CHART_TITLE}. ${table.note}`;
    chart.setPosition(`A${rows + 3}`, `H${rows + 22}`);
    sheet.getRange(`A${rows + 2}`).values = [[table.note]];
  });
}
