/** A figure's value is checked against its own words on import: "about 2,750" never answers 3000. */
import { report } from "../../src/dataset/report";
import { checkReport, numbersInWords } from "../../src/model/check-report";
import type { Report } from "../../src/model/report";
import { readReportFile } from "../../src/store/report-file";

const withGazaKilled = (best: number, note?: string): Report => {
  const copy = structuredClone(report);
  const figure = copy.figures.find((f) => f.id === "figure:gaza-strip-killed")!;
  figure.value = { ...figure.value, best };
  if (note === undefined) delete figure.note;
  else figure.note = note;
  return copy;
};

describe("a figure's value against its words", () => {
  it("reads the numbers written in digits", () => {
    expect(numbersInWords("about 2,750")).toEqual([2750]);
    expect(numbersInWords("about 1.2 million")).toEqual([1_200_000]);
    expect(numbersInWords("20 or 30")).toEqual([20, 30]);
    expect(numbersInWords("a dozen")).toEqual([]);
  });

  it("refuses a report whose figure says 3000 beside the words 'about 2,750', saying which and why", async () => {
    const { report: checked, problems } = checkReport(withGazaKilled(3000));
    expect(checked).toBeUndefined();
    const at = report.figures.findIndex((f) => f.id === "figure:gaza-strip-killed");
    expect(problems).toEqual([
      `figures.${at}.value.best: 3000 is not the number its words give ('about 2,750' says 2750): correct the value, or say why in the figure's note`,
    ]);
    const imported = await readReportFile(JSON.stringify(withGazaKilled(3000)));
    expect(imported.ok).toBe(false);
  });

  it("takes the value its words give, their sum, or a value whose note says why", () => {
    expect(checkReport(withGazaKilled(2750)).problems).toEqual([]);
    expect(checkReport(withGazaKilled(3000, "Corrected from the ministry's later count.")).problems).toEqual([]);
  });
});
