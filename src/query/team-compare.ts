import { fail, ok, type Result } from "../model/failure";
import { COMPARE_HEADER } from "./compare";
import type { Cell, Table } from "./table";

/** The team library's answer as `REPORT.COMPARE`'s table; none of its reports giving the figure is `#N/A`. */
export function teamCompareTable(
  answer: { rows: readonly (readonly Cell[])[]; reports: number },
  where: string,
  measure: string,
): Result<Table> {
  if (answer.rows.length === 0) {
    return fail({ code: "not-compared", subject: where, measure, reports: answer.reports, library: "team library" });
  }
  return ok({ header: COMPARE_HEADER, rows: answer.rows.map((row) => [...row]) });
}

/** The workbook's own answer when the team library cannot be reached, its last row saying so. */
export function withOfflineNote(table: Table, why: string): Table {
  const note = `Not from the team library: ${why.replace(/\.?$/, ".")} These rows are this workbook's reports only.`;
  return { header: table.header, rows: [...table.rows, [note, ...table.header.slice(1).map(() => "")]] };
}
