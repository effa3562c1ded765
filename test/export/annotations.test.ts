import { ANNOTATION_CONTEXT, QUOTE_CONTEXT, reportAnnotations, type Annotation } from "../../src/export/annotations";
import { openReport } from "../../src/query";
import { bundled } from "../support/bundled";

const report = bundled.report;
const text = report.source.text;
const collection = reportAnnotations(bundled);
const items = collection.first.items;
const byId = new Map(items.map((a) => [a.id, a]));
const annotationOf = (factId: string) => byId.get(`urn:report-data:${report.source.id.replace("report:", "")}:${factId}`)!;

/** Every problem with an annotation's shape or its selectors against the text, as sentences. */
function shapeProblems(a: Annotation): string[] {
  const problems: string[] = [];
  if (a.type !== "Annotation") problems.push(`${a.id}: type ${a.type}`);
  if (!/^[a-z][a-z0-9+.-]*:/.test(a.id)) problems.push(`${a.id}: id is not an IRI`);
  if (a.body.length === 0) problems.push(`${a.id}: no body`);
  const [quote, position] = a.target.selector;
  if (quote.type !== "TextQuoteSelector" || position.type !== "TextPositionSelector") problems.push(`${a.id}: selector types`);
  if (text.slice(position.start, position.end) !== quote.exact) problems.push(`${a.id}: exact is not the text at start..end`);
  if (text.slice(position.start - (quote.prefix ?? "").length, position.start) !== (quote.prefix ?? ""))
    problems.push(`${a.id}: prefix`);
  if (text.slice(position.end, position.end + (quote.suffix ?? "").length) !== (quote.suffix ?? ""))
    problems.push(`${a.id}: suffix`);
  if ((quote.prefix ?? "").length !== Math.min(QUOTE_CONTEXT, position.start)) problems.push(`${a.id}: prefix length`);
  if ((quote.suffix ?? "").length !== Math.min(QUOTE_CONTEXT, text.length - position.end))
    problems.push(`${a.id}: suffix length`);
  for (const body of a.body) {
    if (body.type === "TextualBody" && body.format === "application/json") JSON.parse(body.value);
  }
  return problems;
}

describe("the W3C Web Annotation export", () => {
  it("is an AnnotationCollection in the annotation context with one page holding every item", () => {
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.first.type).toBe("AnnotationPage");
    expect(collection.total).toBe(items.length);
  });

  it("has one annotation per figure, statement, quote, event and mention", () => {
    const quotes = report.statements.reduce((n, s) => n + s.quotes.length, 0);
    const mentions = [...report.actors, ...report.places].reduce((n, e) => n + e.mentions.length, 0);
    expect(items).toHaveLength(report.figures.length + report.statements.length + quotes + report.events.length + mentions);
  });

  it("gives every annotation a unique IRI and selectors whose exact words are the text at start..end", () => {
    expect(byId.size).toBe(items.length);
    expect(items.flatMap(shapeProblems)).toEqual([]);
  });

  it("describes a figure by its value, qualifier, measure and attribution, targeting the number's words", () => {
    const gaza = report.figures.find((f) => f.subject.id === "place:gaza-strip" && f.measure === "killed")!;
    const a = annotationOf(gaza.id);
    expect(a.target.selector[0].exact).toBe(gaza.valueText.exact);
    const json = a.body.find((b) => b.type === "TextualBody" && b.format === "application/json");
    expect(JSON.parse((json as { value: string }).value)).toMatchObject({
      measure: "killed",
      value: gaza.value,
      qualifier: gaza.qualifier,
      attribution: { basis: gaza.attribution.basis },
    });
    expect(a.body).toContainEqual({ type: "TextualBody", purpose: "tagging", value: "killed", format: "text/plain" });
    expect(
      a.body.some((b) => b.type === "SpecificResource" && b.purpose === "identifying" && b.source.label === "Gaza Strip"),
    ).toBe(true);
  });

  it("names a statement's speaker and kind, and links each quote to its statement", () => {
    const s = report.statements.find((st) => st.quotes.length > 0)!;
    const a = annotationOf(s.id);
    const speaker = report.actors.find((x) => x.id === s.speaker)!.name;
    const described = a.body.find((b) => b.type === "TextualBody" && b.purpose === "describing" && b.format === "text/plain");
    expect((described as { value: string }).value).toBe(`${speaker} (${s.kind}): ${s.text.exact}`);
    const quote = annotationOf(`${s.id}/quote/1`);
    expect(quote.target.selector[1]).toEqual({ type: "TextPositionSelector", start: s.quotes[0]!.start, end: s.quotes[0]!.end });
    expect(quote.body).toContainEqual({ type: "SpecificResource", purpose: "linking", source: { id: a.id } });
  });

  it("identifies every mention of an actor", () => {
    const actor = report.actors.find((x) => x.mentions.length > 1)!;
    const mentions = items.filter((a) => a.motivation === "identifying" && a.id.includes(`${actor.id}/mention/`));
    expect(mentions.map((a) => a.target.selector[1].start)).toEqual(actor.mentions.map((m) => m.start));
  });

  it("targets the report's URL when it has one, else the text's own ni: IRI, and finds a shape problem it should", () => {
    expect(items[0]!.target.source).toMatch(/^ni:\/\/\/sha-256;[A-Za-z0-9_-]{43}$/);
    const withUrl = openReport({ ...report, source: { ...report.source, url: "https://news.example/iran" } });
    expect(reportAnnotations(withUrl).first.items[0]!.target.source).toBe("https://news.example/iran");
    const moved: Annotation = JSON.parse(JSON.stringify(items[0]));
    moved.target.selector[1].start += 1;
    expect(shapeProblems(moved).length).toBeGreaterThan(0);
  });

  it("lets the caller choose the ids' base", () => {
    const custom = reportAnnotations(bundled, { base: "https://example.org/anno" });
    expect(custom.first.items.every((a) => a.id.startsWith("https://example.org/anno:"))).toBe(true);
    expect(ANNOTATION_CONTEXT).toBe(collection["@context"]);
  });
});
