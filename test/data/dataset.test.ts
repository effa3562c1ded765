import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema, type Report } from "../../src/model/report";
import type { Span } from "../../src/model/span";

const dataDir = join(__dirname, "..", "..", "data");
const articleBytes = readFileSync(join(dataDir, "article.txt"));
const text = articleBytes.toString("utf8");
const report: Report = ReportSchema.parse(JSON.parse(readFileSync(join(dataDir, "report.json"), "utf8")));

/** Every span in the dataset, with a path that says where it sits. */
function allSpans(value: unknown, path = "report"): Array<{ path: string; span: Span }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => allSpans(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (typeof record.start === "number" && typeof record.end === "number" && typeof record.exact === "string") {
    return [{ path, span: record as unknown as Span }];
  }
  return Object.entries(record).flatMap(([key, child]) => allSpans(child, `${path}.${key}`));
}

const spans = allSpans({ ...report, source: undefined });
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
};

/** The numbers a piece of text writes, in digits ("2,750", "$100 million") or words ("six"). */
function numbersIn(words: string): number[] {
  const found: number[] = [];
  for (const m of words.matchAll(/\$?(\d[\d,]*)(\s+million)?/g)) {
    found.push(Number(m[1]!.replace(/,/g, "")) * (m[2] ? 1_000_000 : 1));
  }
  for (const m of words.toLowerCase().matchAll(/\b[a-z]+\b/g)) {
    if (m[0] in NUMBER_WORDS) found.push(NUMBER_WORDS[m[0]]!);
  }
  return found;
}

describe("the source text", () => {
  it("is the report byte for byte, as its sha256 in source.json says", () => {
    const sha = createHash("sha256").update(articleBytes).digest("hex");
    expect(sha).toBe(report.source.sha256);
    expect(report.source.text).toBe(text);
  });

  it("is NFC with LF line ends and no astral characters, so code-point offsets equal string indexes", () => {
    expect(text.normalize("NFC")).toBe(text);
    expect(text).not.toMatch(/\r/);
    expect([...text].length).toBe(text.length);
  });

  it("marks the publication date as inferred", () => {
    expect(report.source.published.inferred).toBe(true);
  });
});

describe("every span", () => {
  it("finds well over a hundred spans to check", () => {
    expect(spans.length).toBeGreaterThan(100);
  });

  it("quotes the source exactly at its offsets", () => {
    const wrong = spans.filter(({ span }) => text.slice(span.start, span.end) !== span.exact).map(({ path }) => path);
    expect(wrong).toEqual([]);
  });
});

describe("ids and references", () => {
  const ids = [...report.actors, ...report.places, ...report.figures, ...report.statements, ...report.events].map((r) => r.id);
  const actorIds = new Set(report.actors.map((a) => a.id));
  const placeIds = new Set(report.places.map((p) => p.id));

  it("are unique", () => {
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("resolve: speakers, audiences, affiliations, attributions, subjects, event actors and places", () => {
    const dangling: string[] = [];
    const need = (id: string | null, set: Set<string>, where: string) => {
      if (id !== null && !set.has(id)) dangling.push(`${where} -> ${id}`);
    };
    for (const s of report.statements) {
      need(s.speaker, actorIds, s.id);
      s.audience.forEach((id) => need(id, actorIds, s.id));
      s.topics.forEach((t) => (t in report.topics ? null : dangling.push(`${s.id} -> topic ${t}`)));
    }
    for (const a of report.actors) need(a.affiliation, actorIds, a.id);
    for (const f of report.figures) {
      need(f.attribution.actor, actorIds, f.id);
      need(f.subject.id, f.subject.kind === "place" ? placeIds : actorIds, f.id);
    }
    for (const e of report.events) {
      e.actors.forEach((id) => need(id, actorIds, e.id));
      e.places.forEach((id) => need(id, placeIds, e.id));
    }
    expect(dangling).toEqual([]);
  });
});

describe("figures", () => {
  it("each show their value in their own words, or in the words of their parts", () => {
    const unproven = report.figures.filter((f) => {
      if (f.parts) {
        const partsProven = f.parts.every((p) => numbersIn(p.text.exact).includes(p.value));
        return !partsProven || f.parts.reduce((sum, p) => sum + p.value, 0) !== f.value.best;
      }
      return !numbersIn(f.valueText.exact).includes(f.value.best);
    });
    expect(unproven.map((f) => f.id)).toEqual([]);
  });

  it("keep the qualifier as written in the value's words", () => {
    const lost = report.figures.filter(
      (f) => f.qualifier !== "exact" && !f.valueText.exact.toLowerCase().startsWith(f.qualifier),
    );
    expect(lost.map((f) => f.id)).toEqual([]);
  });

  it("give a lower bound exactly when the wording does", () => {
    for (const f of report.figures) {
      const lowerBound = ["at least", "more than", "over", "exact"].includes(f.qualifier);
      expect([f.id, f.value.low]).toEqual([f.id, lowerBound ? f.value.best : null]);
    }
  });

  it("lie inside their evidence sentence", () => {
    const outside = report.figures.filter((f) => f.valueText.start < f.evidence.start || f.valueText.end > f.evidence.end);
    expect(outside.map((f) => f.id)).toEqual([]);
  });

  it("cover killed, injured and hostages for Israel, killed and injured for Gaza Strip and West Bank", () => {
    const keys = report.figures.map((f) => `${f.subject.id} ${f.measure}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        "place:israel killed",
        "place:israel injured",
        "place:israel hostages",
        "place:gaza-strip killed",
        "place:gaza-strip injured",
        "place:west-bank killed",
        "place:west-bank injured",
        "place:lebanon killed",
        "actor:hamas killed",
      ]),
    );
  });
});

describe("attributions", () => {
  it("name their source in the report's words: an actor's name or alias", () => {
    const fold = (s: string) => s.toLowerCase().replace(/^the /, "");
    const wrong = report.figures.filter((f) => {
      const text = f.attribution.text;
      const actor = report.actors.find((a) => a.id === f.attribution.actor);
      return text && (!actor || ![actor.name, ...actor.aliases].map(fold).includes(fold(text.exact)));
    });
    expect(wrong.map((f) => f.id)).toEqual([]);
  });

  it("are stated, implied or inferred, and only a figure with no named source has none", () => {
    for (const f of report.figures) expect([f.id, f.attribution.actor === null]).toEqual([f.id, f.attribution.basis === null]);
  });
});

describe("statements", () => {
  it("quote verbatim: every quote sits between quote marks in the text, straight or typographic", () => {
    const unquoted = report.statements.flatMap((s) =>
      s.quotes.filter((q) => !/["“]/.test(text[q.start - 1] ?? "") || !/["”]/.test(text[q.end] ?? "")).map(() => s.id),
    );
    expect(unquoted).toEqual([]);
  });

  it("have quotes exactly when their kind says so", () => {
    for (const s of report.statements) {
      expect([s.id, s.quotes.length > 0]).toEqual([s.id, s.kind !== "paraphrase"]);
    }
  });

  it("account for every quoted passage of the report (or the event it describes)", () => {
    const marks = [...text.matchAll(/["“”]/g)].map((m) => m.index);
    expect(marks.length % 2).toBe(0);
    const passages: Array<[number, number]> = [];
    for (let i = 0; i < marks.length; i += 2) passages.push([marks[i]! + 1, marks[i + 1]!]);
    const covered = (start: number, end: number) =>
      report.statements.some((s) => s.quotes.some((q) => q.start === start && q.end === end)) ||
      report.events.some((e) => e.evidence.start <= start && end <= e.evidence.end);
    expect(passages.filter(([s, e]) => !covered(s, e)).map(([s, e]) => text.slice(s, e))).toEqual([]);
  });

  it("keep the report's mismatched quote marks as they are", () => {
    const khamenei = report.statements.find((s) => s.id === "statement:khamenei-complete-victory")!;
    expect(text[khamenei.quotes[0]!.start - 1]).toBe("“");
    expect(text[khamenei.quotes[0]!.end]).toBe('"');
  });
});

describe("dates", () => {
  const dates = [...report.figures, ...report.statements, ...report.events].flatMap((r) => (r.date ? [r.date] : []));

  it("mark the year inferred unless the words write it", () => {
    for (const d of dates) expect(d.year).toBe(d.text && /\d{4}/.test(d.text.exact) ? "stated" : "inferred");
  });

  it("say every October date's year is inferred, since the report never writes 2023", () => {
    expect(text).not.toMatch(/2023/);
    const october = dates.filter((d) => d.start.startsWith("2023"));
    expect(october.length).toBeGreaterThan(10);
    expect(october.every((d) => d.year === "inferred")).toBe(true);
  });
});

describe("every number in the text", () => {
  it("is a figure, part of one, a date, or a numeral listed with its reason", () => {
    const accounted: Span[] = [
      ...report.figures.flatMap((f) => [f.valueText, ...(f.parts ?? []).map((p) => p.text)]),
      ...[...report.figures, ...report.statements, ...report.events].flatMap((r) => (r.date?.text ? [r.date.text] : [])),
      ...report.otherNumerals.map((n) => n.text),
    ];
    const numerals = [
      ...text.matchAll(
        /\d+(?:,\d{3})*(?:\.\d+)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\b/gi,
      ),
    ];
    expect(numerals.length).toBeGreaterThan(15);
    const missed = numerals
      .filter((m) => !accounted.some((s) => s.start <= m.index && m.index + m[0].length <= s.end))
      .map((m) => `${m[0]} at ${m.index}`);
    expect(missed).toEqual([]);
  });
});

describe("actors and places", () => {
  it("are each mentioned where the text names them, under a name or alias they carry", () => {
    const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'");
    for (const r of [...report.actors, ...report.places]) {
      for (const m of r.mentions) {
        const names = [r.name, ...r.aliases].map(fold);
        const mention = fold(m.exact);
        expect([r.id, m.exact, names.some((n) => mention.includes(n)) || /^the |^a /i.test(m.exact)]).toEqual([
          r.id,
          m.exact,
          true,
        ]);
      }
    }
  });
});
