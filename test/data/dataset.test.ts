import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema, type Report } from "../../src/model/report";
import type { Span } from "../../src/model/span";
import { spansIn } from "../../src/model/spans-in";

const dataDir = join(__dirname, "..", "..", "data");
const articleBytes = readFileSync(join(dataDir, "article.txt"));
const text = articleBytes.toString("utf8");
const parsed: Report = ReportSchema.parse(JSON.parse(readFileSync(join(dataDir, "report.json"), "utf8")));

/** Fields optional for report files written before them, which the bundled report must carry. */
type Complete<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };
type BundledReport = Omit<Report, "actors" | "places" | "statements" | "events" | "nonMentions"> & {
  actors: Array<Complete<Report["actors"][number], "lookupOnly">>;
  places: Array<Complete<Report["places"][number], "lookupOnly">>;
  statements: Array<Complete<Report["statements"][number], "source">>;
  events: Array<Complete<Report["events"][number], "source" | "claimedBy" | "quotes">>;
  nonMentions: NonNullable<Report["nonMentions"]>;
};
const report = parsed as BundledReport;

/** Every span in the dataset (each with its words, as the file is written), with the path that says where it sits. */
const spans = spansIn({ ...report, source: undefined }) as Array<{ path: string; span: Span }>;
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

describe("the bundled report", () => {
  it("carries every field that report files may leave out: lookup-only names, sources, claims, event quotes, non-mentions", () => {
    const missing = [
      ...parsed.actors.filter((a) => !a.lookupOnly).map((a) => a.id),
      ...parsed.places.filter((p) => !p.lookupOnly).map((p) => p.id),
      ...parsed.statements.filter((st) => !st.source).map((st) => st.id),
      ...parsed.events.filter((e) => !e.source || !e.claimedBy || !e.quotes).map((e) => e.id),
      ...(parsed.nonMentions ? [] : ["nonMentions"]),
    ];
    expect(missing).toEqual([]);
  });
});

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
      e.claimedBy.forEach((c) => need(c.actor, actorIds, e.id));
    }
    for (const r of [...report.statements, ...report.events]) need(r.source.actor, actorIds, r.id);
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
        "actor:hamas-operatives killed",
      ]),
    );
  });
});

/** Figures' attributions and the sources of statements and events, with the sentence each belongs to. */
const credits = [
  ...report.figures.map((f) => ({ id: f.id, credit: f.attribution, evidence: f.evidence })),
  ...[...report.statements, ...report.events].map((r) => ({ id: r.id, credit: r.source, evidence: r.evidence })),
];
const inside = (span: Span, outer: Span) => outer.start <= span.start && span.end <= outer.end;

describe("attributions and sources", () => {
  it("name their source in the report's words: an actor's name or alias", () => {
    const fold = (s: string) => s.toLowerCase().replace(/^the /, "");
    const wrong = credits.filter(({ credit }) => {
      const actor = report.actors.find((a) => a.id === credit.actor);
      return credit.text && (!actor || ![actor.name, ...actor.aliases].map(fold).includes(fold(credit.text.exact)));
    });
    expect(wrong.map((c) => c.id)).toEqual([]);
  });

  it("are stated, implied or inferred, and only a record with no credited source has none", () => {
    for (const { id, credit } of credits) expect([id, credit.actor === null]).toEqual([id, credit.basis === null]);
  });

  it("are stated only where the record's own sentence names the source", () => {
    const wrong = credits.filter(
      ({ credit, evidence }) => credit.basis === "stated" && !(credit.text && inside(credit.text, evidence)),
    );
    expect(wrong.map((c) => c.id)).toEqual([]);
  });

  it("carry the credits the report gives: the Iranian Foreign Ministry website for the Qatar meeting", () => {
    const meeting = report.events.find((e) => e.id === "event:meeting-haniyeh")!;
    expect(meeting.source).toMatchObject({ actor: "actor:iranian-foreign-ministry", basis: "stated" });
    expect(meeting.source.text!.exact).toBe("the Iranian Foreign Ministry website");
    const credited = report.statements.filter((s) => s.source.actor === "actor:iranian-foreign-ministry");
    expect(credited.length).toBe(5);
    expect(credited.every((s) => s.source.basis === "inferred")).toBe(true);
  });

  it("leave the Gaza figures' source, named only in the West Bank sentence, as our inference", () => {
    for (const id of ["figure:gaza-strip-killed", "figure:gaza-strip-injured"]) {
      const figure = report.figures.find((f) => f.id === id)!;
      expect(figure.attribution).toMatchObject({ actor: "actor:palestinian-health-ministry", basis: "inferred" });
      expect(inside(figure.attribution.text!, figure.evidence)).toBe(false);
    }
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

  it("account for every quoted passage of the report: a statement's quote, or an event's when no speaker is named", () => {
    const marks = [...text.matchAll(/["“”]/g)].map((m) => m.index);
    expect(marks.length % 2).toBe(0);
    const passages: Array<[number, number]> = [];
    for (let i = 0; i < marks.length; i += 2) passages.push([marks[i]! + 1, marks[i + 1]!]);
    const covered = (start: number, end: number) =>
      [...report.statements, ...report.events].some((r) => r.quotes.some((q) => q.start === start && q.end === end));
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

/** Every dated record with its date and its own sentence. */
const dated = [...report.figures, ...report.statements, ...report.events].flatMap((r) =>
  r.date ? [{ id: r.id, date: r.date, evidence: r.evidence }] : [],
);

describe("the basis rule (src/model/span.ts), applied to every date, setting, speaker and source", () => {
  it("dates: stated or implied only with words of the record's own sentence; the words are in its text", () => {
    const wrong = dated.filter(({ date, evidence }) => date.basis !== "inferred" && !(date.text && inside(date.text, evidence)));
    expect(wrong.map((d) => d.id)).toEqual([]);
  });

  it("dates: an inferred date says in a note what it was read from", () => {
    expect(dated.filter(({ date }) => date.basis === "inferred" && !date.note).map((d) => d.id)).toEqual([]);
  });

  it("dates: explicit relative words ('On the same day', 'On the following day') are implied, not weaker", () => {
    const relative = dated.filter(({ date }) => /same day|following day/i.test(date.text?.exact ?? ""));
    expect(relative.map((d) => [d.id, d.date.basis])).toEqual([
      ["statement:hezbollah-strikes", "implied"],
      ["event:meeting-qatari-emir", "implied"],
    ]);
  });

  it("dates: only what the report dates is dated (the opening sentence, Hezbollah's strikes, 'last week' are not)", () => {
    const undated = [
      "statement:amir-abdollahian-natural-reaction",
      "event:hezbollah-strikes-northern-israel",
      "event:israeli-helicopter-strikes",
      "figure:lebanon-attacks",
    ];
    const records = [...report.figures, ...report.statements, ...report.events].filter((r) => undated.includes(r.id));
    expect(records.map((r) => [r.id, r.date])).toEqual(records.map((r) => [r.id, null]));
    expect(records.length).toBe(undated.length);
  });

  it("settings: stated only with words of the statement's own sentence; unspecified exactly when no basis", () => {
    for (const st of report.statements) {
      expect([st.id, st.setting === "unspecified"]).toEqual([st.id, st.settingBasis === null]);
      const words = st.settingText;
      expect([st.id, st.settingBasis === "stated"]).toEqual([st.id, words !== undefined && inside(words, st.evidence)]);
    }
  });

  it("speakers: stated when the sentence names the speaker, implied when it says 'he' or 'they'", () => {
    for (const st of report.statements) {
      const speaker = report.actors.find((a) => a.id === st.speaker)!;
      const named = speaker.mentions.some((m) => inside(m, st.evidence));
      expect([st.id, st.speakerBasis]).toEqual([st.id, named ? "stated" : "implied"]);
      if (!named) expect(st.evidence.exact).toMatch(/\b(he|she|they|He|She|They)\b/);
    }
  });
});

describe("claims", () => {
  it("are recorded as claims: the rocket attacks by the Qassam Brigades and Hamas, the strikes by Hezbollah", () => {
    const claims = report.events.filter((e) => e.claimedBy.length > 0).map((e) => [e.id, e.claimedBy.map((c) => c.actor)]);
    expect(claims).toEqual([
      ["event:rockets-on-northern-israel", ["actor:qassam-brigades", "actor:hamas"]],
      ["event:hezbollah-strikes-northern-israel", ["actor:hezbollah"]],
    ]);
    for (const e of report.events.filter((e) => e.claimedBy.length > 0)) {
      expect(e.claimedBy.map((c) => c.text.exact).join(" ")).toMatch(/claimed|said/);
      expect(e.summary).toMatch(/claim|says/);
    }
  });
});

describe("six key Hamas operatives eliminated", () => {
  const figure = report.figures.find((f) => f.id === "figure:hamas-operatives-killed")!;

  it("counts the operatives (a group of Hamas), not people Hamas killed", () => {
    expect(figure.subject).toEqual({ kind: "actor", id: "actor:hamas-operatives", basis: "stated" });
    expect(report.actors.find((a) => a.id === "actor:hamas-operatives")!.affiliation).toBe("actor:hamas");
  });

  it("is dated only as 'after 2023-10-07', from the word 'following'", () => {
    expect(figure.date).toMatchObject({ start: "2023-10-07", bound: "after", basis: "stated", year: "inferred" });
    expect(figure.date!.text!.exact).toBe("following the Palestinian group's October 7 attack");
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

const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'");
const bare = (name: string) => name.replace(/^(the|a|an) /i, "");
const foldedText = fold(text);
const bearers = [...report.actors, ...report.places];
const namesOf = (r: (typeof bearers)[number]) => [r.name, ...r.aliases];

/** Where the text writes a name: case and apostrophe style aside, a whole word (a hyphen ends a word). */
function occurrences(name: string): Array<[number, number]> {
  const needle = fold(bare(name));
  const found: Array<[number, number]> = [];
  for (let at = foldedText.indexOf(needle); at >= 0; at = foldedText.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[end] ?? "")) found.push([at, end]);
  }
  return found;
}

describe("names and mentions", () => {
  it("mention spans are the name only: one of the bearer's names or aliases, without article or verb", () => {
    const wide = bearers.flatMap((r) =>
      r.mentions
        .filter((m) => /^(the|a|an) /i.test(m.exact) || !namesOf(r).some((n) => fold(bare(n)) === fold(m.exact)))
        .map((m) => `${r.id}: ${m.exact}`),
    );
    expect(wide).toEqual([]);
  });

  it("every occurrence of every name and alias is a mention of one who bears it, or listed with a reason", () => {
    const names = [...new Set(bearers.flatMap(namesOf).map((n) => fold(bare(n))))];
    const bearersOf = (name: string) => bearers.filter((r) => namesOf(r).some((n) => fold(bare(n)) === name));
    const missed: string[] = [];
    let checked = 0;
    for (const name of names) {
      const spans = bearersOf(name).flatMap((r) => r.mentions);
      for (const [start, end] of occurrences(name)) {
        checked++;
        if (report.nonMentions.some((n) => n.text.start <= start && end <= n.text.end)) continue;
        const covered = [...text.slice(start, end)].every(
          (ch, i) => /\s/.test(ch) || spans.some((m) => m.start <= start + i && start + i < m.end),
        );
        if (!covered) missed.push(`${text.slice(start, end)} at ${start}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it("finds Israel eleven times, Hamas eight, Iran six: each a mention or a listed part of the war's name", () => {
    expect([occurrences("Israel").length, occurrences("Hamas").length, occurrences("Iran").length]).toEqual([11, 8, 6]);
    const israelMentions = bearers
      .filter((r) => r.name === "Israel")
      .flatMap((r) => r.mentions.filter((m) => m.exact === "Israel"));
    const listed = report.nonMentions.filter((n) => n.text.exact === "Israel");
    expect(israelMentions.length + listed.length).toBe(11);
  });

  it("lists only real occurrences as non-mentions, each with a reason", () => {
    for (const n of report.nonMentions) {
      expect(occurrences(n.text.exact).some(([s, e]) => s === n.text.start && e === n.text.end)).toBe(true);
      expect(n.reason.length).toBeGreaterThan(10);
    }
  });

  it("marks every name the report never writes as lookup help, and only those", () => {
    for (const r of bearers) {
      for (const name of namesOf(r)) {
        expect([r.id, name, occurrences(name).length > 0]).toEqual([r.id, name, !r.lookupOnly.includes(name)]);
      }
      expect(r.lookupOnly.filter((n) => !namesOf(r).includes(n))).toEqual([]);
    }
  });

  it("include the report's own ways of naming", () => {
    const find = (name: string) =>
      bearers.filter((r) => namesOf(r).some((n) => fold(bare(n)) === fold(bare(name)))).map((r) => r.id);
    expect(find("the military wing of the Palestinian group Hamas")).toEqual(["actor:qassam-brigades"]);
    expect(find("the Palestinian group Hamas")).toEqual(["actor:hamas"]);
    expect(find("a counterterrorism expert")).toEqual(["actor:nathan-sales"]);
    expect(find("Al Thani")).toEqual(["actor:mohammed-al-thani", "actor:tamim-al-thani"]);
    expect(find("Palestine")).toEqual(["place:palestine"]);
    expect(find("Palestinians")).toEqual(["actor:palestinians"]);
    expect(find("the Muslim world")).toEqual(["actor:muslim-world"]);
    expect(find("UN")).toEqual(["actor:un"]);
    expect(report.actors.find((a) => a.id === "actor:hezbollah")!.affiliation).toBe("actor:lebanon");
  });
});
