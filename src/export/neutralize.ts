import type { Cell } from "../query";

/**
 * OWASP's CSV-injection guidance: text a spreadsheet could take for a formula (starting with
 * =, +, -, @, tab or carriage return) gets a leading apostrophe, so it stays text everywhere.
 */
export function neutralize(cell: Cell): Cell {
  return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
