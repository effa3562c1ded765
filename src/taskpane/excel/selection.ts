export interface CellContent {
  address: string;
  formula: unknown;
  value: unknown;
}

/**
 * At most this many cells are read from a selection: Excel refuses responses over 5,000,000
 * cells or 5 MB (select-all is 17 billion cells), and cross-referencing more than a few thousand
 * cells at once is no use to anyone.
 */
export const MAX_CELLS_READ = 5_000;

export interface SelectedValues {
  /** The selection as the user made it. */
  address: string;
  /** The non-empty values read, row by row. */
  values: unknown[];
  /** When the selection's cells with content were more than MAX_CELLS_READ: what was read, of how many. */
  cut?: { read: string; cells: number };
}

/**
 * The non-empty values of the selected cells, row by row: only the part of the selection inside
 * the sheet's used range is read, and of that at most MAX_CELLS_READ cells (whole rows from the top).
 */
export async function readSelectedValues(): Promise<SelectedValues> {
  return Excel.run(async (context) => {
    const selection = context.workbook.getSelectedRange();
    const used = selection.worksheet.getUsedRangeOrNullObject(true);
    selection.load("address");
    used.load("address"); // isNullObject is known after the sync
    await context.sync();
    if (used.isNullObject) return { address: selection.address, values: [] };

    const part = selection.getIntersectionOrNullObject(used);
    part.load(["address", "rowCount", "columnCount"]);
    await context.sync();
    if (part.isNullObject) return { address: selection.address, values: [] };

    const cells = part.rowCount * part.columnCount;
    const columns = Math.min(part.columnCount, MAX_CELLS_READ);
    const rows = Math.min(part.rowCount, Math.max(1, Math.floor(MAX_CELLS_READ / columns)));
    const read = cells > MAX_CELLS_READ ? part.getCell(0, 0).getResizedRange(rows - 1, columns - 1) : part;
    read.load(["address", "values"]);
    await context.sync();
    const values = read.values.flat().filter((v) => v !== "" && v !== null && v !== undefined);
    return cells > MAX_CELLS_READ
      ? { address: selection.address, values, cut: { read: read.address, cells } }
      : { address: selection.address, values };
  });
}

/** The active cell's formula and value. One sync. */
export async function readActiveCell(): Promise<CellContent> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load(["address", "values", "formulas"]);
    await context.sync();
    return { address: cell.address, formula: cell.formulas[0]?.[0], value: cell.values[0]?.[0] };
  });
}
