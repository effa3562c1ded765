/**
 * A figure's value is checked against its own words on import: "about 2,750" loaded as 3000 is flagged, with the
 * figure's path, on the command line and in the pane's import message.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { report } from "../../src/dataset/report";
import { checkReport, numbersInWords, valueWarnings } from "../../src/model/check-report";
import type { Report } from "../../src/model/report";
import { readReportFile } from "../../src/store/report-file";

jest.setTimeout(120_000); // the first CLI call compiles it when src/ changed
const withGazaKilled = (best: number, note?: string): Report => {
  const copy = structuredClone(report);
  const figure = copy.figures.find((f) => f.id === "figure:gaza-strip-killed")!;
  figure.value = { ...figure.value, best };
  if (note === undefined) delete figure.note;
  else figure.note = note;
  return copy;
};
const at = report.figures.findIndex((f) => f.id === "figure:gaza-strip-killed");
const flag = `figures.${at}.value.best: 3000 is not the number its words give ('about 2,750' says 2750); loaded as written: check it, and correct the value or say why in the figure's note`;

describe("a figure's value against its words", () => {
  it("reads the numbers written in digits", () => {
    expect(numbersInWords("about 2,750")).toEqual([2750]);
    expect(numbersInWords("about 1.2 million")).toEqual([1_200_000]);
    expect(numbersInWords("$2.5bn")).toEqual([2_500_000_000]);
    expect(numbersInWords("20 or 30")).toEqual([20, 30]);
    expect(numbersInWords("a dozen")).toEqual([]);
  });

  it("flags a figure that says 3000 beside the words 'about 2,750', saying which and why", async () => {
    expect(valueWarnings(withGazaKilled(3000))).toEqual([flag]);
    // A flag, not a refusal: the report passes the dataset check and imports, with the flag beside it.
    expect(checkReport(withGazaKilled(3000)).problems).toEqual([]);
    const imported = await readReportFile(JSON.stringify(withGazaKilled(3000)));
    expect(imported).toMatchObject({ ok: true, warnings: [flag] });
  });

  it("takes the value its words give, their sum, or a value whose note says why", async () => {
    expect(valueWarnings(withGazaKilled(2750))).toEqual([]);
    expect(valueWarnings(withGazaKilled(3000, "Corrected from the ministry's later count."))).toEqual([]);
    const imported = await readReportFile(JSON.stringify(report));
    expect(imported.ok && imported.warnings).toBeUndefined();
  });

  it("is said on stderr when the CLI loads the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "figure-words-"));
    const file = join(dir, "edited.json");
    const edited = withGazaKilled(3000);
    edited.source.id = "report:edited";
    writeFileSync(file, JSON.stringify(edited));
    const run = spawnSync(
      process.execPath,
      [join(__dirname, "..", "..", "bin", "report-data.js"), "fx", "--report", file, 'CASUALTIES("Gaza","killed")'],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("3000\n");
    expect(run.stderr).toContain(`${file}: ${flag}.\n`);
  });
});
