/**
 * Tables flattened into lines, as situation reports paste them: a header line naming a label column and columns of
 * counts ("Territory Killed Injured", "Province | Deaths | Injured | Houses destroyed"), then one line per row ("Djugu
 * 37 42", "Baghlan | 27 | 40 | 1,200"). Found once per draft, in one pass over the lines: a row's label is a place
 * (names.ts: "table-row") and each of its counts takes its column's measure (figures: "measure.table-column").
 */
import { isSpace } from "../text";
import { MEASURE_WORDS } from "./measures";
import { numberValue, type NumberMention } from "./numbers";
import type { Sentence } from "../context";
import { confidenceOf } from "../rules";
import type { FigureFinding, NotAFigure } from "./figures";

/** A column of counts: the header's words for it and the measure they name (none for "Affected", "Population"). */
export interface TableColumn {
  start: number;
  end: number;
  text: string;
  measure: string | undefined;
}

/** A row: its label's offsets and, by column, the offsets of each cell's count (none for "-"). */
export interface TableRow {
  labelStart: number;
  labelEnd: number;
  cells: Array<{ start: number; end: number; column: TableColumn } | undefined>;
}

/** Rows by their label's start offset, and cells by their count's start: one lookup per name or number. */
export interface Tables {
  rowAt: ReadonlyMap<number, TableRow>;
  /** The same rows by the start of their line. */
  rowOfLine: ReadonlyMap<number, TableRow>;
  cellAt: ReadonlyMap<number, { end: number; column: TableColumn }>;
}

/** Words that name the count of a column ("houses destroyed" counts homes) when they come before a measure word. */
const COUNTED_WORDS = new Set(["houses", "homes", "dwellings", "buildings", "shelters", "people", "persons", "schools"]);
const MAX_CELLS = 10;
const WIDE_GAP = /\t| {2}/;
const EMPTY_CELL = /^(?:-|–|—|n\/a|\.\.\.|…)$/i;
const NUMBER_CELL = /^\d{1,3}(?:,\d{3})+$|^\d+$/;

const measureOf = (word: string): string | undefined => {
  const w = word.toLowerCase();
  return MEASURE_WORDS.get(w) ?? (w.endsWith("s") ? MEASURE_WORDS.get(w.slice(0, -1)) : undefined);
};

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** A line's cells: split at pipes, else at tabs or runs of spaces when it has them, else at single spaces; trimmed. */
function cellsOf(text: string, start: number, end: number): { cells: Cell[]; spaced: boolean } {
  const line = text.slice(start, end);
  const piped = line.includes("|");
  const spaced = piped || WIDE_GAP.test(line.trim());
  const separator = piped ? /\|/g : spaced ? /\t+| {2,}/g : / +/g;
  const cells: Cell[] = [];
  let from = 0;
  const push = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && isSpace(line[a]!)) a++;
    while (b > a && isSpace(line[b - 1]!)) b--;
    if (b > a) cells.push({ start: start + a, end: start + b, text: line.slice(a, b) });
  };
  for (const m of line.matchAll(separator)) {
    push(m.index);
    from = m.index + m[0].length;
    if (cells.length > MAX_CELLS * 4) return { cells: [], spaced };
  }
  push(line.length);
  return { cells, spaced };
}

/**
 * A header: a label cell, then up to MAX_CELLS columns, at least one naming a measure, and no digit. Split at single
 * spaces, a column ends at each measure word ("Houses destroyed" is one column, "Killed Injured" two).
 */
function headerOf(text: string, start: number, end: number): TableColumn[] | undefined {
  if (/\d/.test(text.slice(start, end))) return undefined;
  const { cells, spaced } = cellsOf(text, start, end);
  if (cells.length < 2 || cells.length > MAX_CELLS * 2) return undefined;
  const columns: TableColumn[] = [];
  const rest = cells.slice(1);
  if (spaced) {
    for (const c of rest) columns.push({ ...c, measure: measureOf(c.text.split(" ").pop()!) });
  } else {
    let open: Cell | undefined;
    for (const c of rest) {
      const measure = measureOf(c.text);
      if (!/^\p{L}+$/u.test(c.text)) return undefined;
      if (measure) {
        const from = open ?? c;
        columns.push({ start: from.start, end: c.end, text: text.slice(from.start, c.end), measure });
        open = undefined;
      } else if (COUNTED_WORDS.has(c.text.toLowerCase()) && !open) open = c;
      else {
        if (open) columns.push({ ...open, measure: undefined });
        open = undefined;
        columns.push({ ...c, measure: undefined });
      }
    }
    if (open) columns.push({ ...open, measure: undefined });
  }
  if (columns.length === 0 || columns.length > MAX_CELLS || !columns.some((c) => c.measure)) return undefined;
  return columns;
}

/** A row under a header: a label with a letter, then exactly one count or empty mark per column. */
function rowOf(text: string, start: number, end: number, columns: readonly TableColumn[]): TableRow | undefined {
  const { cells } = cellsOf(text, start, end);
  if (cells.length < columns.length + 1) return undefined;
  const values = cells.slice(cells.length - columns.length);
  if (!values.every((c) => NUMBER_CELL.test(c.text) || EMPTY_CELL.test(c.text))) return undefined;
  const label = cells.slice(0, cells.length - columns.length);
  const labelStart = label[0]!.start;
  const labelEnd = label[label.length - 1]!.end;
  if (!/\p{L}/u.test(text.slice(labelStart, labelEnd)) || label.some((c) => NUMBER_CELL.test(c.text))) return undefined;
  return {
    labelStart,
    labelEnd,
    cells: values.map((c, i) => (EMPTY_CELL.test(c.text) ? undefined : { start: c.start, end: c.end, column: columns[i]! })),
  };
}

/** A row's counts as numbers, one per cell: "6 - 410" is two cells and an empty one, not a range. */
export function rowNumbers(text: string, row: TableRow): NumberMention[] {
  return row.cells.flatMap((c) => {
    const value = c ? numberValue(text.slice(c.start, c.end)) : undefined;
    return c && value !== undefined
      ? [{ start: c.start, end: c.end, text: text.slice(c.start, c.end), value, words: false }]
      : [];
  });
}

/** Every flattened table of the text: each header line, and the rows right under it until a line that is no row. */
export function findTables(text: string): Tables {
  const rowAt = new Map<number, TableRow>();
  const cellAt = new Map<number, { end: number; column: TableColumn }>();
  const rowOfLine = new Map<number, TableRow>();
  let columns: TableColumn[] | undefined;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // Lines longer than a table's are prose: skipped in constant time.
    if (end - start <= 200) {
      const row = columns ? rowOf(text, start, end, columns) : undefined;
      if (row) {
        rowAt.set(row.labelStart, row);
        rowOfLine.set(start, row);
        for (const cell of row.cells) if (cell) cellAt.set(cell.start, cell);
      } else if (text.slice(start, end).trim() !== "") columns = headerOf(text, start, end);
    } else columns = undefined;
    start = end + 1;
  }
  return { rowAt, rowOfLine, cellAt };
}

/**
 * A number in a table's cell as a count of its column's measure, named by the header's words; in a column that counts
 * no casualty ("Affected"), no figure. Undefined for a number in no table.
 */
export function cellFigure(tables: Tables, sentence: Sentence, number: NumberMention): FigureFinding | NotAFigure | undefined {
  const column = tables.cellAt.get(number.start)?.column;
  if (!column) return undefined;
  if (!column.measure) return { number, reason: "a table column that counts no casualty" };
  return {
    number,
    sentence,
    qualifier: "exact",
    valueStart: number.start,
    valueEnd: number.end,
    measure: column.measure,
    measureWord: { start: column.start, end: column.end, text: column.text },
    rule: `table column '${column.text}'`,
    ruleId: "measure.table-column",
    confidence: confidenceOf("measure.table-column"),
  };
}
