/**
 * "Keep values for sharing" without Excel: which formulas count as REPORT formulas, the note a kept cell carries
 * (its formula, the cells it filled, a check of the values kept, and the report's words behind it) and how that
 * note is read back. Pure, so it is tested apart from Office.js.
 */
import { evidenceForCell, type Match } from "../../query/crossref";
import type { OpenReport } from "../../query";
import { columnLetter } from "./address";

/** Strings ("...") and quoted sheet names ('...'): REPORT. inside them is no call. */
const QUOTED = /"(?:[^"]|"")*"|'(?:[^']|'')*'/g;
const REPORT_CALL = /(^|[^A-Za-z0-9_.!])REPORT\.([A-Za-z][A-Za-z0-9_]*)\s*\(/gi;

/**
 * Whether a cell's formula calls a REPORT function anywhere: `=REPORT.CASUALTIES("Gaza","killed")` and also
 * `=REPORT.CASUALTIES("Gaza","killed")*2` or `=ROUND(REPORT.CASUALTIES(...),0)`. All of them show #NAME? where the
 * add-in is missing, so all of them are kept as values; a formula that only mentions "REPORT." in a string is not.
 */
export function isReportFormula(formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  REPORT_CALL.lastIndex = 0;
  return REPORT_CALL.test(formula.replace(QUOTED, (quoted) => " ".repeat(quoted.length)));
}

/** Each REPORT call in a formula as a formula of its own (`=REPORT.X(...)`), outermost first, for its evidence. */
export function reportCalls(formula: string): string[] {
  const masked = formula.replace(QUOTED, (quoted) => " ".repeat(quoted.length));
  const calls: string[] = [];
  REPORT_CALL.lastIndex = 0;
  for (let m = REPORT_CALL.exec(masked); m; m = REPORT_CALL.exec(masked)) {
    const start = m.index + m[1]!.length;
    let depth = 0;
    for (let i = masked.indexOf("(", start); i < masked.length; i++) {
      if (masked[i] === "(") depth++;
      else if (masked[i] === ")" && --depth === 0) {
        calls.push(`=${formula.slice(start, i + 1)}`);
        break;
      }
    }
  }
  return calls;
}

/** Values Excel shows while it cannot give one: keeping them would keep nothing. */
const NOT_A_VALUE: Readonly<Record<string, string>> = {
  "#NAME?": "shows #NAME? (the add-in's functions are not loaded here)",
  "#BUSY!": "shows #BUSY! (not calculated yet)",
  "#SPILL!": "shows #SPILL! (its spill range is blocked)",
  "#CALC!": "shows #CALC!",
  "#GETTING_DATA": "shows #GETTING_DATA (not calculated yet)",
};
export const notAValue = (value: unknown): string | undefined => (typeof value === "string" ? NOT_A_VALUE[value] : undefined);

/** FNV-1a over the values as Excel reports them: tells whether kept values were edited since. */
export function valuesCheck(values: readonly (readonly unknown[])[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(values);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}

/** The error values a user can type; writing one gives the error itself, as the formula showed it. */
const TYPED_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

/**
 * A value to write so that the cell shows what the formula showed: text gets a leading apostrophe (which Excel
 * keeps out of the value), so "=..." stays text rather than becoming a formula and "1,400" or "2023-10-07" stay
 * text rather than becoming a number or a date. Numbers, booleans, blanks and error values are written as they are.
 */
export const asConstant = (value: unknown): unknown =>
  typeof value === "string" && value !== "" && !TYPED_ERRORS.has(value) ? `'${value}` : value;

export const NOTE_HEADING = 'Report Data kept this cell\'s value for sharing; "Restore formulas" puts the formula back.';
const FORMULA_LINE = /\nFormula \((\d+) characters\): /;
const MAX_WORDS = 600;

export interface KeptNote {
  formula: string;
  /** The cells the formula filled, e.g. `B2` or `B2:M14` (a spill), on the note's sheet. */
  cells: string;
  check: string;
}

/** Said when no one passage stands behind a formula (a spilled table, or a report not in the library). */
export const NO_WORDS = "Words: no single passage stands behind this formula (a spilled table has its own evidence column).";

function wordsLines(report: OpenReport, matches: readonly Match[]): string[] {
  const source = `${report.report.source.title} (${report.report.source.id})`;
  return [
    `Report: ${source}`,
    ...matches.slice(0, 3).map((m) => {
      const words = m.evidence.exact.length > MAX_WORDS ? `${m.evidence.exact.slice(0, MAX_WORDS)}…` : m.evidence.exact;
      return `${m.label}: “${words}” (characters ${m.evidence.start}-${m.evidence.end})`;
    }),
  ];
}

/**
 * The report's words behind a formula: the evidence of the first of its REPORT calls that has one. Spilling
 * functions (FIGURES, STATEMENTS...) carry their evidence in their own columns: the note says so.
 */
export function formulaWords(
  formula: string,
  current: OpenReport,
  resolve?: (reportArgument: unknown) => OpenReport | undefined,
): string[] {
  for (const call of reportCalls(formula)) {
    const { report, matches } = evidenceForCell(current, call, undefined, resolve);
    if (matches.length) return wordsLines(report, matches);
  }
  return [NO_WORDS];
}

/** The note of a kept cell: readable, and read back by `parseKeptNote`. */
export function keptNoteText(kept: KeptNote, words: readonly string[]): string {
  return [
    NOTE_HEADING,
    `Formula (${[...kept.formula].length} characters): ${kept.formula}`,
    `Cells: ${kept.cells}`,
    `Check: ${kept.check}`,
    ...words,
  ].join("\n");
}

/** A note this add-in wrote when it kept a value; undefined for any other note (or one edited out of shape). */
export function parseKeptNote(content: unknown): KeptNote | undefined {
  if (typeof content !== "string" || !content.startsWith(NOTE_HEADING)) return undefined;
  const rest = content.slice(NOTE_HEADING.length);
  const line = FORMULA_LINE.exec(rest);
  if (!line || line.index !== 0) return undefined;
  const after = [...rest.slice(line[0].length)];
  const formula = after.slice(0, Number(line[1])).join("");
  const tail = after.slice(Number(line[1])).join("");
  const fields = /^\nCells: ([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)\nCheck: ([0-9a-f]{8})(?:\n|$)/.exec(tail);
  if (!fields || !formula.startsWith("=")) return undefined;
  return { formula, cells: fields[1]!, check: fields[2]! };
}

/** A1 address of a cell from zero-based row and column. */
export const cellAddress = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;

/** Zero-based row and column of an A1 cell address, with or without a sheet name (`Sheet1!B2`, `'My sheet'!B2`). */
export function parseCell(address: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]{1,3})([0-9]{1,7})(?::|$)/.exec(address.replace(/^.*!/, "").replace(/\$/g, ""));
  if (!m) return undefined;
  const column = [...m[1]!].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

/** The address without its sheet name: `Sheet1!B2:C3` -> `B2:C3`. */
export const localAddress = (address: string): string => address.replace(/^.*!/, "");
