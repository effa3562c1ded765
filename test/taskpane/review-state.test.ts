import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDraft } from "../../src/extract";
import { checkReport } from "../../src/model/check-report";
import { addMissedFact, sentenceAround, trimSelection } from "../../src/taskpane/review/missed-fact";
import { reviewedReport } from "../../src/taskpane/review/reviewed-report";
import * as review from "../../src/taskpane/review/state";

const text = readFileSync(join(__dirname, "../extract/articles/ferry-meghna.txt"), "utf8");
const draft = extractDraft(text, { published: "2024-02-26", title: "Ferry capsizes on the Meghna", outlet: "Test Wire" });
const start = () => review.withDraft(review.initialReview(), draft, { ms: 1, where: "page" });
const figureBy = (exact: string) => draft.figures.find((f) => f.valueText.exact === exact)!;
const statementBy = (words: string) => draft.statements.find((s) => [s.text, ...s.quotes].some((q) => q.exact.includes(words)))!;
const saved = (state: review.ReviewState) => {
  const built = reviewedReport(state);
  if (!built.ok) throw new Error(built.problems.join("; "));
  return built;
};

describe("the review of a draft", () => {
  it("lists every drafted item grouped by kind (figures, statements, events, people, places), each with its words", () => {
    const state = start();
    const kinds = state.items.map((i) => i.kind);
    expect([...new Set(kinds)]).toEqual(["figure", "statement", "event", "actor", "place"]);
    expect(kinds.filter((k) => k === "figure")).toHaveLength(draft.figures.length);
    expect(state.items).toHaveLength(
      draft.figures.length + draft.statements.length + draft.events.length + draft.actors.length + draft.places.length,
    );
    for (const item of state.items) {
      expect(text.slice(item.words.start, item.words.end)).toBe(item.words.exact);
      expect(item.confidence).toBeGreaterThan(0);
    }
    expect(state.active).toBe(state.items[0]!.id);
    expect(review.tally(state)).toEqual({ accepted: 0, rejected: 0, unreviewed: state.items.length });
  });

  it("saves only accepted items: rejected and unreviewed ones are left out, and the speaker comes along", () => {
    const toll = figureBy("41");
    const quote = statementBy("The boat leaned once");
    const crew = figureBy("four");
    let state = review.accept(start(), toll.id);
    state = review.accept(state, quote.id);
    state = review.reject(state, crew.id);
    const { report } = saved(state);
    expect(report.figures.map((f) => f.id)).toEqual([toll.id]);
    expect(report.statements.map((s) => s.id)).toEqual([quote.id]);
    expect(report.events).toEqual([]);
    expect(report.actors.map((a) => a.name)).toEqual(expect.arrayContaining(["Abdul Karim"]));
    expect(report.actors.find((a) => a.id === report.statements[0]!.speaker)?.name).toBe("Abdul Karim");
    expect(report.source).toMatchObject({
      title: "Ferry capsizes on the Meghna",
      outlet: "Test Wire",
      id: "report:ferry-capsizes-on-the-meghna",
    });
    expect(checkReport(report).problems).toEqual([]);
    // Taking a decision back leaves the item out again.
    expect(saved(review.undecide(state, quote.id)).report.statements).toEqual([]);
  });

  it("keeps an edit: value, qualifier (its bounds by the rule), measure, place; and a statement's new speaker", () => {
    const missing = figureBy("as many as 60");
    const gazaria = draft.places.find((p) => p.name === "Gazaria")!;
    const quote = statementBy("We can work for 20 minutes");
    const karim = draft.actors.find((a) => a.name === "Abdul Karim")!;
    let state = review.acceptEdited(start(), missing.id, {
      value: { best: 65 },
      qualifier: "at least",
      measure: "missing",
      subject: { kind: "place", id: gazaria.id },
    });
    state = review.acceptEdited(state, quote.id, { speaker: karim.id });
    const { report } = saved(state);
    expect(report.figures[0]).toMatchObject({
      value: { best: 65, low: 65, high: null },
      qualifier: "at least",
      measure: "missing",
      subject: { kind: "place", id: gazaria.id, basis: "stated" },
      valueText: missing.valueText,
    });
    expect(report.places.map((p) => p.id)).toContain(gazaria.id);
    expect(report.statements[0]).toMatchObject({ speaker: karim.id, speakerBasis: "stated" });
    expect(checkReport(report).problems).toEqual([]);
  });

  it("refuses an edit with no number, or a speaker who is not in the draft", () => {
    const toll = figureBy("41");
    const state = review.acceptEdited(start(), toll.id, { value: { best: NaN } });
    expect(state.message?.tone).toBe("error");
    expect(state.decisions[toll.id]).toBeUndefined();
    const quote = statementBy("The boat leaned once");
    expect(review.acceptEdited(start(), quote.id, { speaker: "actor:nobody" }).decisions[quote.id]).toBeUndefined();
  });

  it("accepts all unreviewed items at or above a confidence, and leaves the reviewer's rejections alone", () => {
    const rejected = draft.figures.find((f) => f.draft.confidence >= 0.8)!;
    let state = review.reject(start(), rejected.id);
    state = review.acceptAllAbove(state, 80);
    const high = state.items.filter((i) => i.confidence >= 0.8 && i.id !== rejected.id);
    const low = state.items.filter((i) => i.confidence < 0.8);
    expect(high.length).toBeGreaterThan(3);
    for (const item of high) expect(state.decisions[item.id]?.status).toBe("accepted");
    for (const item of low) expect(state.decisions[item.id]).toBeUndefined();
    expect(state.decisions[rejected.id]?.status).toBe("rejected");
    expect(state.message?.text).toBe(`Accepted ${high.length} items at 80% or more.`);
    const { report } = saved(state);
    expect(report.figures.map((f) => f.id)).not.toContain(rejected.id);
    expect(report.figures.length).toBe(high.filter((i) => i.kind === "figure").length);
    expect(checkReport(report).problems).toEqual([]);
    expect(review.acceptAllAbove(state, 140).message?.tone).toBe("error");
  });

  it("will not accept a figure with no place or group: it opens the editor instead", () => {
    const placeless = { ...draft, figures: [{ ...draft.figures[0]!, subject: null }] };
    const state = review.withDraft(review.initialReview(), placeless, null);
    const id = placeless.figures[0]!.id;
    const tried = review.accept(state, id);
    expect(tried.decisions[id]).toBeUndefined();
    expect(tried.editing).toBe(id);
    expect(review.acceptAllAbove(state, 0).decisions[id]).toBeUndefined();
    const place = placeless.places[0]!;
    expect(review.acceptEdited(state, id, { subject: { kind: "place", id: place.id } }).decisions[id]?.status).toBe("accepted");
  });

  it("adds a figure the draft missed, anchored to exactly the selected words, as accepted", () => {
    const at = text.indexOf("23 taken");
    const gazaria = draft.places.find((p) => p.name === "Gazaria")!;
    const added = addMissedFact(start(), {
      kind: "figure",
      start: at - 1, // a blank selected with it is left out
      end: at + 2,
      value: 23,
      measure: "injured",
      qualifier: "exact",
      subject: { id: gazaria.id },
    });
    if (!added.ok) throw new Error(added.message);
    expect(added.state.active).toBe(added.id);
    const { report } = saved(added.state);
    expect(report.figures).toHaveLength(1);
    expect(report.figures[0]).toMatchObject({
      id: added.id,
      valueText: { start: at, end: at + 2, exact: "23" },
      value: { best: 23, low: 23, high: 23 },
      measure: "injured",
      subject: { kind: "place", id: gazaria.id },
    });
    expect(report.figures[0]!.evidence.exact).toMatch(/^Of the 23 taken to the government health complex in Gazaria/);
    expect(checkReport(report).problems).toEqual([]);
  });

  it("adds a statement the draft missed, with a new speaker the text names", () => {
    const at = text.indexOf("floating coffins");
    const added = addMissedFact(start(), { kind: "statement", start: at, end: at + 16, speaker: { name: "Rights groups" } });
    if (!added.ok) throw new Error(added.message);
    const { report } = saved(added.state);
    const statement = report.statements[0]!;
    expect(statement.quotes).toEqual([{ start: at, end: at + 16, exact: "floating coffins" }]);
    const speaker = report.actors.find((a) => a.id === statement.speaker)!;
    expect(speaker.name).toBe("Rights groups");
    expect(speaker.mentions[0]!.exact).toBe("Rights groups");
    expect(checkReport(report).problems).toEqual([]);
  });

  it("refuses a missed fact with no words selected, or a name the text does not write", () => {
    const at = text.indexOf("floating coffins");
    const blank = addMissedFact(start(), { kind: "place", start: 0, end: 0 });
    expect(blank).toEqual({ ok: false, message: "Select the words of the fact in the text first." });
    const unknown = addMissedFact(start(), { kind: "statement", start: at, end: at + 16, speaker: { name: "Amnesty" } });
    expect(unknown.ok).toBe(false);
    expect(unknown.ok === false && unknown.message).toMatch(/'Amnesty' is not written in the text/);
  });

  it("says what is wrong instead of saving nothing, and drops an item whose speaker was rejected", () => {
    expect(reviewedReport(start())).toEqual({
      ok: false,
      problems: ["Accept at least one item: only accepted items are saved."],
    });
    const quote = statementBy("The boat leaned once");
    const toll = figureBy("41");
    let state = review.accept(review.accept(start(), quote.id), toll.id);
    state = review.reject(state, quote.speaker);
    const built = saved(state);
    expect(built.report.statements).toEqual([]);
    expect(built.dropped).toEqual([{ id: quote.id, message: `its speaker ${quote.speaker} was rejected or is unknown` }]);
  });

  it("moves the cursor within the list", () => {
    const state = start();
    expect(review.moveActive(state, 1).active).toBe(state.items[1]!.id);
    expect(review.moveActive(state, -1).active).toBe(state.items[0]!.id);
    expect(review.moveActive(state, Infinity).active).toBe(state.items.at(-1)!.id);
  });

  it("trims a selection and finds its sentence", () => {
    expect(trimSelection("  a b  ", 0, 7)).toEqual({ start: 2, end: 5 });
    expect(trimSelection("   ", 0, 3)).toBeUndefined();
    const s = "First one. Second has 12 dead. Third.";
    expect(sentenceAround(s, s.indexOf("12"), s.indexOf("12") + 2).exact).toBe("Second has 12 dead.");
  });
});
