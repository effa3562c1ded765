export interface CellContent {
  address: string;
  formula: unknown;
  value: unknown;
}

/** The non-empty values of the selected cells, row by row. One sync. */
export async function readSelectedValues(): Promise<{ address: string; values: unknown[] }> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(["address", "values"]);
    await context.sync();
    const values = range.values.flat().filter((v) => v !== "" && v !== null && v !== undefined);
    return { address: range.address, values };
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
