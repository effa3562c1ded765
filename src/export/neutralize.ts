import type { Cell } from "../query";

/**
 * Control characters other than tab, line feed and carriage return: no report text needs them,
 * XML (and so xlsx) cannot hold most of them, and a NUL cuts a CSV short in some readers.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g; // eslint-disable-line no-control-regex

/**
 * Text a spreadsheet opening a CSV could take for a formula (OWASP's CSV-injection guidance):
 * starting with =, +, -, @, tab or carriage return, after any leading spaces or line feeds, and
 * in their full-width forms (＝ ＋ － ＠), which some spreadsheets read as the ASCII ones.
 */
const FORMULA_START = /^\s*[=+\-@＝＋－＠]|^[\t\r]/;

/** Text without control characters; other cells as they are. Both formats. */
export function cleanText(cell: Cell): Cell {
  return typeof cell === "string" ? cell.replace(CONTROL, "") : cell;
}

/**
 * For CSV only: text that could run as a formula gets a leading apostrophe, so it stays text.
 * An xlsx cell typed as text is never a formula, so there the text is stored as it is.
 */
export function neutralize(cell: Cell): Cell {
  const clean = cleanText(cell);
  return typeof clean === "string" && FORMULA_START.test(clean) ? `'${clean}` : clean;
}
