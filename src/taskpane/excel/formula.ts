import { supports } from "./errors";

/** A cell as the user was shown it: what "Replace" was offered for. */
export interface CheckedCell {
  address: string;
  formula: unknown;
  value: unknown;
  /** The formula cell whose spill covers this cell, when another one does. */
  spillFrom?: string;
}

export type InsertFormulaResult =
  | { inserted: true; address: string }
  | { inserted: false; address: string; reason: "occupied" | "spill" | "changed"; cell: CheckedCell };

/** "Sheet1!C5" or "'My sheet'!C5" as a sheet name and a cell address. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang);
  const unquoted = /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, cell: address.slice(bang + 1) };
}

/** Queues the reads that decide whether a cell may be written; the caller syncs once, then calls the result. */
function queueRead(range: Excel.Range): () => CheckedCell {
  range.load(["address", "values", "formulas"]);
  // Spills arrived with ExcelApi 1.12; where there are none, no cell can be inside one.
  const parent = supports("ExcelApi", "1.12") ? range.getSpillParentOrNullObject() : undefined;
  // isNullObject is a scalar, not a navigation property: the rule misreads it here.

  parent?.load(["address", "isNullObject"]);
  return () => {
    const cell: CheckedCell = { address: range.address, formula: range.formulas[0]?.[0], value: range.values[0]?.[0] };
    if (parent && !parent.isNullObject && parent.address !== range.address) cell.spillFrom = parent.address;
    return cell;
  };
}

const isEmpty = (cell: CheckedCell) => cell.value === "" && String(cell.formula ?? "") === "";
const unchanged = (a: CheckedCell, b: CheckedCell) =>
  a.address === b.address && a.formula === b.formula && a.value === b.value && a.spillFrom === b.spillFrom;

/**
 * Puts a REPORT formula into the active cell if it is empty. A blank cell inside another
 * formula's spill is not empty: writing there would turn that formula into #SPILL!. Two syncs:
 * read the cell, then write it.
 */
export async function insertFormula(formula: string): Promise<InsertFormulaResult> {
  return Excel.run(async (context) => {
    const range = context.workbook.getActiveCell();
    const read = queueRead(range);
    await context.sync();
    const cell = read();
    if (cell.spillFrom) return { inserted: false, address: cell.address, reason: "spill", cell };
    if (!isEmpty(cell)) return { inserted: false, address: cell.address, reason: "occupied", cell };
    range.formulas = [[formula]];
    await context.sync();
    return { inserted: true, address: cell.address };
  });
}

/**
 * Replaces the cell the user confirmed, by its address, whatever is selected now, and only if it
 * still holds what the user was shown (content, and the spill it sits in); otherwise nothing is
 * written and the pane asks again.
 * The check and the write are two syncs (Office.js cannot write on a condition within one).
 */
export async function replaceFormula(formula: string, confirmed: CheckedCell): Promise<InsertFormulaResult> {
  return Excel.run(async (context) => {
    const { sheet, cell: cellAddress } = splitAddress(confirmed.address);
    const range = context.workbook.worksheets.getItem(sheet).getRange(cellAddress);
    const read = queueRead(range);
    await context.sync();
    const cell = read();
    if (!unchanged(cell, confirmed)) return { inserted: false, address: cell.address, reason: "changed", cell };
    range.formulas = [[formula]];
    await context.sync();
    return { inserted: true, address: cell.address };
  });
}
