/**
 * Proves every hand-made truth against its article: the shared dataset check (schema, ids, references, offsets), then
 * what only a truth needs: its numbers, qualifiers, quotes and names in the text's words, and every numeral of the
 * text accounted for. What a truth file says is scored by the bench, so a wrong offset or
 * a lost number here would score the extractor against a mistake.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReport } from "../../src/model/check-report";
import { ReportSchema, type Report } from "../../src/model/report";
import type { Span } from "../../src/model/span";
import { QUALIFIERS } from "../../src/model/vocabulary";
import { HELD_OUT_TRUTHS } from "./held-out-truths";
import { TRUTH_SETS } from "./truth-sets";
import { TRUTHS } from "./truths";
import { spansIn } from "../../src/model/spans-in";

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** The numbers a piece of text writes: "2,750", "1.2 million", "half a million", "six", "a dozen", "two dozen". */
function numbersIn(words: string): number[] {
  const found: number[] = [];
  const lower = words.toLowerCase();
  for (const m of lower.matchAll(/(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion))?/g)) {
    found.push(Math.round(Number(m[1]!.replace(/,/g, "")) * (m[2] ? SCALES[m[2]]! : 1)));
  }
  for (const m of lower.matchAll(/\b(half a|a|an|[a-z]+)\s+(thousand|million|billion)\b/g)) {
    const head = m[1] === "half a" ? 0.5 : m[1] === "a" || m[1] === "an" ? 1 : NUMBER_WORDS[m[1]!];
    if (head !== undefined) found.push(head * SCALES[m[2]!]!);
  }
  for (const m of lower.matchAll(/\b([a-z]+)\s+dozen\b/g)) {
    const head = m[1] === "a" ? 1 : NUMBER_WORDS[m[1]!];
    if (head !== undefined) found.push(head * 12);
  }
  for (const m of lower.matchAll(/\b[a-z]+\b/g)) if (m[0] in NUMBER_WORDS) found.push(NUMBER_WORDS[m[0]]!);
  return found;
}

/** Numerals a reader sees: digits, number words, and the vague words a careless extractor might count. */
const NUMERAL =
  /\d+(?:,\d{3})*(?:\.\d+)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?|billions?)\b/gi;

const OPENING = /["“'‘]/;
const CLOSING = /["”'’]/;

/** Double-quoted passages, a passage running over a paragraph break counted once per paragraph (wire style). */
function doubleQuotedPassages(text: string): Array<{ start: number; end: number }> {
  const passages: Array<{ start: number; end: number }> = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (open === null && /["“]/.test(c)) open = i + 1;
    else if (open !== null && /["”]/.test(c)) {
      passages.push({ start: open, end: i });
      open = null;
    } else if (open !== null && c === "\n") {
      passages.push({ start: open, end: i });
      open = /["“]/.test(text[i + 1] ?? "") ? i + 2 : null;
      if (open !== null) i++;
    }
  }
  return passages;
}

/** Issue 11 asks for at least eight test articles; the held-out set has four more, annotated apart. */
const MINIMUM_ARTICLES = 8;
const HELD_OUT_ARTICLES = 4;

it(`has at least ${MINIMUM_ARTICLES} test articles and ${HELD_OUT_ARTICLES} held-out ones`, () => {
  expect(Object.keys(TRUTHS).length).toBeGreaterThanOrEqual(MINIMUM_ARTICLES);
  expect(Object.keys(HELD_OUT_TRUTHS).length).toBe(HELD_OUT_ARTICLES);
});

const articles = TRUTH_SETS.flatMap(({ name, dir, truths }) =>
  Object.entries(truths).map(([slug, truth]) => ({ label: `${name}: ${slug}`, slug, dir, truth })),
);

describe.each(articles)("$label", ({ slug, dir, truth }) => {
  const text = readFileSync(join(dir, `${slug}.txt`), "utf8");
  const json: unknown = JSON.parse(readFileSync(join(dir, `${slug}.truth.json`), "utf8"));
  const parsed = ReportSchema.safeParse(json);
  const report = (parsed.success ? parsed.data : json) as Report;
  const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/^the /, "");

  // The shared dataset check (src/model/check-report.ts, proved in test/data/corrupt-dataset.test.ts): the schema
  // with the article's vocabulary, ids used once, every reference resolved, every span's exact text at its offsets.
  it("passes the dataset check: schema, unique ids, resolved references, spans at their offsets", () => {
    expect(checkReport(json).problems).toEqual([]);
  });

  it("is the JSON its truth.ts generates today (run npx tsx test/extract/build-truth.ts)", () => {
    expect(json).toEqual(JSON.parse(JSON.stringify(truth())));
  });

  it("is a wire-style article of 350-900 words, NFC, LF, no astral characters", () => {
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(350);
    expect(words).toBeLessThanOrEqual(900);
    expect(text.normalize("NFC")).toBe(text);
    expect(text).not.toMatch(/\r/);
    expect([...text].length).toBe(text.length);
    expect(report.source.text).toBe(text);
  });

  it("anchors its items by well over forty spans", () => {
    expect(spansIn({ ...report, source: undefined }).length).toBeGreaterThan(40);
  });

  it("names every actor and place where the text does, under its name or an alias", () => {
    const wrong = [...report.actors, ...report.places].flatMap((r) =>
      r.mentions
        .filter((m) => ![r.name, ...r.aliases].map(fold).some((n) => fold(m.exact).includes(n)))
        .map((m) => `${r.id}: ${m.exact}`),
    );
    expect(wrong).toEqual([]);
  });

  describe("figures", () => {
    it("show their value in their own words (both ends of a range), or in the words of their parts", () => {
      const unproven = report.figures.filter((f) => {
        if (f.parts) {
          const partsProven = f.parts.every((p) => numbersIn(p.text.exact).includes(p.value));
          return !partsProven || f.parts.reduce((sum, p) => sum + p.value, 0) !== f.value.best;
        }
        const numbers = numbersIn(f.valueText.exact);
        if (f.qualifier === "range") return !numbers.includes(f.value.low!) || !numbers.includes(f.value.high!);
        return !numbers.includes(f.value.best);
      });
      expect(unproven.map((f) => `${f.id}: ${f.valueText.exact}`)).toEqual([]);
    });

    it("keep a canonical qualifier as written at the start of the value's words", () => {
      const lost = report.figures.filter((f) => {
        if (f.qualifier === "range") return numbersIn(f.valueText.exact).length < 2;
        if (f.qualifier === "exact") {
          return QUALIFIERS.some((q) => q !== "exact" && q !== "range" && fold(f.valueText.exact).startsWith(`${q} `));
        }
        return !fold(f.valueText.exact).startsWith(f.qualifier);
      });
      expect(lost.map((f) => `${f.id}: ${f.qualifier} / ${f.valueText.exact}`)).toEqual([]);
    });

    it("lie inside their evidence, with their measure's words and attribution in the text", () => {
      const outside = report.figures.filter((f) => f.valueText.start < f.evidence.start || f.valueText.end > f.evidence.end);
      expect(outside.map((f) => f.id)).toEqual([]);
      for (const f of report.figures) expect([f.id, f.attribution.actor === null]).toEqual([f.id, f.attribution.basis === null]);
    });

    it("name their source in the report's words: the credited actor's name or alias", () => {
      const wrong = report.figures.filter((f) => {
        const words = f.attribution.text;
        const actor = report.actors.find((a) => a.id === f.attribution.actor);
        return words && (!actor || ![actor.name, ...actor.aliases].map(fold).includes(fold(words.exact)));
      });
      expect(wrong.map((f) => `${f.id}: ${f.attribution.text?.exact}`)).toEqual([]);
    });
  });

  describe("statements", () => {
    it("quote only what lies between quote marks (straight, curly or single; or up to a paragraph break the next paragraph reopens)", () => {
      const unquoted = report.statements.flatMap((s) =>
        s.quotes
          .filter((q) => {
            const before = text[q.start - 1] ?? "";
            const after = text[q.end] ?? "";
            const continued = after === "\n" && OPENING.test(text[q.end + 1] ?? "");
            return !OPENING.test(before) || !(CLOSING.test(after) || continued);
          })
          .map((q) => `${s.id}: ${q.exact}`),
      );
      expect(unquoted).toEqual([]);
    });

    it("have quotes exactly when their kind says so, each quote inside the statement's text or evidence", () => {
      for (const s of report.statements) {
        expect([s.id, s.quotes.length > 0]).toEqual([s.id, s.kind !== "paraphrase"]);
        for (const q of s.quotes) {
          const inside = (outer: Span) => outer.start <= q.start && q.end <= outer.end;
          expect([s.id, q.exact, inside(s.text) || inside(s.evidence)]).toEqual([s.id, q.exact, true]);
        }
      }
    });

    it("take in every double-quoted passage of three words or more, and no scare quote of one or two words", () => {
      const quoteSpans = report.statements.flatMap((s) => s.quotes);
      const isQuote = (p: { start: number; end: number }) => quoteSpans.some((q) => q.start === p.start && q.end === p.end);
      const passages = doubleQuotedPassages(text);
      const wordsOf = (p: { start: number; end: number }) => text.slice(p.start, p.end).split(/\s+/).filter(Boolean).length;
      const missed = passages.filter((p) => wordsOf(p) >= 3 && !isQuote(p)).map((p) => text.slice(p.start, p.end));
      const scare = passages.filter((p) => wordsOf(p) <= 2 && isQuote(p)).map((p) => text.slice(p.start, p.end));
      expect({ missed, scare }).toEqual({ missed: [], scare: [] });
    });
  });

  it("dates nothing after the publication date", () => {
    const published = report.source.published.value;
    const dated = [...report.figures, ...report.statements, ...report.events].flatMap((r) => (r.date ? [r.date] : []));
    expect(dated.filter((d) => (d.end ?? d.start) > published)).toEqual([]);
  });

  it("accounts for every numeral: a figure or part of one, a date, or listed with its reason", () => {
    const accounted: Span[] = [
      ...report.figures.flatMap((f) => [f.valueText, ...(f.parts ?? []).map((p) => p.text)]),
      ...[...report.figures, ...report.statements, ...report.events].flatMap((r) => (r.date?.text ? [r.date.text] : [])),
      ...report.otherNumerals.map((n) => n.text),
    ];
    const numerals = [...text.matchAll(NUMERAL)];
    expect(numerals.length).toBeGreaterThan(8);
    const missed = numerals
      .filter((m) => !accounted.some((s) => s.start <= m.index && m.index + m[0].length <= s.end))
      .map((m) => `${m[0]} at ${m.index}: ${text.slice(Math.max(0, m.index - 30), m.index + 30)}`);
    expect(missed).toEqual([]);
  });

  it("gives every listed numeral a reason and keeps it apart from the figures", () => {
    for (const n of report.otherNumerals) {
      expect(n.reason.length).toBeGreaterThan(2);
      const clash = report.figures.find((f) => f.valueText.start < n.text.end && n.text.start < f.valueText.end);
      expect([n.text.exact, clash?.id]).toEqual([n.text.exact, undefined]);
    }
  });
});
