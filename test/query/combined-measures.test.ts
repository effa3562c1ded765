/**
 * "casualties": what the report calls casualties, or its killed and injured together, said in the answer; never a
 * guess when it gives neither.
 */
import { report } from "../../src/dataset/report";
import { failureMessage } from "../../src/model/failure";
import type { Report } from "../../src/model/report";
import { casualty, evidenceForCell, openReport } from "../../src/query";

const answer = (r: Report, ...args: [string, string, string?]) => {
  const result = casualty(openReport(r), ...args);
  return result.ok ? result.value : `${result.failure.code}: ${failureMessage(result.failure)}`;
};
const copy = (): Report => structuredClone(report);

describe('CASUALTIES(where, "casualties")', () => {
  it("adds killed and injured when the report gives no casualties figure, and says so in the note", () => {
    expect(answer(report, "Gaza", "casualties")).toBe(2750 + 9700);
    expect(answer(report, "Gaza", "killed and injured")).toBe(2750 + 9700);
    expect(answer(report, "Gaza", "casualties", "note")).toBe(
      "killed and injured together: the report gives no casualties figure for Gaza Strip, so this adds about 2,750 killed and more than 9,700 injured.",
    );
    expect(answer(report, "Gaza", "casualties", "text")).toBe("'about 2,750' killed; 'more than 9,700' injured");
    // A floor plus an estimate is an estimate; two floors are a floor; bounds only when every part has one.
    expect(answer(report, "Gaza", "casualties", "qualifier")).toBe("about");
    expect(answer(report, "Israel", "casualties", "qualifier")).toBe("at least");
    expect(answer(report, "Israel", "casualties", "low")).toBe(1400 + 3500);
    expect(answer(report, "Israel", "casualties", "high")).toMatch(
      /^no-value: The report gives no upper bound for Israel casualties/,
    );
  });

  it("shows both parts as the evidence of a cell that adds them", () => {
    const { matches } = evidenceForCell(openReport(report), '=REPORT.CASUALTIES("Gaza","casualties")', 12450);
    expect(matches.map((m) => m.id)).toEqual(["figure:gaza-strip-killed", "figure:gaza-strip-injured"]);
  });

  it("answers the report's own casualties figure as it is, and the note says it is the report's word", () => {
    const own = copy();
    own.vocabulary = { ...own.vocabulary, measures: { ...own.vocabulary?.measures, casualties: [] } };
    const lebanon = own.figures.find((f) => f.id === "figure:lebanon-killed")!;
    lebanon.measure = "casualties";
    expect(answer(own, "Lebanon", "casualties")).toBe(lebanon.value.best);
    expect(answer(own, "Lebanon", "casualties", "note")).toBe(
      `what the report calls casualties: ${lebanon.value.best}. ${lebanon.note}`,
    );
  });

  it("is #N/A 'not reported' when the report gives neither, never a part alone", () => {
    const killedOnly = copy();
    killedOnly.figures = killedOnly.figures.filter((f) => f.id !== "figure:gaza-strip-injured");
    expect(answer(killedOnly, "Gaza", "casualties")).toBe(
      "not-reported: The report gives no casualties figure for Gaza Strip, nor both killed and injured (it gives killed).",
    );
  });
});
