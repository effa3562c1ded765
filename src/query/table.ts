import type { Result } from "../model/failure";
import { type Argument, optionalFlag } from "./arguments";
import { hxlRow } from "./hxl";

/** What a spilled function returns: a header row and rows of plain cell values. */
export type Cell = string | number | boolean;

export interface Table {
  header: readonly string[];
  rows: Cell[][];
}

/** The table as one 2-D array, header first, as Excel spills it; with HXL hashtags under the header if asked. */
export function tableToMatrix(table: Table, options: { hxl?: boolean } = {}): Cell[][] {
  return [[...table.header], ...(options.hxl ? [hxlRow(table.header)] : []), ...table.rows];
}

/** Columns holding Excel serial dates ("date", "end date"). */
export const isDateColumn = (header: string): boolean => /(^|\s)date$/.test(header);

/** A spilled function's answer: the table as a matrix, with HXL hashtags when `hxl` is TRUE. */
export function spill(table: () => Result<Table>, hxl: Argument): Result<Cell[][]> {
  const withHxl = optionalFlag(hxl, "hxl");
  if (!withHxl.ok) return withHxl;
  const result = table();
  return result.ok ? { ok: true, value: tableToMatrix(result.value, { hxl: withHxl.value }) } : result;
}
