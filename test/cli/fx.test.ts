import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { evaluateFormula } from "../../src/cli/evaluate";
import { parseFormula } from "../../src/query/formula";
import { formatTable } from "../../src/cli/format-table";

const root = join(__dirname, "..", "..");
const fx = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli", "fx.ts"), ...args],
    {
      encoding: "utf8",
    },
  );

describe("parsing a formula", () => {
  it("takes the = and the REPORT. prefix as optional, and any case", () => {
    for (const f of [
      '=REPORT.CASUALTIES("Gaza","killed")',
      'REPORT.CASUALTIES("Gaza","killed")',
      'casualties("Gaza", "killed")',
    ]) {
      expect(parseFormula(f)).toEqual({ name: "CASUALTIES", args: ["Gaza", "killed"] });
    }
  });

  it("reads numbers, booleans, empty arguments, doubled quote marks and typographic quotes", () => {
    expect(parseFormula("=REPORT.EVENTS(45213, )").args).toEqual([45213, undefined]);
    expect(parseFormula('=REPORT.STATEMENTS(,"funding")').args).toEqual([undefined, "funding"]);
    expect(parseFormula('=REPORT.WHO("say ""hi""")').args).toEqual(['say "hi"']);
    expect(parseFormula("=REPORT.WHO(“genocide machine”)").args).toEqual(["genocide machine"]);
    expect(parseFormula("=X(TRUE,false)").args).toEqual([true, false]);
  });

  it("refuses what is not a call", () => {
    expect(() => parseFormula("=1+1")).toThrow(/Not a function call/);
    expect(() => parseFormula('=REPORT.WHO("open)')).toThrow(/not closed/);
    expect(() => parseFormula("=REPORT.WHO(Gaza)")).toThrow(/Not a value: Gaza/);
  });
});

describe("evaluating a formula", () => {
  it("gives values, Excel errors and syntax failures apart", () => {
    expect(evaluateFormula('=REPORT.CASUALTIES("Gaza","killed")')).toEqual({ kind: "value", value: 2750 });
    expect(evaluateFormula('=REPORT.CASUALTIES("Gaza","hostages")')).toMatchObject({ kind: "error", error: { code: "#N/A" } });
    expect(evaluateFormula("=REPORT.NOPE()")).toMatchObject({
      kind: "syntax",
      message: expect.stringMatching(/No function REPORT.NOPE/),
    });
  });

  it("prints a spill as aligned columns", () => {
    const text = formatTable([
      ["a", "long header"],
      [1, "x"],
    ]);
    expect(text.split("\n")).toEqual(["a  long header", "-  -----------", "1  x"]);
  });
});

describe("npm run fx", () => {
  it("prints a value and exits 0", () => {
    const run = fx('=REPORT.CASUALTIES("Gaza","killed")');
    expect([run.stdout, run.status]).toEqual(["2750\n", 0]);
  });

  it("prints JSON: a spill as a 2-D array, an error as {error, message} with exit 1", () => {
    const spill = fx("--json", '=REPORT.FIGURES("Israel")');
    expect(spill.status).toBe(0);
    const rows = JSON.parse(spill.stdout) as unknown[][];
    expect(rows.map((r) => r[2])).toEqual(["value", 1400, 3500, 150]);
    const error = fx("--json", 'CASUALTIES("Gazza","killed")');
    expect(error.status).toBe(1);
    expect(JSON.parse(error.stdout)).toEqual({
      error: "#N/A",
      message: "No place or group 'Gazza' in the report; did you mean 'Gaza'?",
    });
  });

  it("exits 2 on a formula it cannot parse", () => {
    const run = fx("=REPORT.CASUALTIES(");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Not a function call/);
  });
});
