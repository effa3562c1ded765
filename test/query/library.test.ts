import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { report as bundledReport } from "../../src/dataset/report";
import { createFunctions } from "../../src/functions/functions";
import { Library } from "../../src/query";
import * as indexes from "../../src/query/open-report";
import { problemLines, readReportFile } from "../../src/store/report-file";
import { excelError } from "../support/excel";
import { secondReport } from "../fixtures/second-report/build";

const SECOND = "report:gaza-toll-3000";

describe("a library of reports", () => {
  const library = () =>
    new Library([
      { report: bundledReport, origin: "bundled" },
      { report: secondReport(), origin: "file" },
    ]);

  it("resolves [report] by id (with or without 'report:') or title in any case, and blank as the default", () => {
    const lib = library();
    const idOf = (argument: unknown) => {
      const found = lib.resolve(argument);
      return found.ok ? found.value.report.source.id : found.failure.code;
    };
    expect(idOf(undefined)).toBe(bundledReport.source.id);
    expect(idOf("")).toBe(bundledReport.source.id);
    expect(idOf(SECOND)).toBe(SECOND);
    expect(idOf("gaza-toll-3000")).toBe(SECOND);
    expect(idOf("GAZA TOLL PASSES 3,000 AS AID CONVOYS WAIT AT RAFAH")).toBe(SECOND);
    expect(idOf(42)).toBe("wrong-type");
    const miss = lib.resolve("gaza-tol-3000");
    expect(miss.ok ? null : miss.failure).toEqual({
      code: "unknown-report",
      input: "gaza-tol-3000",
      suggestion: "gaza-toll-3000",
    });
  });

  it("never merges two reports with one id: refuses, replaces, or keeps both under a new id", () => {
    const lib = library();
    const again = lib.add(secondReport(), "file");
    expect(again.ok ? null : again.failure.code).toBe("duplicate-report");
    const both = lib.add(secondReport(), "file", "keep-both");
    expect(both.ok && both.value.report.source.id).toBe(`${SECOND}-2`);
    expect(lib.size).toBe(3);
    const replaced = secondReport();
    replaced.source.title = "Replaced";
    expect(lib.add(replaced, "file", "replace").ok).toBe(true);
    expect(lib.get(SECOND)!.open.report.source.title).toBe("Replaced");
    expect(lib.size).toBe(3);
  });

  it("files a report without building its lookups: they are built when first asked for", () => {
    const build = jest.spyOn(indexes, "openReport");
    try {
      const lib = library();
      const added = lib.add({ ...secondReport(), source: { ...secondReport().source, id: "report:lazy" } }, "file");
      expect(added.ok).toBe(true);
      expect(build).not.toHaveBeenCalled();
      expect(lib.resolve("lazy").ok).toBe(true);
      expect(build).toHaveBeenCalledTimes(1);
    } finally {
      build.mockRestore();
    }
  });

  it("keeps the bundled report, and moves the default when the default report is removed", () => {
    const lib = library();
    expect(lib.remove(bundledReport.source.id)).toBe(false);
    lib.setDefault(SECOND);
    expect(lib.remove(SECOND)).toBe(true);
    expect(lib.defaultReportId).toBe(bundledReport.source.id);
  });
});

describe("every function with a [report] argument", () => {
  const runtimeLibrary = new Library([{ report: bundledReport, origin: "bundled" }]);
  const REPORT = createFunctions(runtimeLibrary);
  beforeAll(() => {
    const added = runtimeLibrary.add(secondReport(), "workbook", "replace");
    expect(added.ok).toBe(true);
  });

  it("answers from the report named, and from the default without it", () => {
    expect(REPORT.CASUALTIES("Gaza", "killed")).toBe(2750);
    expect(REPORT.CASUALTIES("Gaza Strip", "killed", undefined, SECOND)).toBe(3000);
    expect(REPORT.CASUALTIES("the enclave", "dead", "qualifier", "gaza-toll-3000")).toBe("more than");
    expect(REPORT.CASUALTIES("Israel", "hostages", "", SECOND)).toBe(199);
    expect(REPORT.STATEMENT("Haddad", 1, SECOND)).toBe("We are running out of everything,");
    expect(REPORT.WHO("running out of everything", SECOND)).toBe("Lina Haddad");
    expect(REPORT.ACTOR("Egypt's foreign minister", "name", SECOND)).toBe("Sameh Shoukry");
    expect(
      REPORT.FIGURES("Gaza Strip", undefined, false, SECOND)
        .slice(1)
        .map((row) => row[2]),
    ).toEqual([3000, 12500]);
    expect(REPORT.STATEMENTS(undefined, "aid", false, SECOND)).toHaveLength(3);
    expect(REPORT.EVENTS(undefined, undefined, false, SECOND)[1]![2]).toMatch(/Rafah/);
    expect((REPORT.CARD("Gaza Strip killed", SECOND) as { text: string }).text).toBe("Gaza Strip killed: more than 3,000");
  });

  it("answers from the new default once the default changes, even for a call it has answered before", () => {
    expect(REPORT.CASUALTIES("Gaza Strip", "killed")).toBe(2750);
    runtimeLibrary.setDefault(SECOND);
    try {
      expect(REPORT.CASUALTIES("Gaza Strip", "killed")).toBe(3000);
    } finally {
      runtimeLibrary.setDefault(bundledReport.source.id);
    }
    expect(REPORT.CASUALTIES("Gaza Strip", "killed")).toBe(2750);
  });

  it("says which report it could not find, and what was meant", () => {
    expect(excelError(() => REPORT.CASUALTIES("Gaza", "killed", undefined, "gaza tol 3000"))).toEqual({
      code: "#VALUE!",
      message: "No report 'gaza tol 3000' in the library; did you mean 'gaza-toll-3000'? REPORT.REPORTS() lists them.",
    });
    // What one report has, another need not: Khamenei is not in the second report.
    expect(excelError(() => REPORT.STATEMENT("Khamenei", 1, SECOND)).code).toBe("#N/A");
  });

  it("REPORTS spills the library, oldest first, with counts and the default marked", () => {
    const [header, ...rows] = REPORT.REPORTS();
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    expect(column("id")).toEqual([bundledReport.source.id, SECOND]);
    expect(column("figures")).toEqual([bundledReport.figures.length, 4]);
    expect(column("outlet")).toEqual(["", "Test Wire"]);
    expect(column("default")).toEqual([true, false]);
    expect(column("published")[0]).toBe("2023-10 (month, inferred; not before 2023-10-15)");
  });

  it("COMPARE gives one figure across reports, oldest first, each as written and attributed", () => {
    const [header, ...rows] = REPORT.COMPARE("Gaza", "killed");
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]);
    expect(column("value")).toEqual([2750, 3000]);
    expect(column("qualifier")).toEqual(["about", "more than"]);
    expect(column("low")).toEqual(["", 3000]);
    expect(column("as written")).toEqual(["about 2,750", "more than 3,000"]);
    expect(column("attributed to")[1]).toBe("the health ministry in the enclave");
    // "Gaza" is an alias in the bundled report only: the second report is matched through that place's other names.
    expect(column("matched")).toEqual(["Gaza Strip (as 'Gaza')", "Gaza Strip (as 'Gaza Strip')"]);
    expect(
      REPORT.COMPARE("Israel", "hostages")
        .slice(1)
        .map((row) => row[2]),
    ).toEqual([150, 199]);
  });

  it("COMPARE answers #N/A when no report gives the figure, and 'did you mean' for a name no report has", () => {
    expect(excelError(() => REPORT.COMPARE("Gaza City", "killed"))).toEqual({
      code: "#N/A",
      message: "None of the 2 reports in the library gives a killed figure for Gaza City.",
    });
    expect(excelError(() => REPORT.COMPARE("Gazza", "killed")).message).toMatch(/did you mean 'Gaza'\?/);
    expect(excelError(() => REPORT.COMPARE("Gaza", "kiled")).message).toMatch(/did you mean 'killed'\?/);
  });
});

describe("two libraries side by side in one process", () => {
  it("share nothing: each function answers from its own library, its default and its memo", () => {
    const one = new Library([{ report: bundledReport, origin: "bundled" }]);
    const two = new Library([{ report: bundledReport, origin: "bundled" }]);
    const [first, second] = [createFunctions(one), createFunctions(two)];
    expect(first.CASUALTIES("Gaza Strip", "killed")).toBe(2750);
    expect(two.add(secondReport(), "file").ok).toBe(true);
    expect(two.setDefault(SECOND)).toBe(true);
    // The same call, after the first library has answered (and memoized) it, answers from the second's default.
    expect(second.CASUALTIES("Gaza Strip", "killed")).toBe(3000);
    expect(first.CASUALTIES("Gaza Strip", "killed")).toBe(2750);
    expect(excelError(() => first.CASUALTIES("Gaza Strip", "killed", undefined, SECOND)).code).toBe("#VALUE!");
    expect(first.REPORTS().length).toBe(2);
    expect(second.REPORTS().length).toBe(3);
    // One report opened in two libraries is two open reports, each with its own memo.
    expect(one.default).not.toBe(two.get(bundledReport.source.id)!.open);
    expect(one.default!.answers.size).toBe(1);
    expect(two.default!.answers.size).toBe(1);
  });
});

describe("a report file", () => {
  const json = (value: unknown) => JSON.stringify(value);

  it("imports when schema, spans, references and checksum all hold", async () => {
    const checked = await readReportFile(json(secondReport()));
    expect(checked.ok).toBe(true);
  });

  it("lists every problem with its path, and imports nothing", async () => {
    const bad = secondReport() as unknown as {
      figures: Array<{ valueText: { start: number; end: number }; value: { best: unknown } }>;
      statements: Array<{ speaker: string }>;
      places: Array<{ id: string }>;
    };
    bad.figures[0]!.valueText.start += 1;
    bad.figures[0]!.valueText.end += 1;
    bad.statements[1]!.speaker = "actor:nobody";
    bad.places[3]!.id = "place:israel";
    const checked = await readReportFile(json(bad));
    expect(checked.ok).toBe(false);
    const lines = checked.ok ? [] : problemLines(checked.problems);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^figures\.0\.valueText: 'more than 3,000' is not the source text at \d+-\d+$/),
        "statements.1.speaker: no actor 'actor:nobody' in the dataset",
        "places.3.id: 'place:israel' is used twice",
      ]),
    );
    bad.figures[1]!.value.best = "many";
    const typed = await readReportFile(json(bad));
    expect(typed.ok ? [] : problemLines(typed.problems)).toEqual([expect.stringMatching(/^figures\.1\.value\.best: /)]);
  });

  it("refuses a file that is not JSON, or too large, before reading further", async () => {
    const notJson = await readReportFile("{ not json");
    expect(notJson.ok ? "" : notJson.problems[0]!.message).toMatch(/^not JSON/);
    const huge = secondReport();
    huge.source.text = "x".repeat(6_000_000);
    const started = Date.now();
    const tooBig = await readReportFile(json(huge));
    expect(tooBig.ok ? "" : tooBig.problems[0]!.message).toBe("6.0 MB is more than a report file may hold (5.0 MB)");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("a text changed after the facts were anchored fails its checksum", async () => {
    const changed = secondReport();
    changed.source.text = changed.source.text.replace("Rafah", "Rafax");
    const checked = await readReportFile(json(changed));
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toContain("source.sha256");
  });
});

describe("the CLI with --report and --library", () => {
  const root = join(__dirname, "..", "..");
  const run = (script: string, ...args: string[]) =>
    spawnSync(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli", script), ...args],
      {
        encoding: "utf8",
      },
    );
  const dir = mkdtempSync(join(tmpdir(), "library-"));
  writeFileSync(join(dir, "second.json"), JSON.stringify(secondReport()));

  it("answers from the --report file by default, and from the bundled report when named", () => {
    const file = join(dir, "second.json");
    expect(run("fx.ts", "--report", file, 'CASUALTIES("Gaza Strip","killed")').stdout.trim()).toBe("3000");
    expect(run("fx.ts", "--report", file, `CASUALTIES("Gaza","killed",,"${bundledReport.source.id}")`).stdout.trim()).toBe(
      "2750",
    );
  });

  it("loads every report in --library, and refuses a broken file with its problems", () => {
    const out = run("fx.ts", "--json", "--library", dir, "REPORTS()");
    expect(JSON.parse(out.stdout).map((row: unknown[]) => row[0])).toEqual(["id", bundledReport.source.id, SECOND]);
    writeFileSync(join(dir, "broken.json"), JSON.stringify({ ...secondReport(), figures: "none" }));
    const broken = run("fx.ts", "--library", dir, "REPORTS()");
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json is not a valid report:\n {2}figures: /);
  });
});
