import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDraft } from "../../src/extract";
import { acceptDraft, DraftReportSchema, type Decisions } from "../../src/model/draft";
import { ReportSchema } from "../../src/model/report";

const article = readFileSync(join(__dirname, "../../data/article.txt"), "utf8");
const draft = extractDraft(article, { published: "2023-10-16", title: "Iran and the war" });

describe("the draft report", () => {
  it("follows the DraftReport schema, every item with a confidence (0-1) and a rule", () => {
    expect(DraftReportSchema.safeParse(draft).error?.issues ?? []).toEqual([]);
    const items = [...draft.figures, ...draft.statements, ...draft.actors, ...draft.places, ...draft.events];
    expect(items.length).toBeGreaterThan(30);
    for (const item of items) expect(item.draft.rule.length).toBeGreaterThan(0);
  });

  it("anchors every span to the text it was made from", () => {
    const text = draft.source.text;
    const spans = [
      ...draft.figures.flatMap((f) => [f.valueText, f.evidence, ...(f.measureText ? [f.measureText] : [])]),
      ...draft.statements.flatMap((s) => [s.text, s.evidence, ...s.quotes]),
      ...draft.actors.flatMap((a) => a.mentions),
      ...draft.places.flatMap((p) => p.mentions),
      ...draft.otherNumerals.map((n) => n.text),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.exact);
  });

  it("names an actor for every statement's speaker and a place or actor for every figure's subject", () => {
    const ids = new Set([...draft.actors, ...draft.places].map((x) => x.id));
    for (const s of draft.statements) expect(ids.has(s.speaker)).toBe(true);
    for (const f of draft.figures) if (f.subject) expect(ids.has(f.subject.id)).toBe(true);
  });
});

describe("accepting a draft", () => {
  const accept = (ids: string[]): Decisions => Object.fromEntries(ids.map((id) => [id, { status: "accepted" as const }]));

  it("keeps accepted items only, with the actors and places they need, as a valid Report", () => {
    const figure = draft.figures.find((f) => f.valueText.exact === "about 2,750")!;
    const statement = draft.statements.find((s) => s.quotes.some((q) => q.exact.startsWith("If the Israeli")))!;
    const rejected = draft.figures.find((f) => f.valueText.exact === "58")!;
    const { report, problems } = acceptDraft(draft, {
      ...accept([figure.id, statement.id]),
      [rejected.id]: { status: "rejected" },
    });
    expect(problems).toEqual([]);
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.figures.map((f) => f.id)).toEqual([figure.id]);
    expect(report.statements.map((s) => s.id)).toEqual([statement.id]);
    expect(report.places.map((p) => p.name)).toEqual(["Gaza Strip"]);
    expect(report.actors.map((a) => a.name).sort()).toEqual(["Hossein Amir-Abdollahian", "Palestinian Health Ministry"]);
    expect(JSON.stringify(report)).not.toContain('"draft"');
  });

  it("drops unreviewed items: no decisions, an empty report", () => {
    const { report } = acceptDraft(draft, {});
    expect([report.figures, report.statements, report.actors, report.places, report.events].map((x) => x.length)).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });

  it("applies a reviewer's edits, with bounds by the qualifier rule", () => {
    const figure = draft.figures.find((f) => f.valueText.exact === "58")!;
    const israel = draft.places.find((p) => p.name === "Israel")!;
    const { report } = acceptDraft(draft, {
      [figure.id]: {
        status: "accepted",
        edit: { value: { best: 60 }, qualifier: "at least", subject: { kind: "place", id: israel.id } },
      },
    });
    expect(report.figures[0]).toMatchObject({
      value: { best: 60, low: 60, high: null },
      qualifier: "at least",
      subject: { id: israel.id },
    });
  });

  it("prunes references to rejected items, and refuses an accepted item whose required reference was rejected", () => {
    const figure = draft.figures.find((f) => f.valueText.exact === "about 2,750")!;
    const ministry = draft.actors.find((a) => a.name === "Palestinian Health Ministry")!;
    const { report } = acceptDraft(draft, { [figure.id]: { status: "accepted" }, [ministry.id]: { status: "rejected" } });
    expect(report.figures[0]!.attribution).toEqual({ actor: null, basis: null });
    expect(report.actors).toEqual([]);

    const { report: without, problems } = acceptDraft(draft, {
      [figure.id]: { status: "accepted" },
      [figure.subject!.id]: { status: "rejected" },
    });
    expect(without.figures).toEqual([]);
    expect(problems).toEqual([{ id: figure.id, message: expect.stringMatching(/was rejected/) }]);
  });

  it("refuses a figure with no place until the reviewer gives one", () => {
    const d = extractDraft("Twelve people drowned when the ferry capsized.", { published: "2024-06-01" });
    const figure = d.figures[0]!;
    expect(figure.subject).toBeNull();
    expect(acceptDraft(d, { [figure.id]: { status: "accepted" } }).problems[0]?.message).toMatch(/no place or group/);
  });
});
