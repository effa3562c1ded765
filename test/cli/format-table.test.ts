import { evaluateFormula } from "../../src/cli/evaluate";
import { formatTable } from "../../src/cli/format-table";
import { outputWidth } from "../../src/cli/output-width";
import { wrapText } from "../../src/cli/wrap";

const spill = (formula: string): unknown[][] => {
  const result = evaluateFormula(formula);
  if (result.kind !== "value" || !Array.isArray(result.value)) throw new Error(`${formula} gave no table`);
  return result.value as unknown[][];
};

/** The column slices of a column layout, found from the rule line under the header. */
function columnTexts(text: string): string[][] {
  const lines = text.split("\n");
  const ruleAt = lines.findIndex((line) => /^-+( +-+)*$/.test(line));
  const bounds = [...lines[ruleAt]!.matchAll(/-+/g)].map((m) => [m.index, m.index + m[0].length] as const);
  const slice = (line: string) => bounds.map(([start, end]) => line.slice(start, end).trim());
  const header = lines.slice(0, ruleAt).map(slice);
  const rows: string[][][] = [];
  for (const line of lines.slice(ruleAt + 1)) {
    const cells = slice(line);
    // A new row starts where its first column has text; a wrapped line leaves the first column empty.
    if (cells[0] !== "" || rows.length === 0) rows.push([]);
    rows[rows.length - 1]!.push(cells);
  }
  const join = (block: string[][]) =>
    block[0]!.map((_, col) =>
      block
        .map((cells) => cells[col])
        .filter(Boolean)
        .join(" "),
    );
  return [join(header), ...rows.map(join)];
}

describe("wrapping text", () => {
  it("breaks at spaces, never past the width", () => {
    expect(wrapText("the attack that started the war killed at least 1,400", 16)).toEqual([
      "the attack that",
      "started the war",
      "killed at least",
      "1,400",
    ]);
  });

  it("cuts a word longer than the width after a hyphen or colon, else at the width", () => {
    expect(wrapText("statement:khamenei-complete-victory", 14)).toEqual(["statement:", "khamenei-", "complete-", "victory"]);
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("", 10)).toEqual([""]);
  });
});

describe("the width to lay out for", () => {
  it("takes COLUMNS when set, else the terminal's width, else 100", () => {
    expect(outputWidth({ isTTY: true, columns: 132 }, { COLUMNS: "80" })).toBe(80);
    expect(outputWidth({ isTTY: true, columns: 132 }, {})).toBe(132);
    expect(outputWidth({ isTTY: false }, {})).toBe(100);
    expect(outputWidth({ isTTY: false }, { COLUMNS: "wide" })).toBe(100);
    expect(outputWidth({ isTTY: false }, { COLUMNS: "5" })).toBe(20);
  });
});

describe("a table in the terminal", () => {
  it("keeps a narrow table on one line a row, numbers right-aligned", () => {
    const text = formatTable([
      ["place", "killed"],
      ["Gaza", 2750],
      ["Israel", 1400],
      ["Lebanon", ""],
    ]);
    expect(text.split("\n")).toEqual(["place    killed", "-------  ------", "Gaza       2750", "Israel     1400", "Lebanon"]);
  });

  it("wraps long text inside its column, every word kept in order", () => {
    const sentence = "Meanwhile, about 2,750 people were killed in the Gaza Strip and more than 9,700 were injured.";
    const rows = [
      ["subject", "value", "evidence"],
      ["Gaza", 2750, sentence],
      ["Lebanon", 9700, "short"],
    ];
    const text = formatTable(rows, { width: 50 });
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(50);
    expect(text.split("\n").length).toBeGreaterThan(rows.length + 1);
    expect(columnTexts(text)).toEqual(rows.map((row) => row.map(String)));
  });

  it("prints date columns as YYYY-MM-DD, not serial numbers", () => {
    const text = formatTable([
      ["what", "date", "end date", "published date", "value"],
      ["attack", 45206, 45207, 45200, 45206],
    ]);
    expect(columnTexts(text)[1]).toEqual(["attack", "2023-10-07", "2023-10-08", "2023-10-01", "45206"]);
  });

  it.each([
    ["FIGURES()", 80],
    ["FIGURES()", 120],
    ["STATEMENTS()", 80],
    ["STATEMENTS()", 120],
    ["EVENTS()", 80],
    ["EVENTS()", 120],
    ['FIGURES("Israel")', 80],
    ["REPORTS()", 80],
  ])("%s fits in %i columns, with its dates as YYYY-MM-DD", (formula, width) => {
    const rows = spill(formula);
    const text = formatTable(rows, { width });
    const lines = text.split("\n");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(width);
    const dateColumns = rows[0]!.flatMap((h, col) => (/(^|\s)date$/.test(String(h)) ? [col] : []));
    expect(dateColumns.length).toBeGreaterThan(0);
    for (const row of rows.slice(1))
      for (const col of dateColumns) {
        const serial = row[col];
        if (typeof serial !== "number") continue;
        const iso = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
        expect(text).toContain(iso);
      }
    expect(text).not.toMatch(/(^|\s)4\d{4}(\s|$)/); // no serial day number of this century is left
  });

  it("shows a table too wide for its columns one block a row, each value by its header", () => {
    const rows = spill('FIGURES("Israel")');
    const text = formatTable(rows, { width: 80 });
    expect(text).toMatch(/^-- 1 of 3 -+$/m);
    expect(text).toMatch(/^subject +Israel$/m);
    expect(text).toMatch(/^date +2023-10-07$/m);
    expect(text).toMatch(/^high *$/m); // a blank stays blank, not 0
  });
});
