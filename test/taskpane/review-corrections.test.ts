import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDraft } from "../../src/extract";
import { checkReport } from "../../src/model/check-report";
import { traceLine } from "../../src/model/rule-labels";
import { acceptEditedWith, merge, rename, sentenceFigures, setFigurePlace, setKind } from "../../src/taskpane/review/corrections";
import { addMissedFact, qualifierIn } from "../../src/taskpane/review/missed-fact";
import { reviewedReport } from "../../src/taskpane/review/reviewed-report";
import * as review from "../../src/taskpane/review/state";
import { reviewActions, ReviewStore } from "../../src/taskpane/review/actions";
import { reportJson } from "../../src/taskpane/save-file";
import { placeLabel } from "../../src/taskpane/review/forms";
import type { Report } from "../../src/model/report";

const text = readFileSync(join(__dirname, "../extract/articles/ferry-meghna.txt"), "utf8");
const draft = extractDraft(text, { published: "2024-02-26", title: "Ferry capsizes on the Meghna", outlet: "Test Wire" });
const start = () => review.withDraft(review.initialReview(), draft, { ms: 1, where: "page" });
const figureBy = (exact: string) => draft.figures.find((f) => f.valueText.exact === exact)!;
const actorNamed = (name: string) => draft.actors.find((a) => a.name === name)!;
const placeNamed = (name: string) => draft.places.find((p) => p.name === name)!;
const ok = (outcome: ReturnType<typeof merge>) => {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.state;
};
const saved = (state: review.ReviewState) => {
  const built = reviewedReport(state);
  if (!built.ok) throw new Error(built.problems.join("; "));
  expect(checkReport(built.report).problems).toEqual([]);
  return built.report;
};

describe("correcting what a draft got wrong", () => {
  it("edits a figure's source (another actor, or no one) and its date, and Undo takes the edit back", () => {
    const toll = figureBy("41");
    const police = actorNamed("Police");
    let state = review.acceptEdited(start(), toll.id, { source: { actor: police.id }, date: { start: "2024-02-25" } });
    const figure = saved(state).figures[0]!;
    // The police are not named in the figure's sentence: the source is read from elsewhere, and says so.
    expect(figure.attribution).toEqual({ actor: police.id, basis: "inferred" });
    expect(figure.date).toMatchObject({ start: "2024-02-25", precision: "day", basis: "inferred" });
    state = review.undo(state);
    expect(state.decisions[toll.id]).toBeUndefined();
    expect(state.message?.text).toBe(`Undone: edited ${toll.id}.`);
    const none = review.acceptEdited(start(), toll.id, { source: { actor: null }, date: null });
    expect(saved(none).figures[0]).toMatchObject({ attribution: { actor: null, basis: null }, date: null });
  });

  it("takes a figure's source from the selected words, stated when its sentence writes them", () => {
    const toll = figureBy("41");
    const at = text.indexOf("officials", toll.evidence.start);
    expect(at).toBeLessThan(toll.evidence.end);
    const state = acceptEditedWith(start(), toll.id, {}, { sourceWords: { start: at, end: at + 9 } });
    const report = saved(state);
    const source = report.actors.find((a) => a.id === report.figures[0]!.attribution.actor)!;
    expect(source.name.toLowerCase()).toBe("officials");
    expect(report.figures[0]!.attribution.basis).toBe("stated");
  });

  it("adds a measure, a qualifier (with its bound) and a unit outside the built-in lists to the report's vocabulary", () => {
    const aboard = figureBy("up to 250");
    let state = acceptEditedWith(
      start(),
      aboard.id,
      { measure: "stranded", qualifier: "roughly", unit: "families", value: { best: 240 } },
      { measure: "stranded", qualifier: { word: "roughly", bound: "approximate" }, unit: "families" },
    );
    const report = saved(state);
    expect(report.vocabulary).toMatchObject({
      measures: { stranded: [] },
      qualifiers: { roughly: "approximate" },
      units: ["families"],
    });
    expect(report.figures[0]).toMatchObject({
      measure: "stranded",
      qualifier: "roughly",
      unit: "families",
      value: { best: 240 },
    });
    // One change: Undo takes back the edit and the words together.
    state = review.undo(state);
    expect(state.draft!.vocabulary).toEqual(draft.vocabulary);
    expect(state.decisions[aboard.id]).toBeUndefined();
    // A word of the built-in lists is not repeated in the report's own.
    const plain = acceptEditedWith(start(), aboard.id, { measure: "missing" }, { measure: "missing" });
    expect(plain.draft!.vocabulary).toEqual(draft.vocabulary);
  });

  it("reads a missed figure's qualifier from the selected words", () => {
    expect(qualifierIn("up to 8,000", undefined)).toBe("up to");
    expect(qualifierIn("At least 12", undefined)).toBe("at least");
    expect(qualifierIn("as many as 60", undefined)).toBe("as many as");
    expect(qualifierIn("8,000", undefined)).toBe("exact");
    expect(qualifierIn("roughly 40", { qualifiers: { roughly: "approximate" } })).toBe("roughly");
    expect(qualifierIn("someone saw 40", undefined)).toBe("exact");
  });

  it("changes a place's kind and an actor's type, renames (the old name an alias), and undoes each", () => {
    const gazaria = placeNamed("Gazaria");
    let state = ok(setKind(start(), gazaria.id, "region"));
    expect(state.draft!.places.find((p) => p.id === gazaria.id)!.kind).toBe("region");
    expect(setKind(state, gazaria.id, "planet")).toEqual({ ok: false, message: expect.stringMatching(/^A place is one of/) });
    const guard = actorNamed("the Coast Guard") ?? draft.actors.find((a) => a.id === "actor:the-coast-guard")!;
    state = ok(setKind(state, guard.id, "organization"));
    state = ok(rename(state, guard.id, "Bangladesh Coast Guard"));
    const renamed = state.draft!.actors.find((a) => a.id === guard.id)!;
    expect(renamed).toMatchObject({ name: "Bangladesh Coast Guard", type: "organization" });
    expect(renamed.aliases).toContain(guard.name);
    // The text never writes the new name: it is lookup help, not the report's words.
    expect(renamed.lookupOnly).toEqual(["Bangladesh Coast Guard"]);
    state = review.undo(state);
    expect(state.draft!.actors.find((a) => a.id === guard.id)!.name).toBe(guard.name);
    state = review.undo(review.undo(state));
    expect(state.draft).toBe(draft);
    expect(review.undo(state).message?.text).toBe("Nothing to undo.");
  });

  it("merges two people or organizations: every figure's source and statement's speaker follows, and edits too", () => {
    const police = actorNamed("Police");
    const officials = actorNamed("officials") ?? draft.actors.find((a) => a.id === "actor:officials")!;
    const swam = draft.figures.find((f) => f.attribution.actor === police.id)!;
    const policeSays = draft.statements.filter((s) => s.speaker === police.id);
    expect(policeSays.length).toBeGreaterThan(0);
    const quote = draft.statements.find((s) => s.speaker === officials.id)!;
    // The reviewer had made a police statement officials' ... and the other way round: the edit follows the merge.
    let state = review.acceptEdited(start(), quote.id, { speaker: police.id });
    state = review.accept(state, swam.id);
    state = review.accept(state, police.id);
    state = ok(merge(state, police.id, officials.id));
    expect(state.draft!.actors.some((a) => a.id === police.id)).toBe(false);
    const joined = state.draft!.actors.find((a) => a.id === officials.id)!;
    expect(joined.aliases).toContain(police.name);
    expect(joined.mentions.length).toBe(officials.mentions.length + police.mentions.length);
    expect(state.draft!.figures.filter((f) => f.attribution.actor === police.id)).toEqual([]);
    expect(state.draft!.statements.filter((s) => s.speaker === police.id)).toEqual([]);
    for (const s of policeSays) expect(state.draft!.statements.find((x) => x.id === s.id)!.speaker).toBe(officials.id);
    expect(state.decisions[police.id]).toBeUndefined();
    expect(state.items.some((i) => i.id === police.id)).toBe(false);
    const report = saved(state);
    expect(report.statements.find((s) => s.id === quote.id)!.speaker).toBe(officials.id);
    expect(report.figures.find((f) => f.id === swam.id)!.attribution.actor).toBe(officials.id);
    // Undo brings both back as they were.
    const undone = review.undo(state);
    expect(undone.draft!.actors.find((a) => a.id === police.id)).toEqual(police);
    expect(undone.decisions[police.id]).toEqual({ status: "accepted" });
    expect(merge(start(), police.id, placeNamed("Gazaria").id).ok).toBe(false);
  });

  it("merges two places: figures counted there follow", () => {
    const padma = placeNamed("Padma");
    const meghna = placeNamed("Meghna River");
    const counted = draft.figures.filter((f) => f.subject?.id === padma.id);
    expect(counted.length).toBeGreaterThan(0);
    const state = ok(merge(review.accept(start(), counted[0]!.id), padma.id, meghna.id));
    expect(state.draft!.places.some((p) => p.id === padma.id)).toBe(false);
    expect(saved(state).figures[0]!.subject.id).toBe(meghna.id);
  });

  it("gives a figure a place from the draft's places, and the same place to the other figures of its sentence", () => {
    const nineteen = figureBy("19");
    const six = figureBy("six");
    expect(sentenceFigures(draft, nineteen).map((f) => f.id)).toEqual([nineteen.id, six.id]);
    const chandpur = placeNamed("Chandpur");
    let state = review.acceptEdited(start(), six.id, {
      subject: { kind: "place", id: placeNamed("Gazaria").id },
      value: { best: 7 },
    });
    state = ok(setFigurePlace(state, nineteen.id, { id: chandpur.id }, true));
    for (const id of [nineteen.id, six.id]) {
      const f = state.draft!.figures.find((x) => x.id === id)!;
      expect(f.subject).toMatchObject({ kind: "place", id: chandpur.id });
      expect(f.draft.rules?.at(-1)).toBe("review.place");
    }
    // The accepted figure keeps its other edits; its edited place gives way to the one just chosen.
    expect(state.decisions[six.id]).toEqual({ status: "accepted", edit: { value: { best: 7 } } });
    expect(saved(state).figures[0]).toMatchObject({ subject: { id: chandpur.id }, value: { best: 7 } });
    expect(state.message?.text).toBe(`Placed 19 and 1 other figure of its sentence in Chandpur.`);
    expect(traceLine(state.draft!.figures.find((x) => x.id === nineteen.id)!.draft.rules)).toBe(
      "measure from: the word after the number · place from: in/at in the number's clause; set by you · counted as: part of another count",
    );
    // Only this one, without the sentence.
    const alone = ok(setFigurePlace(start(), nineteen.id, { id: chandpur.id }, false));
    expect(alone.draft!.figures.find((x) => x.id === six.id)!.subject?.id).toBe(six.subject?.id);
    expect(review.undo(alone).draft).toBe(draft);
  });

  it("gives a figure a place from the words selected in the text, a new place when the draft has none by that name", () => {
    const toll = figureBy("41");
    const at = text.indexOf("Munshiganj");
    const existing = ok(setFigurePlace(start(), toll.id, { start: at, end: at + 10 }, false));
    expect(existing.draft!.places).toHaveLength(draft.places.length);
    const word = /\b[A-Z][a-z]{3,}\b/g;
    let unknown: RegExpExecArray | null = null;
    for (let m = word.exec(text); m; m = word.exec(text))
      if (![...draft.places, ...draft.actors].some((x) => x.name.includes(m![0]))) {
        unknown = m;
        break;
      }
    const added = ok(
      setFigurePlace(start(), toll.id, { start: unknown!.index, end: unknown!.index + unknown![0].length }, false),
    );
    const place = added.draft!.places.at(-1)!;
    expect(place).toMatchObject({ name: unknown![0], kind: "site" });
    expect(added.draft!.figures.find((f) => f.id === toll.id)!.subject?.id).toBe(place.id);
    expect(setFigurePlace(start(), toll.id, { start: 5, end: 5 }, false).ok).toBe(false);
  });

  it("undoes an added fact, and every decision in turn", () => {
    const at = text.indexOf("floating coffins");
    const added = addMissedFact(start(), { kind: "statement", start: at, end: at + 16, speaker: { name: "Rights groups" } });
    if (!added.ok) throw new Error(added.message);
    expect(review.undo(added.state).draft).toBe(draft);
    let state = review.accept(start(), figureBy("41").id);
    // Accepting it again changes nothing, and leaves nothing more to undo.
    expect(review.accept(state, figureBy("41").id)).toBe(state);
    state = review.reject(state, figureBy("14").id);
    state = review.acceptAllAbove(state, 0);
    expect(state.history).toHaveLength(3);
    state = review.undo(state);
    expect(Object.keys(state.decisions)).toHaveLength(2);
    state = review.undo(review.undo(state));
    expect(state.decisions).toEqual({});
  });
});

describe("Save report file", () => {
  const actionsWith = () => {
    const files: Report[] = [];
    const store = new ReviewStore();
    store.set(start());
    const actions = reviewActions(store, {
      titleOf: () => undefined,
      save: async () => undefined,
      saveFile: async (report) => void files.push(report),
      close: () => undefined,
    });
    return { store, actions, files };
  };

  it("saves nothing while nothing is accepted: a draft is never a report", async () => {
    const { store, actions, files } = actionsWith();
    await actions.saveFile();
    expect(files).toEqual([]);
    expect(store.state.message).toEqual({
      text: "No file saved: Accept at least one item: only accepted items are saved.",
      tone: "error",
    });
  });

  it("hands over the reviewed report: accepted items only, checked as an import is", async () => {
    const { store, actions, files } = actionsWith();
    actions.accept(figureBy("41").id);
    actions.reject(figureBy("14").id);
    await actions.saveFile();
    expect(files).toHaveLength(1);
    expect(files[0]!.figures.map((f) => f.id)).toEqual([figureBy("41").id]);
    expect(JSON.stringify(files[0])).not.toMatch(/"draft":/);
    expect(checkReport(JSON.parse(reportJson(files[0]))).problems).toEqual([]);
    expect(store.state.message?.text).toMatch(/^ferry-capsizes-on-the-meghna\.json was handed to the browser to save\./);
  });
});

describe("the place picker's labels", () => {
  it("show a place's kind, and its division and country when the gazetteer gave them (optional fields)", () => {
    const gazaria = placeNamed("Gazaria");
    expect(placeLabel(gazaria)).toBe("Gazaria (town)");
    const matched = { ...gazaria, country: "Bangladesh", division: "Dhaka Division" };
    expect(placeLabel(matched)).toBe("Gazaria (town · Dhaka Division, Bangladesh)");
    // A country is not repeated as its own country.
    const bangladesh = { ...placeNamed("Bangladesh"), country: "Bangladesh" };
    expect(placeLabel(bangladesh)).toBe("Bangladesh (country)");
  });
});
