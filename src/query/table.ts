/** What a spilled function returns: a header row and rows of plain cell values. */
export type Cell = string | number | boolean;

export interface Table {
  header: readonly string[];
  rows: Cell[][];
}

/** The table as one 2-D array, header first, as Excel spills it. */
export function tableToMatrix(table: Table): Cell[][] {
  return [[...table.header], ...table.rows];
}

/** Columns holding Excel serial dates ("date", "end date"). */
export const isDateColumn = (header: string): boolean => /(^|\s)date$/.test(header);
