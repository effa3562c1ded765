import { readFileSync } from "node:fs";
import { join } from "node:path";
import { report as bundled } from "../../src/dataset/report";
import { dropSpanText, restoreSpanText } from "../../src/dataset/span-text";

const asWritten = () => JSON.parse(readFileSync(join(__dirname, "..", "..", "data", "report.json"), "utf8")) as typeof bundled;

describe("the bundled report without the words of its spans", () => {
  it("drops every span's words and gets the same report back from the text", () => {
    const dropped = dropSpanText(asWritten());
    expect(JSON.stringify(dropped)).not.toMatch(/"exact":/);
    expect(JSON.stringify(dropped).length).toBeLessThan(JSON.stringify(asWritten()).length * 0.8);
    expect(restoreSpanText(dropped)).toEqual(asWritten());
  });

  it("keeps words that are not the text at their offsets, so nothing is lost", () => {
    const report = asWritten();
    const figure = report.figures[0]!;
    figure.valueText = { ...figure.valueText, exact: "not the text here" };
    const dropped = dropSpanText(report);
    expect(dropped.figures[0]!.valueText.exact).toBe("not the text here");
    expect(restoreSpanText(dropped).figures[0]!.valueText.exact).toBe("not the text here");
  });

  it("is what the add-in's dataset module gives: the report as written", () => {
    expect(bundled).toEqual(asWritten());
  });
});
