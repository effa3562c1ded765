export type InsertFormulaResult = { inserted: true; address: string } | { inserted: false; address: string; reason: "occupied" };

/**
 * Puts a REPORT formula into the active cell, never over a non-empty one unless the user said
 * so (`overwrite`). Two syncs: read the cell, then write it.
 */
export async function insertFormula(formula: string, overwrite = false): Promise<InsertFormulaResult> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getActiveCell();
    cell.load(["address", "values", "formulas"]);
    await context.sync();
    const occupied = cell.values[0]?.[0] !== "" || String(cell.formulas[0]?.[0] ?? "") !== "";
    if (occupied && !overwrite) return { inserted: false, address: cell.address, reason: "occupied" };
    cell.formulas = [[formula]];
    await context.sync();
    return { inserted: true, address: cell.address };
  });
}
