/** Inserting a formula into the workbook and what to say when it was not, loaded at the pane's first insert. */
import type { InsertFormulaResult } from "./excel/formula";

export { insertFormula, replaceFormula } from "./excel/formula";

/** Why a formula was not inserted, and what the user may do. */
export function notInsertedMessage(result: Extract<InsertFormulaResult, { inserted: false }>): string {
  switch (result.reason) {
    case "occupied":
      return `${result.address} is not empty: the formula was not inserted. Choose an empty cell, or replace its content.`;
    case "spill":
      return (
        `${result.address} is inside the results spilled by ${result.cell.spillFrom}: a formula here would turn them into ` +
        `#SPILL!. The formula was not inserted. Choose an empty cell, or replace anyway.`
      );
    case "changed":
      return `${result.address} changed after you were asked: nothing was written. Replace it as it is now, or cancel.`;
  }
}
