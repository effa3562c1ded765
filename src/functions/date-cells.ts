import { isDateColumn, type Cell } from "../query";
import { hostShowsFormattedNumbers } from "./host";

/** A date as Excel shows it when the host supports formatted numbers. */
export type DateCell = { type: "Double"; basicValue: number; numberFormat: string };

/** The format of a date at its precision: a month-precision date shows "October 2023", not its first day. */
export const DATE_FORMATS = { day: "yyyy-mm-dd", month: "mmmm yyyy", year: "yyyy" } as const;

function formatFor(basis: Cell | undefined): string {
  const precision = typeof basis === "string" ? basis.split(",")[0]!.trim() : "day";
  return DATE_FORMATS[precision as keyof typeof DATE_FORMATS] ?? DATE_FORMATS.day;
}

export function dateCell(serial: number, numberFormat: string = DATE_FORMATS.day): DateCell {
  return { type: "Double", basicValue: serial, numberFormat };
}

/**
 * A spilled table (header row, optional HXL row, then rows) with its date columns' serial numbers
 * as formatted numbers, each at the precision its row's "date basis" gives. Other cells as they are.
 */
export function withDateCells(matrix: Cell[][]): Array<Array<Cell | DateCell>> {
  const header = (matrix[0] ?? []).map(String);
  const dateColumns = header.flatMap((name, i) => (isDateColumn(name) ? [i] : []));
  const basisColumn = header.indexOf("date basis");
  if (dateColumns.length === 0) return matrix;
  const hxlRow = matrix[1]?.every((cell) => typeof cell === "string" && (cell === "" || cell.startsWith("#")));
  const firstRow = hxlRow ? 2 : 1;
  return matrix.map((row, r) => {
    if (r < firstRow) return row;
    const format = formatFor(basisColumn >= 0 ? row[basisColumn] : undefined);
    return row.map((cell, c) => (typeof cell === "number" && dateColumns.includes(c) ? dateCell(cell, format) : cell));
  });
}

/** A spill as this host shows it best: dates as dates where it can format numbers, serial numbers elsewhere. */
export function datesForHost(matrix: Cell[][]): Array<Array<Cell | DateCell>> {
  return hostShowsFormattedNumbers() ? withDateCells(matrix) : matrix;
}
