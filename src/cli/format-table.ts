import { isDateColumn, serialToIso } from "../query";
import { DEFAULT_WIDTH } from "./output-width";
import { oneLine, wrapText } from "./wrap";

const GAP = "  ";
/**
 * A text column is not squeezed below its longest header word, nor below its longest word up to LONG_WORD (so
 * "unspecified" is not cut), nor below MIN_TEXT_WIDTH: no column becomes a ribbon.
 */
const MIN_TEXT_WIDTH = 8;
const LONG_WORD = 12;

interface Column {
  header: string;
  cells: string[];
  /** Numbers (not dates) are right-aligned. */
  numeric: boolean[];
  natural: number;
  minimum: number;
}

/** A cell as the CLI shows it: dates (in a date column) as YYYY-MM-DD, everything on one line. */
function cellText(value: unknown, dateColumn: boolean): string {
  if (dateColumn && typeof value === "number") return serialToIso(value);
  return oneLine(String(value ?? ""));
}

function columnsOf(rows: readonly unknown[][]): Column[] {
  const [header = [], ...body] = rows;
  return header.map((name, col) => {
    const title = oneLine(String(name ?? ""));
    const dates = isDateColumn(title);
    const values = body.map((row) => row[col]);
    const cells = values.map((value) => cellText(value, dates));
    const natural = Math.max(title.length, ...cells.map((c) => c.length));
    // Numbers and dates are never broken; text can wrap down to its longest header word or MIN_TEXT_WIDTH.
    const unbreakable = values.every((v) => typeof v !== "string" || v === "");
    const longestWord = (text: string) => Math.max(...text.split(" ").map((w) => w.length));
    const cellWord = Math.min(LONG_WORD, Math.max(0, ...cells.map(longestWord)));
    const minimum = unbreakable ? natural : Math.min(natural, Math.max(longestWord(title), cellWord, MIN_TEXT_WIDTH));
    return { header: title, cells, numeric: values.map((v) => typeof v === "number" && !dates), natural, minimum };
  });
}

/**
 * Column widths within `available` characters. Every column starts at its minimum; then, one character at a
 * time, the space goes to the column whose wrapped cells take the most lines, until all columns are at their
 * natural width or the space is used. Narrow columns keep their width; the long texts get the rest, in
 * proportion to how much they hold. Undefined when even the minimums do not fit.
 */
export function fitWidths(columns: readonly Column[], available: number): number[] | undefined {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const naturals = columns.map((c) => c.natural);
  if (sum(naturals) <= available) return naturals;
  const widths = columns.map((c) => c.minimum);
  if (sum(widths) > available) return undefined;
  const height = (col: number) =>
    sum([columns[col]!.header, ...columns[col]!.cells].map((cell) => wrapText(cell, widths[col]!).length));
  const heights = columns.map((_, col) => height(col));
  for (let left = available - sum(widths); left > 0; left--) {
    let tallest = -1;
    columns.forEach((c, col) => {
      if (widths[col]! < c.natural && (tallest < 0 || heights[col]! > heights[tallest]!)) tallest = col;
    });
    if (tallest < 0) break;
    widths[tallest]!++;
    heights[tallest] = height(tallest);
  }
  return widths;
}

const pad = (text: string, width: number, right: boolean) => (right ? text.padStart(width) : text.padEnd(width));

/** One table row as lines: each cell wrapped in its column, the columns side by side. */
function rowLines(cells: readonly string[], widths: readonly number[], right: readonly boolean[]): string[] {
  const wrapped = cells.map((cell, col) => wrapText(cell, widths[col]!));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  return Array.from({ length: height }, (_, line) =>
    wrapped
      .map((lines, col) => pad(lines[line] ?? "", widths[col]!, right[col]! && line === 0))
      .join(GAP)
      .trimEnd(),
  );
}

function asColumns(columns: Column[], widths: number[]): string[] {
  const rowCount = columns[0]?.cells.length ?? 0;
  const lines = [
    ...rowLines(
      columns.map((c) => c.header),
      widths,
      columns.map(() => false),
    ),
    widths.map((w) => "-".repeat(w)).join(GAP),
  ];
  for (let row = 0; row < rowCount; row++) {
    lines.push(
      ...rowLines(
        columns.map((c) => c.cells[row]!),
        widths,
        columns.map((c) => c.numeric[row]!),
      ),
    );
  }
  return lines;
}

/** Each row as a block of "header  value" lines (like psql's expanded display), values wrapped. */
function asRecords(columns: Column[], width: number): string[] {
  const rowCount = columns[0]?.cells.length ?? 0;
  const labelWidth = Math.min(Math.max(...columns.map((c) => c.header.length)), Math.floor(width / 3));
  const valueWidth = width - labelWidth - GAP.length;
  const lines: string[] = [];
  for (let row = 0; row < rowCount; row++) {
    const title = `-- ${row + 1} of ${rowCount} `;
    lines.push(title.padEnd(Math.min(width, labelWidth + GAP.length + 20), "-"));
    for (const column of columns) {
      lines.push(...rowLines([column.header, column.cells[row]!], [labelWidth, valueWidth], [false, false]));
    }
  }
  return lines;
}

/**
 * A spilled result (header row first) as text at most `width` characters wide: aligned columns with long text
 * wrapped inside its column; or, when that would take more lines than one block per row (a table of many long
 * columns in a narrow terminal), one block per row. Dates (in "date" columns) as YYYY-MM-DD.
 */
export function formatTable(rows: readonly unknown[][], options: { width?: number } = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const columns = columnsOf(rows);
  if (columns.length === 0) return "";
  const widths = fitWidths(columns, width - GAP.length * (columns.length - 1));
  const table = widths && asColumns(columns, widths);
  if (rows.length <= 1)
    return table ? table.join("\n") : wrapText(`No rows. Columns: ${columns.map((c) => c.header).join(", ")}`, width).join("\n");
  const records = asRecords(columns, width);
  return (table && table.length <= records.length ? table : records).join("\n");
}
