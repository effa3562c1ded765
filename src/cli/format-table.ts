const MAX_WIDTH = 60;

function cellText(value: unknown): string {
  const text = String(value ?? "").replace(/\s+/g, " ");
  return text.length > MAX_WIDTH ? `${text.slice(0, MAX_WIDTH - 1)}…` : text;
}

/** A spilled result as aligned columns, long cells cut to 60 characters. */
export function formatTable(rows: readonly unknown[][]): string {
  const cells = rows.map((row) => row.map(cellText));
  const widths = cells[0]?.map((_, col) => Math.max(...cells.map((row) => row[col]?.length ?? 0))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, col) => cell.padEnd(widths[col]!))
      .join("  ")
      .trimEnd();
  const [header = [], ...body] = cells;
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
