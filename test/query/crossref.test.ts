import { crossReference, evidenceForCell as evidenceIn, search } from "../../src/query";
import { bundled } from "../support/bundled";

const evidenceForCell = (formula: unknown, value: unknown) => evidenceIn(bundled, formula, value).matches;

describe("cross-referencing a cell value", () => {
  it("finds the figures a number matches, as a number or as text with thousands separators", () => {
    expect(crossReference(bundled, 2750).map((m) => m.id)).toEqual(["figure:gaza-strip-killed"]);
    expect(crossReference(bundled, "1,400").map((m) => m.id)).toEqual(["figure:israel-killed"]);
    expect(crossReference(bundled, 12345)).toEqual([]);
  });

  it("finds an actor by any alias, with their statements", () => {
    const matches = crossReference(bundled, "Supreme Leader");
    expect(matches.map((m) => m.kind)).toEqual(["actor", "statement", "statement", "statement"]);
    expect(matches[0]!.label).toBe("Ali Khamenei");
  });

  it("finds a place's figures", () => {
    expect(crossReference(bundled, "West Bank").map((m) => m.id)).toEqual([
      "figure:west-bank-killed",
      "figure:west-bank-injured",
    ]);
  });

  it("finds the statement a phrase comes from, quote marks folded", () => {
    const [match] = crossReference(bundled, "“rising up for their rights”");
    expect(match).toMatchObject({ kind: "statement", id: "statement:raisi-new-generation", label: "Ebrahim Raisi (mixed)" });
  });

  it("finds nothing for blanks and unknown words", () => {
    expect(crossReference(bundled, "")).toEqual([]);
    expect(crossReference(bundled, "zebra")).toEqual([]);
    expect(crossReference(bundled, true)).toEqual([]);
  });
});

describe("the evidence behind a cell", () => {
  it("follows a REPORT formula to its figure or statement", () => {
    expect(evidenceForCell('=REPORT.CASUALTIES("Gaza","killed")', 2750).map((m) => m.id)).toEqual(["figure:gaza-strip-killed"]);
    expect(evidenceForCell('=report.statement("Khamenei",2)', "...").map((m) => m.id)).toEqual([
      "statement:khamenei-islams-power",
    ]);
    expect(evidenceForCell('=REPORT.WHO("genocide machine")', "Ebrahim Raisi").map((m) => m.id)).toEqual([
      "statement:raisi-stop-war-crimes",
    ]);
  });

  it("follows a card to its figure, place or actor", () => {
    expect(evidenceForCell('=REPORT.CARD("Gaza killed")', "Gaza Strip killed").map((m) => m.id)).toEqual([
      "figure:gaza-strip-killed",
    ]);
    expect(evidenceForCell('=REPORT.CARD("West Bank")', "West Bank").map((m) => m.id)).toEqual([
      "figure:west-bank-killed",
      "figure:west-bank-injured",
    ]);
    expect(evidenceForCell('=REPORT.CARD("Haniyeh")', "Ismail Haniyeh")[0]!.id).toBe("actor:haniyeh");
  });

  it("falls back to the value when the cell holds no REPORT formula", () => {
    expect(evidenceForCell(58, 58).map((m) => m.id)).toEqual(["figure:west-bank-killed"]);
    expect(evidenceForCell("=SUM(A1:A3)", 9).map((m) => m.id)).toEqual(["figure:lebanon-attacks"]);
  });
});

describe("searching the report", () => {
  it("matches names, aliases and words of quotes in every section at once", () => {
    const hits = search(bundled, "khamenei");
    expect(hits.statements.size).toBe(3);
    expect([...hits.actors]).toEqual(["actor:khamenei"]);
    expect(hits.figures.size).toBe(0);
  });

  it("folds apostrophes and quote marks", () => {
    const straight = search(bundled, "regime's crimes").statements;
    expect(straight).toContain("statement:amir-abdollahian-any-possibility");
    expect(search(bundled, "regime’s crimes").statements).toEqual(straight);
    expect(search(bundled, "“regime's crimes”").statements).toEqual(straight);
  });

  it("matches every word, and everything when empty", () => {
    expect([...search(bundled, "health ministry gaza").figures]).toEqual([
      "figure:gaza-strip-killed",
      "figure:gaza-strip-injured",
    ]);
    expect(search(bundled, "").figures.size).toBe(12);
  });
});
