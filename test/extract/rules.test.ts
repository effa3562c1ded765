import { RULE_LABELS } from "../../src/model/rule-labels";
/** The extractor as named rules: every draft item names the rules that made it, the trace says what each decided. */
import { CONFIDENCE, runRules, type TraceStep } from "../../src/extract/rules";
import { extractDraft } from "../../src/extract";
import { PLACE_RULES } from "../../src/extract/refiners/figure-context";

const LEAD =
  "QUETTA, Pakistan (Agency / March 3) - At least six people were killed and 20 wounded in a blast in the market district of Satellite Town, police said.";

describe("the extractor's rules", () => {
  it("stamps every draft item with the ids of the rules that made it, each with a confidence in the one table", () => {
    const draft = extractDraft(LEAD);
    const items = [...draft.figures, ...draft.statements, ...draft.actors, ...draft.places, ...draft.events];
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) expect([item.id, (item.draft.rules ?? []).length > 0]).toEqual([item.id, true]);
    for (const figure of draft.figures) {
      const [measure, place] = figure.draft.rules!;
      expect([measure, CONFIDENCE.has(measure!), CONFIDENCE.has(place!)]).toEqual([measure, true, true]);
    }
    expect(draft.figures.find((f) => f.value.best === 20)!.draft.rules).toEqual(["measure.word-after", "place.clause-locative"]);
  });

  it("traces every place rule it tried, in order, up to the one that decided", () => {
    const steps: TraceStep[] = [];
    extractDraft(LEAD, { trace: (step) => steps.push(step) });
    const twenty = steps.filter((s) => s.item === "figure '20' at 74");
    const order = PLACE_RULES.map((r) => r.name);
    const tried = twenty.filter((s) => s.rule.startsWith("place.")).map((s) => s.rule);
    expect(tried).toEqual(order.slice(0, order.indexOf("place.clause-locative") + 1));
    expect(twenty[twenty.length - 1]).toEqual({
      item: "figure '20' at 74",
      rule: "place.clause-locative",
      decided: "Satellite Town (stated) from 'in the market district of Satellite Town'",
    });
    expect(steps.find((s) => s.item === "figure '3' at 33")).toEqual({
      item: "figure '3' at 33",
      rule: "figure.not-a-count",
      decided: "a date",
    });
  });

  it("runRules returns the first rule that decides and reports the ones before it as 'no'", () => {
    const steps: TraceStep[] = [];
    const rules = [
      { name: "a", apply: () => undefined },
      { name: "b", apply: (n: number) => n * 2 },
      { name: "c", apply: () => 0 },
    ];
    expect(runRules(rules, 4, "x", (s) => steps.push(s), String)).toEqual({ rule: "b", out: 8 });
    expect(steps.map((s) => `${s.rule}=${s.decided}`)).toEqual(["a=no", "b=8"]);
  });

  it("a draft past its time budget returns what it has, with a warning", () => {
    const text = "Floods killed 12 people in Kerala, officials said. Another 40 were injured in Wayanad.";
    const none = extractDraft(text, { budgetMs: -1 });
    expect(none.figures).toEqual([]);
    expect(none.warnings.some((w) => /time budget/.test(w))).toBe(true);
    expect(extractDraft(text).figures.length).toBe(2);
  });
});

describe("the review's words for the rules", () => {
  it("has words of its own for every measure and place rule the extractor can stamp", () => {
    const missing = [...CONFIDENCE.keys()].filter((id) => /^(?:measure|place)\./.test(id) && !RULE_LABELS.has(id));
    expect(missing).toEqual([]);
  });
});
