import { casualtiesByPlace, type ReportIndex } from "../../query";
import { blockAddress } from "./address";
import { planNewSheet, queueTableSheet, removeSheetIfAdded, type NewSheetPlan } from "./new-sheet";

export const CHART_TITLE = "Casualties by place, as reported";

/**
 * A new sheet with the casualties-by-place table and a clustered column chart of it. Places
 * with no figure for a measure get a blank (a gap in the chart), never 0; the chart's title
 * says that some values are lower bounds or approximations. Two syncs; rolls back on failure.
 */
export async function insertCasualtyChart(r: ReportIndex): Promise<NewSheetPlan> {
  const table = casualtiesByPlace(r);
  let plan: NewSheetPlan | undefined;
  try {
    return await Excel.run(async (context) => {
      plan = await planNewSheet(context, "Casualties chart");
      const sheet = queueTableSheet(context, plan, table);
      const rows = table.rows.length + 1;
      const chartData = sheet.getRange(blockAddress(rows, 4));
      const chart = sheet.charts.add("ColumnClustered", chartData, "Columns");
      chart.title.text = `${CHART_TITLE}. ${table.note}`;
      chart.setPosition(`A${rows + 3}`, `H${rows + 22}`);
      sheet.getRange(`A${rows + 2}`).values = [[table.note]];
      await context.sync();
      return plan;
    });
  } catch (error) {
    if (plan) await removeSheetIfAdded(plan.sheetName).catch(() => undefined);
    throw error;
  }
}
