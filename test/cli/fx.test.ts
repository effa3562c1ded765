import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { evaluateFormula } from "../../src/cli/evaluate";
import { valueAsCsv } from "../../src/cli/format-csv";
import { parseFxArgs } from "../../src/cli/fx-args";
import { parseFormula } from "../../src/query/formula";
import { formatTable } from "../../src/cli/format-table";
import { createHash } from "node:crypto";
import { secondReport } from "../fixtures/second-report/build";

const root = join(__dirname, "..", "..");
// Each run starts tsx (several seconds on a busy machine); some tests run two or three.
jest.setTimeout(120_000);
const run = (env: Record<string, string>, args: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli", "fx.ts"), ...args],
    {
      encoding: "utf8",
      env: { ...process.env, COLUMNS: "", ...env },
    },
  );
const fx = (...args: string[]) => run({}, args);
const fxAt = (columns: number, ...args: string[]) => run({ COLUMNS: String(columns) }, args);
const oneLine = (text: string) => text.replace(/\s+/g, " ");

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
    // European separators, as Excel writes them where the decimal mark is a comma.
    expect(parseFormula('=REPORT.CASUALTIES("Gaza";"killed";;"A")').args).toEqual(["Gaza", "killed", undefined, "A"]);
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

describe("npm run fx -- --help", () => {
  let metadata: Array<{ id: string; description: string; parameters: Array<{ name: string; description: string }> }>;
  let help: ReturnType<typeof fx>;
  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(join(root, "src", "functions", "functions.ts"), false);
    metadata = JSON.parse(generated.metadataJson).functions;
    help = fxAt(80, "--help");
  });

  it("lists every function of the generated metadata with its arguments, description and example", () => {
    expect(help.status).toBe(0);
    const text = oneLine(help.stdout);
    expect(metadata.length).toBeGreaterThanOrEqual(10);
    const source = readFileSync(join(root, "src", "functions", "functions.ts"), "utf8");
    for (const f of metadata) {
      expect(text).toContain(oneLine(f.description));
      for (const p of f.parameters) expect(text).toContain(oneLine(`${p.name} ${p.description}`));
      const example = new RegExp(`@customfunction ${f.id}\\b[\\s\\S]*?@example (.*)`).exec(source)![1]!;
      for (const formula of example.split(/;\s*(?==)/)) expect(text).toContain(oneLine(formula.trim()));
    }
    // One heading a function, in the order of the metadata (the order Excel gets them in).
    const headings = help.stdout.split("\n").flatMap((line) => /^ {2}REPORT\.([A-Z]+)\(/.exec(line)?.[1] ?? []);
    expect(headings).toEqual(metadata.map((f) => f.id));
  });

  it("lists the options, --report and --library among them, and the exit codes", () => {
    const text = oneLine(help.stdout);
    for (const option of [
      "--json",
      "--csv",
      "--report <file.json>",
      "--library <dir>",
      "--draft",
      "--file <formulas.txt>",
      "-h, --help",
    ])
      expect(text).toContain(option);
    // Every exit code fx has, each tested: 0 and 1 above, 2 and 3 below.
    expect(text).toMatch(
      /Exit status: 0 a value; 1 an Excel error .* 2 a formula it cannot parse, a usage error, .*; 3 a damaged bundled dataset/,
    );
  });

  it("fits the width it is given: 80, 40 and 120 columns", () => {
    for (const [columns, out] of [
      [80, help],
      [40, fxAt(40, "-h")],
      [120, fxAt(120, "-h")],
    ] as const) {
      expect(out.status).toBe(0);
      const longest = Math.max(...out.stdout.split("\n").map((line) => line.length));
      expect(longest).toBeLessThanOrEqual(columns);
      expect(longest).toBeGreaterThan(columns - 10);
    }
  });
});

const toIso = (serial: number) => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);

/** The cells --csv must give for a spill: dates as YYYY-MM-DD, text a spreadsheet would run neutralized, all as text. */
function expectedCsvCells(rows: Array<Array<string | number | boolean>>): string[][] {
  const dates = rows[0]!.map((h) => /(^|\s)date$/.test(String(h)));
  return rows.map((row, r) =>
    row.map((cell, col) => {
      if (r > 0 && dates[col] && typeof cell === "number") return toIso(cell);
      return typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);
    }),
  );
}

describe("npm run fx: tables, CSV and exit codes", () => {
  it("prints FIGURES, STATEMENTS and EVENTS within COLUMNS (80, 120), dates as YYYY-MM-DD", () => {
    for (const [columns, formula] of [
      [80, "FIGURES()"],
      [120, "STATEMENTS()"],
      [80, "EVENTS()"],
    ] as const) {
      const out = fxAt(columns, formula);
      expect(out.status).toBe(0);
      const lines = out.stdout.trimEnd().split("\n");
      expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(columns);
      expect(out.stdout).toMatch(/\b2023-10-1[345]\b/);
      expect(out.stdout).not.toMatch(/(^|\s)45\d{3}(\s|$)/m);
    }
  });

  it("lays out for 100 columns in a pipe without COLUMNS", () => {
    const lines = fx("STATEMENTS()").stdout.split("\n");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(Math.max(...lines.map((line) => line.length))).toBeGreaterThan(90);
  });

  it("--csv prints RFC 4180 that parses back to the cells of --json", () => {
    const formula = 'FIGURES("Israel",,TRUE)';
    const csv = fx("--csv", formula);
    expect(csv.status).toBe(0);
    expect(csv.stdout.split("\r\n").length).toBe(6); // header, HXL row, 3 figures, and the final CRLF
    const rows = JSON.parse(fx("--json", formula).stdout) as Array<Array<string | number | boolean>>;
    expect(parse(csv.stdout, { record_delimiter: "\r\n" })).toEqual(expectedCsvCells(rows));
  });

  it.each(["FIGURES()", "STATEMENTS()", "EVENTS()", "REPORTS()", 'COMPARE("Gaza","killed")'])(
    "the CSV of %s parses back to its cells (dates as YYYY-MM-DD, formulas neutralized)",
    (formula) => {
      const result = evaluateFormula(formula);
      if (result.kind !== "value") throw new Error(`${formula}: ${JSON.stringify(result)}`);
      const rows = JSON.parse(JSON.stringify(result.value)) as Array<Array<string | number | boolean>>;
      expect(parse(valueAsCsv(result.value), { record_delimiter: "\r\n" })).toEqual(expectedCsvCells(rows));
    },
  );

  it("--csv prints a single value and a card as small tables, an error as text with exit 1", () => {
    expect(valueAsCsv(2750)).toBe("value\r\n2750\r\n");
    expect(valueAsCsv("=1+1")).toBe("value\r\n'=1+1\r\n");
    const card = evaluateFormula('CARD("Raisi")');
    const cardRows = parse(valueAsCsv(card.kind === "value" ? card.value : undefined)) as string[][];
    expect(cardRows[0]).toEqual(["property", "value"]);
    expect(cardRows).toContainEqual(["Role", "President of Iran"]);
    const error = fx("--csv", 'CASUALTIES("Gazza","killed")');
    expect([error.status, error.stdout]).toEqual([1, "#N/A No place or group 'Gazza' in the report; did you mean 'Gaza'?\n"]);
  });

  it("refuses an unknown option, --json with --csv, no formula, and --report or --library without a value", () => {
    for (const args of [
      ["--bogus", "FIGURES()"],
      ["--json", "--csv", "FIGURES()"],
      [],
      ["--report"],
      ["--library", "--json", "X()"],
    ]) {
      const command = parseFxArgs(args);
      expect(command.kind).toBe("usage");
      if (command.kind === "usage")
        expect(command.message).toMatch(/^fx: [^\n]* \(npx report-data fx --help lists the options\)\.\n$/);
    }
    expect(parseFxArgs(["-h"]).kind).toBe("help");
    expect(parseFxArgs(["--csv", "--report", "r.json", "FIGURES(", ")"])).toEqual({
      kind: "evaluate",
      formula: "FIGURES( )",
      output: "csv",
      reportFile: "r.json",
      libraryDir: undefined,
    });
    expect(parseFxArgs(["-"])).toMatchObject({ kind: "evaluate", batch: "-" });
    expect(parseFxArgs(["--file", "f.txt", "X()"]).kind).toBe("usage");
    const out = fx("--bogus", "FIGURES()");
    expect([out.status, out.stdout]).toEqual([2, ""]);
    expect(out.stderr).toBe("fx: unknown option --bogus (npx report-data fx --help lists the options).\n");
  });

  it("answers from --report <file.json> and --library <dir>", () => {
    const report = JSON.parse(readFileSync(join(root, "data", "report.json"), "utf8"));
    report.source.text = readFileSync(join(root, "data", "article.txt"), "utf8");
    report.source.id = "report:second-copy";
    report.source.title = "A second copy";
    const dir = mkdtempSync(join(tmpdir(), "fx-library-"));
    const file = join(dir, "second.json");
    writeFileSync(file, JSON.stringify(report));
    const reports = JSON.parse(fx("--json", "--report", file, "REPORTS()").stdout) as unknown[][];
    const defaultColumn = reports[0]!.indexOf("default");
    expect(reports.slice(1).map((row) => [row[0], row[defaultColumn]])).toEqual([
      ["report:iran-hamas-2023-10", false],
      ["report:second-copy", true],
    ]);
    const fromLibrary = fx("--library", dir, 'CASUALTIES("Gaza","killed",,"A second copy")');
    expect([fromLibrary.status, fromLibrary.stdout]).toEqual([0, "2750\n"]);
  });
});

describe("npm run fx: drafts, batches and files that are not there", () => {
  const dir = mkdtempSync(join(tmpdir(), "fx-draft-"));
  const draftFile = join(dir, "draft.json");
  beforeAll(() => {
    const extracted = spawnSync(
      process.execPath,
      [
        join(root, "node_modules", "tsx", "dist", "cli.mjs"),
        join(root, "src", "cli", "extract.ts"),
        join(root, "data", "article.txt"),
        "--published",
        "2023-10-16",
      ],
      { encoding: "utf8" },
    );
    writeFileSync(draftFile, extracted.stdout);
  });

  it("refuses a draft file without --draft: one line, exit 2, nothing on stdout", () => {
    for (const option of ["--report", "--library"]) {
      const out = fx(option, option === "--report" ? draftFile : dir, 'CASUALTIES("Gaza","killed")');
      expect([out.status, out.stdout]).toEqual([2, ""]);
      expect(out.stderr).toMatch(/^[^\n]*draft\.json is a draft, not a reviewed report: review it .* or pass --draft [^\n]*\n$/);
    }
  });

  it("with --draft answers and says it is unreviewed, on stderr and under the answer", () => {
    const out = fx("--draft", "--report", draftFile, "REPORTS()");
    expect(out.status).toBe(0);
    expect(out.stderr).toMatch(/^Unreviewed draft: .*draft\.json is the extractor's proposal/);
    expect(out.stdout).toMatch(/\nNote: Unreviewed draft: .*draft\.json/);
    const json = fx("--json", "--draft", "--report", draftFile, "REPORTS()");
    expect(json.stderr).toMatch(/^Unreviewed draft/);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });

  it("a missing file or folder is one line and exit 2, never a stack trace", () => {
    for (const args of [
      ["--library", join(dir, "reports")],
      ["--report", join(dir, "nope.json")],
      ["--file", join(dir, "nope.txt")],
    ]) {
      const out = fx(...args, ...(args[0] === "--file" ? [] : ["FIGURES()"]));
      expect([out.status, out.stdout]).toEqual([2, ""]);
      expect(out.stderr).toMatch(/^[^\n]*nope\.(json|txt): no such file\.\n$|^[^\n]*reports: no such folder\.\n$/);
    }
  });

  it("--file and - evaluate one formula a line (# comments skipped) into one table; --csv as CSV", () => {
    const formulas = join(dir, "formulas.txt");
    writeFileSync(formulas, '# tolls\nCASUALTIES("Gaza","killed")\n\nCASUALTIES("Gazza","killed")\n');
    const text = fx("--file", formulas);
    expect(text.status).toBe(1); // one of them is an Excel error
    expect(text.stdout.split("\n").slice(0, 4)).toEqual([
      expect.stringMatching(/^formula +value$/),
      expect.stringMatching(/^-+ +-+$/),
      expect.stringMatching(/^CASUALTIES\("Gaza","killed"\) +2750$/),
      expect.stringMatching(/^CASUALTIES\("Gazza","killed"\) +#N\/A No place or group 'Gazza'/),
    ]);
    const csv = spawnSync(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli", "fx.ts"), "--csv", "-"],
      { encoding: "utf8", input: 'CASUALTIES("Gaza","killed")\nCASUALTIES("Israel","killed")\n' },
    );
    expect(csv.status).toBe(0);
    expect(parse(csv.stdout)).toEqual([
      ["formula", "value"],
      ['CASUALTIES("Gaza","killed")', "2750"],
      ['CASUALTIES("Israel","killed")', "1400"],
    ]);
  });
});

describe("a report file whose text was edited, from the command line", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-fx-orphans-"));
  const file = join(dir, "edited.json");
  beforeAll(() => {
    const report = secondReport();
    const text = report.source.text.replace("more than 3,000", "more than 3,400");
    const sha256 = createHash("sha256").update(text).digest("hex");
    writeFileSync(file, JSON.stringify({ ...report, source: { ...report.source, text, sha256 } }));
  });

  it("is refused with its orphans counted, and --without-orphans uses it without them, saying what it dropped", () => {
    const refused = fx("--report", file, "REPORTS()");
    expect([refused.status, refused.stdout]).toEqual([2, ""]);
    expect(refused.stderr).toContain("figures.0.valueText: 'more than 3,000' is not the source text");
    expect(refused.stderr).toMatch(
      /\n3 orphans \(quotes no longer in its edited text\): pass --without-orphans to use it without them\.\n$/,
    );
    const used = fx("--without-orphans", "--report", file, 'CASUALTIES("Israel","killed")');
    expect([used.status, used.stdout.trim()]).toEqual([0, "1400"]);
    expect(used.stderr).toMatch(
      /edited\.json: used without its 3 orphans .*dropped figures\.0 \(figure:gaza-strip-killed\), events\.0/,
    );
    // The figure that stood on the edited words is gone: the report no longer answers it.
    const gone = fx("--without-orphans", "--report", file, 'CASUALTIES("Gaza","killed")');
    expect(gone.stdout).toMatch(/^#N\/A No place or group 'Gaza'/);
  });
});
