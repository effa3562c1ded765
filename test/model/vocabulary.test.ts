import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../../src/model/report";
import { boundKindOf } from "../../src/model/report-vocabulary";
import { boundsFor, MEASURE_SYNONYMS, MEASURES, QUALIFIERS } from "../../src/model/vocabulary";

const bundled = () => JSON.parse(readFileSync(join(__dirname, "../../data/report.json"), "utf8"));

describe("the qualifier rule", () => {
  it.each([
    ["exact", 58, { best: 58, low: 58, high: 58 }],
    ["at least", 1400, { best: 1400, low: 1400, high: null }],
    ["more than", 9700, { best: 9700, low: 9700, high: null }],
    ["up to", 30, { best: 30, low: null, high: 30 }],
    ["nearly", 500, { best: 500, low: null, high: 500 }],
    ["about", 2750, { best: 2750, low: null, high: null }],
  ])("'%s' %d bounds the number as documented", (qualifier, value, bounds) => {
    expect(boundsFor(boundKindOf(qualifier, undefined)!, value)).toEqual(bounds);
  });

  it("a range keeps both ends and takes the low end as best, whichever order it is written in", () => {
    expect(boundsFor("range", 20, 30)).toEqual({ best: 20, low: 20, high: 30 });
    expect(boundsFor("range", 12, 10)).toEqual({ best: 10, low: 10, high: 12 });
  });

  it("every canonical qualifier has a kind of bound, and every canonical measure its synonyms", () => {
    for (const qualifier of QUALIFIERS) expect(boundKindOf(qualifier, undefined)).toBeDefined();
    for (const measure of MEASURES) expect(MEASURE_SYNONYMS[measure]).toBeDefined();
  });
});

describe("an open vocabulary", () => {
  it("the bundled report follows the rule and uses only canonical words", () => {
    expect(ReportSchema.safeParse(bundled()).success).toBe(true);
  });

  it("a report may add a measure and a qualifier of its own, and must declare them", () => {
    const report = bundled();
    report.figures[0].measure = "trapped";
    report.figures[0].qualifier = "well over";
    const undeclared = ReportSchema.safeParse(report);
    expect(undeclared.success).toBe(false);
    const messages = undeclared.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^figures\.0\.measure: unknown measure 'trapped'/),
        expect.stringMatching(/^figures\.0\.qualifier: unknown qualifier 'well over'/),
      ]),
    );
    report.vocabulary = { measures: { trapped: ["under the rubble"] }, qualifiers: { "well over": "lower" } };
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it("bounds that contradict the qualifier are a problem with its path", () => {
    const report = bundled();
    const about = report.figures.findIndex((f: { qualifier: string }) => f.qualifier === "about");
    report.figures[about].value.low = report.figures[about].value.best;
    const result = ReportSchema.safeParse(report);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["figures", about, "value"]);
  });
});
