import { isDateColumn, serialToIso, type Cell, type Table } from "../query";
import { hxlRow } from "../query/hxl";
import { neutralize } from "./neutralize";

const field = (value: unknown): string => {
  const text = String(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV (CRLF, quoted where needed): dates as YYYY-MM-DD, formulas neutralized, and an HXL
 * hashtag row under the header if asked.
 */
export function toCsv(table: Table, options: { hxl?: boolean } = {}): string {
  const dates = table.header.map(isDateColumn);
  const cell = (value: Cell, column: number) =>
    dates[column] && typeof value === "number" ? serialToIso(value) : neutralize(value);
  const rows = [table.header, ...(options.hxl ? [hxlRow(table.header)] : []), ...table.rows.map((row) => row.map(cell))];
  return rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
