import { createHash } from "node:crypto";
import { openReport } from "../../src/query";
import { spansIn } from "../../src/model/spans-in";
import { readReportBytes, readReportFile, sizeRefusal } from "../../src/store/report-file";
import { secondReport } from "../fixtures/second-report/build";

type Mutable = Record<string, unknown> & ReturnType<typeof secondReport>;
const json = (value: unknown) => JSON.stringify(value);
const withText = (report: Mutable, text: string) => {
  report.source = { ...report.source, text, sha256: createHash("sha256").update(text).digest("hex") };
  return report;
};
/** Every span of `report` moved by `by` (a span object may sit in two places: each moves once). */
function shiftSpans<T extends object>(report: T, by: number): T {
  for (const span of new Set(spansIn({ ...report, source: undefined }).map((s) => s.span))) {
    span.start += by;
    span.end += by;
  }
  return report;
}
/** The second report with "🙂 " before its text (three UTF-16 code units, two code points), its spans moved by three. */
function withEmoji() {
  const report = secondReport();
  withText(report as Mutable, `🙂 ${report.source.text}`);
  return shiftSpans(report, 3);
}
/** Refused with one problem, on one line, that says `what`. */
async function refusedWith(text: string | Uint8Array, what: RegExp) {
  const checked = typeof text === "string" ? await readReportFile(text) : await readReportBytes(text);
  expect(checked.ok).toBe(false);
  if (checked.ok) return;
  expect(checked.problems.length).toBeGreaterThan(0);
  expect(checked.problems.length).toBeLessThanOrEqual(50);
  expect(`${checked.problems[0]!.path}: ${checked.problems[0]!.message}`).toMatch(what);
  for (const p of checked.problems) expect(p.message).not.toMatch(/\n|native code|TypeError|at .*\(/);
}

describe("hostile report files get one clear answer", () => {
  it.each(["constructor", "__proto__", "toString"])("a qualifier named %s is an unknown qualifier", async (qualifier) => {
    const report = secondReport();
    report.figures[0]!.qualifier = qualifier;
    await refusedWith(json(report), /^figures\.0\.qualifier: unknown qualifier/);
  });

  it("a report vocabulary with a measure named toString or constructor works like any other", async () => {
    const report = secondReport();
    report.vocabulary = { ...report.vocabulary, measures: { toString: ["to string"], constructor: ["builder"] } };
    report.figures[0]!.measure = "toString";
    const checked = await readReportFile(json(report));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(() => openReport(checked.report)).not.toThrow();
  });

  it("a statement topic named constructor is an unknown topic", async () => {
    const report = secondReport();
    report.statements[0]!.topics = ["constructor"];
    await refusedWith(json(report), /^statements\.0\.topics\.0: no topic 'constructor'/);
  });

  it("12,000 empty figures are refused in bounded time, with no stack overflow (jitless zod, as in the pane)", async () => {
    const report = secondReport() as unknown as Mutable;
    report.figures = Array.from({ length: 12_000 }, () => ({})) as never;
    await refusedWith(json(report), /12\d{3} records .*may hold 5000/);
  });

  it("a file over 5 MB is refused before it is read", () => {
    expect(sizeRefusal(6_000_000)?.ok).toBe(false);
    expect(sizeRefusal(1_000)).toBeUndefined();
  });

  it("a byte-order mark is stripped", async () => {
    expect((await readReportFile(`\uFEFF${json(secondReport())}`)).ok).toBe(true);
    expect((await readReportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(json(secondReport()))]))).ok).toBe(true);
  });

  it("a key written twice is named", async () => {
    const text = json(secondReport()).replace(/^\{/, '{"figures":[],');
    await refusedWith(text, /^\(root\): the key "figures" is written twice/);
  });

  it("invalid UTF-8 is named with its byte offset", async () => {
    const bytes = Buffer.from(json(secondReport()));
    const at = bytes.indexOf(Buffer.from('"text"')) + 9;
    bytes[at] = 0xff;
    await refusedWith(new Uint8Array(bytes), new RegExp(`not UTF-8: byte ${at} \\(0xff\\)`));
  });

  it("a report whose text has an emoji is valid (offsets in UTF-16 code units)", async () => {
    const checked = await readReportFile(json(withEmoji()));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it("a report with an emoji reads the same whether its file counts UTF-16 code units or code points", async () => {
    const inUnits = withEmoji();
    const inPoints = shiftSpans(structuredClone(inUnits), -1); // "🙂 " is two code points
    inPoints.source.offsetUnit = "unicode code point";
    const fromUnits = await readReportFile(json(inUnits));
    const fromPoints = await readReportFile(json(inPoints));
    expect(fromUnits.ok ? [] : fromUnits.problems).toEqual([]);
    expect(fromPoints.ok ? [] : fromPoints.problems).toEqual([]);
    if (!fromUnits.ok || !fromPoints.ok) return;
    expect(fromPoints.report.source.offsetUnit).toBe("utf-16 code unit");
    expect(fromPoints.report).toEqual(fromUnits.report);
    const figure = fromPoints.report.figures[0]!;
    expect(fromPoints.report.source.text.slice(figure.evidence.start, figure.evidence.end)).toBe(figure.evidence.exact);
  });

  it("a file that says code points but counts UTF-16 code units past an emoji is refused, not shifted", async () => {
    const report = withEmoji();
    report.source.offsetUnit = "unicode code point";
    await refusedWith(json(report), /is not the source text at/);
  });

  it("an evidence span of 130,000 words is refused with one line, no RangeError", async () => {
    const report = secondReport();
    const long = "word ".repeat(130_000).trim();
    const figure = report.figures[0] as unknown as Record<string, { start: number; end: number; exact: string }>;
    const key = Object.keys(figure).find((k) => figure[k] && typeof figure[k].exact === "string")!;
    figure[key] = { start: 0, end: long.length, exact: long };
    await refusedWith(json(report), new RegExp(`^figures\\.0\\.${key}: .*is not the source text`));
  });
});

describe("a report file whose text was edited after its facts were anchored", () => {
  it("re-anchors what moved by its quote, says what moved, and lists what it cannot find by path", async () => {
    const report = secondReport();
    const figure = report.figures[0]!;
    const quote = figure.valueText.exact!;
    // An editor's sentence added at the top: every span after it moves by its length.
    const edited = withText(report as Mutable, `Updated with a correction.\n${report.source.text}`);
    const strict = await readReportFile(json(edited));
    expect(strict.ok).toBe(false);
    const read = await readReportFile(json(edited), { reanchor: true });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.moved!.length).toBeGreaterThan(10);
    expect(read.moved).toContainEqual(expect.stringMatching(/^figures\.0\.valueText: moved from \d+ to \d+$/));
    const at = read.report.figures[0]!.valueText;
    expect(read.report.source.text.slice(at.start, at.end)).toBe(quote);

    // A quote taken out of the text cannot be re-found: an orphan, named by its path.
    const cut = secondReport();
    const gone = cut.figures[0]!.valueText;
    const text = cut.source.text.slice(0, gone.start) + "X".repeat(gone.end - gone.start) + cut.source.text.slice(gone.end);
    const orphaned = await readReportFile(json(withText(cut as Mutable, text)), { reanchor: true });
    expect(orphaned.ok).toBe(false);
    if (!orphaned.ok) expect(orphaned.problems.map((p) => p.path)).toContain("figures.0.valueText");
  });

  it("takes the occurrence its W3C prefix and suffix point to, not the nearest", async () => {
    const report = secondReport();
    const span = report.statements[0]!.evidence as {
      start: number;
      end: number;
      exact: string;
      prefix?: string;
      suffix?: string;
    };
    const quote = span.exact;
    const before = report.source.text.slice(0, span.start);
    const after = report.source.text.slice(span.end);
    // A correction quoting the same words, in other words around them, now stands where the quote stood; the quote
    // itself, in its own context, comes after it.
    const decoy = `Correction: ${quote} [end of correction]\n`;
    const context = before.slice(-200);
    withText(report as Mutable, `${before}${decoy}${context}${quote}${after}`);
    span.prefix = before.slice(-32);
    span.suffix = after.slice(0, 32);
    const read = await readReportFile(json(report), { reanchor: true });
    expect(read.ok ? [] : read.problems).toEqual([]);
    if (!read.ok) return;
    expect(read.report.statements[0]!.evidence.start).toBe(before.length + decoy.length + context.length);
    // Without them, the nearest occurrence (the correction's) would be taken.
    delete span.prefix;
    delete span.suffix;
    const nearest = await readReportFile(json(report), { reanchor: true });
    expect(nearest.ok && nearest.report.statements[0]!.evidence.start).toBe(before.length + "Correction: ".length);
  });

  it("re-anchors a quote whose spacing or punctuation was edited, and says so, but never one whose figures changed", async () => {
    const report = secondReport();
    const evidence = report.figures[0]!.evidence;
    const respaced = evidence.exact.replace("Gaza Strip", "Gaza  Strip").replace("Tuesday,", "Tuesday;");
    const text = report.source.text;
    withText(report as Mutable, `${text.slice(0, evidence.start)}${respaced}${text.slice(evidence.end)}`);
    const read = await readReportFile(json(report), { reanchor: true });
    expect(read.ok ? [] : read.problems).toEqual([]);
    if (!read.ok) return;
    expect(read.report.figures[0]!.evidence.exact).toBe(respaced);
    expect(read.moved).toContainEqual(
      expect.stringMatching(/^figures\.0\.evidence: moved from 53 to 53 \(its spacing or punctuation was edited/),
    );

    const changed = secondReport();
    const figureText = changed.source.text.replace("more than 3,000", "more than 3,400");
    const refused = await readReportFile(json(withText(changed as Mutable, figureText)), { reanchor: true });
    expect(refused.ok).toBe(false);
    // The figure and the event that stand on the edited sentence are orphans, named by path.
    if (!refused.ok)
      expect(refused.problems.map((p) => p.path)).toEqual(["figures.0.valueText", "figures.0.evidence", "events.0.evidence"]);
  });

  it("offers the report without its orphans: how many, and which records it drops", async () => {
    const report = secondReport();
    const figureText = report.source.text.replace("more than 3,000", "more than 3,400");
    const refused = await readReportFile(json(withText(report as Mutable, figureText)), { reanchor: true });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.orphans?.count).toBe(3);
    expect(refused.orphans?.dropped).toEqual(["figures.0 (figure:gaza-strip-killed)", `events.0 (${report.events[0]!.id})`]);
    const kept = refused.orphans!.report;
    expect(kept.figures.map((f) => f.id)).toEqual(report.figures.slice(1).map((f) => f.id));
    expect(kept.events.map((e) => e.id)).toEqual(report.events.slice(1).map((e) => e.id));
    expect(kept.statements).toHaveLength(report.statements.length);
    // The report without them is a whole report: it reads back without a problem.
    expect((await readReportFile(json(kept))).ok).toBe(true);
  });
});
