/**
 * A terse way to write a tuning article's truth: the same Report the other truth sets make (through
 * ../../truth-builder.ts and Anchor), with evidence, mentions and ids worked out from the words. A phrase is a
 * string (found once in the text) or [exact, context]. Every numeral of the text must be covered by a figure, a
 * part, a date or a listed numeral, or the build stops.
 */
import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import type { Basis, Span } from "../../../../src/model/span";
import type { ReportVocabulary } from "../../../../src/model/report-vocabulary";
import type { Actor, ActorType, Place } from "../../../../src/model/actor";
import { article, at, by, event, figure, notFigure, report, statement, unsourced, type Article } from "../../truth-builder";

export type Phrase = string | [exact: string, context: string];

export interface ActorSpec {
  id: string;
  type: ActorType;
  name: string;
  aliases?: string[];
  role?: string;
  affiliation?: string;
}
export interface PlaceSpec {
  id: string;
  name: string;
  kind: Place["kind"];
  aliases?: string[];
  /** Longer names whose words are not a mention of this place ("Kayes region" for the city of Kayes). */
  except?: string[];
}
export interface FigureSpec {
  id: string;
  /** The number with its qualifier, as written. */
  v: Phrase;
  n: number;
  upper?: number;
  q?: string;
  m: string;
  mt?: Phrase;
  c: string;
  /** The place counted (a place id; an actor id when `group` is set). */
  at: string;
  atBasis?: Basis;
  group?: boolean;
  /** Who is credited: an actor id, or null. */
  by: string | null;
  byBasis?: Basis;
  byText?: Phrase;
  date?: ReportDate;
  /** The words that give the date, when the text writes them. */
  dateText?: Phrase;
  parts?: { value: number; text: Phrase }[];
  unit?: string;
  note?: string;
}
export interface StatementSpec {
  id: string;
  who: string;
  basis?: Basis;
  kind?: "quote" | "paraphrase" | "mixed";
  text: Phrase;
  quotes?: Phrase[];
  /** Words inside the sentence(s) of the statement; defaults to the text. */
  ev?: string;
  topics?: string[];
  setting?: string;
  settingText?: Phrase;
  note?: string;
}
export interface ArticleSpec {
  slug: string;
  dir: string;
  title: string;
  outlet?: string | null;
  published: string;
  vocabulary?: ReportVocabulary;
  actors: ActorSpec[];
  places: PlaceSpec[];
  figures: FigureSpec[];
  statements: StatementSpec[];
  events?: { id: string; summary: string; ev: string; date?: ReportDate; places?: string[]; actors?: string[] }[];
  /** Numerals that are neither figures nor dates: [phrase, reason]. */
  numerals: [Phrase, string][];
  /** Dates whose words cover numerals (a figure's own date is counted automatically). */
  dates?: ReportDate[];
}

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million";
const NUMERAL = new RegExp(`\\d+|\\b(?:${NUMBER_WORDS})s?\\b`, "gi");

function occurrences(text: string, name: string): Span[] {
  const found: Span[] = [];
  const wordChar = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (wordChar.test(text[i - 1] ?? "") || wordChar.test(text[i + name.length] ?? "")) continue;
    found.push({ start: i, end: i + name.length, exact: name });
  }
  return found;
}

function named<T extends { name: string; aliases?: string[]; except?: string[] }>(text: string, spec: T, what: string) {
  const excluded = (spec.except ?? []).flatMap((x) => occurrences(text, x));
  const inText = (spec.aliases ?? []).filter((x) => occurrences(text, x).length > 0);
  const lookupOnly = (spec.aliases ?? []).filter((x) => !inText.includes(x));
  const mentions = [spec.name, ...inText]
    .flatMap((n) => occurrences(text, n))
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .filter((s, i, all) => i === 0 || s.start !== all[i - 1]!.start || s.end !== all[i - 1]!.end)
    .filter((s) => !excluded.some((x) => x.start <= s.start && s.end <= x.end));
  if (mentions.length === 0) throw new Error(`${what} ${spec.name}: never written in the text`);
  return { aliases: inText, ...(lookupOnly.length ? { lookupOnly } : {}), mentions };
}

export function build(spec: ArticleSpec): Report {
  const art: Article = article(spec.slug, spec.dir);
  const { a, text } = art;
  const span = (p: Phrase): Span => (typeof p === "string" ? a.span(p) : a.span(p[0], p[1]));

  const actors: Actor[] = spec.actors.map((x) => ({
    id: x.id,
    type: x.type,
    name: x.name,
    role: x.role ?? "",
    affiliation: x.affiliation ?? null,
    ...named(text, x, x.id),
  }));
  const places: Place[] = spec.places.map((x) => ({ id: x.id, name: x.name, kind: x.kind, ...named(text, x, x.id) }));

  const figures = spec.figures.map((f) =>
    figure({
      id: `figure:${f.id}`,
      subject: f.group ? { kind: "actor", id: f.at, basis: f.atBasis ?? "stated" } : at(f.at, f.atBasis ?? "stated"),
      measure: f.m,
      ...(f.mt ? { measureText: span(f.mt) } : {}),
      counted: f.c,
      value: f.n,
      ...(f.upper !== undefined ? { upper: f.upper } : {}),
      qualifier: f.q ?? "exact",
      valueText: span(f.v),
      evidence: sentencesAround(text, span(f.v)),
      attribution: f.by ? by(f.by, f.byBasis ?? "stated", f.byText ? span(f.byText) : undefined) : unsourced,
      ...(f.date ? { date: f.dateText ? { ...f.date, text: span(f.dateText) } : f.date } : {}),
      ...(f.parts ? { parts: f.parts.map((p) => ({ value: p.value, text: span(p.text) })) } : {}),
      ...(f.note ? { note: f.note } : {}),
      ...(f.unit ? { unit: f.unit } : {}),
      ...(spec.vocabulary ? { vocabulary: spec.vocabulary } : {}),
    }),
  );

  const statements = spec.statements.map((s) => {
    const textSpan = span(s.text);
    const quotes = (s.quotes ?? []).map(span);
    return statement({
      id: `statement:${s.id}`,
      speaker: s.who,
      speakerBasis: s.basis ?? "stated",
      kind: s.kind ?? (quotes.length ? "quote" : "paraphrase"),
      text: textSpan,
      quotes,
      evidence: s.ev ? a.sentence(s.ev) : sentencesAround(text, textSpan),
      ...(s.topics ? { topics: s.topics } : {}),
      ...(s.setting ? { setting: s.setting, settingBasis: "stated" as const } : {}),
      ...(s.settingText ? { settingText: span(s.settingText) } : {}),
      ...(s.note ? { note: s.note } : {}),
    });
  });

  const events = (spec.events ?? []).map((e) =>
    event({
      id: `event:${e.id}`,
      summary: e.summary,
      date: e.date ?? null,
      actors: e.actors ?? [],
      places: e.places ?? [],
      evidence: a.sentence(e.ev),
    }),
  );
  const otherNumerals = spec.numerals.map(([p, reason]) => notFigure(span(p), reason));

  const built = report(art, {
    title: spec.title,
    outlet: spec.outlet ?? null,
    published: spec.published,
    ...(spec.vocabulary ? { vocabulary: spec.vocabulary } : {}),
    actors,
    places,
    figures,
    statements,
    events,
    otherNumerals,
  });

  // Every numeral must be accounted for.
  const covered: Span[] = [
    ...figures.flatMap((f) => [f.valueText, ...(f.parts ?? []).map((p) => p.text), ...(f.date?.text ? [f.date.text] : [])]),
    ...otherNumerals.map((o) => o.text),
    ...(spec.dates ?? []).flatMap((d) => (d.text ? [d.text] : [])),
    ...events.flatMap((e) => (e.date?.text ? [e.date.text] : [])),
  ];
  const loose = [...text.matchAll(NUMERAL)].filter(
    (m) => !covered.some((c) => c.start <= m.index && m.index + m[0].length <= c.end),
  );
  if (loose.length > 0) {
    throw new Error(
      `${spec.slug}: numerals not covered: ${loose.map((m) => `"${m[0]}" at ${text.slice(Math.max(0, m.index - 20), m.index + 20).replace(/\n/g, " ")}`).join("; ")}`,
    );
  }
  return built;
}

/** The sentence(s) around a span, by Anchor's sentence ends (a quote split over sentences takes all of them). */
function sentencesAround(text: string, s: Span): Span {
  const ends = [...text.matchAll(/[.!?]["”’']?(?=\s|$)|\n/g)].map((m) => m.index + m[0].length);
  let start = 0;
  let end = text.length;
  for (const boundary of ends) {
    if (boundary <= s.start) start = boundary;
    else if (boundary >= s.end) {
      end = boundary;
      break;
    }
  }
  while (/\s/.test(text[start] ?? "")) start++;
  while (/\s/.test(text[end - 1] ?? "")) end--;
  return { start, end, exact: text.slice(start, end) };
}
