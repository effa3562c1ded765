/**
 * A fact the draft missed, added by the reviewer from words selected in the text: it becomes an accepted item of the
 * draft, anchored to exactly those words. Names it needs (a figure's place, a statement's speaker) are taken from the
 * draft or, when new, must be written in the text: every name of a report has its mentions.
 */
import type { DraftActor, DraftFigure, DraftPlace, DraftReport, DraftStatement } from "../../model/draft";
import type { Span } from "../../model/span";
import { boundKindOf } from "../../model/report-vocabulary";
import type { ActorType } from "../../model/actor";
import { boundsFor, QUALIFIERS } from "../../model/vocabulary";
import type { ReviewState } from "./state";
import { recorded, reviewItems } from "./state";
import { slug, uniqueId } from "../../model/slug";

/** A place, group or speaker: one the draft has (by id), or a name the text writes. */
export type NameChoice = { id: string } | { name: string };

export type MissedFact =
  | { kind: "figure"; start: number; end: number; value: number; measure: string; qualifier: string; subject: NameChoice }
  | { kind: "statement"; start: number; end: number; speaker: NameChoice }
  | { kind: "actor"; start: number; end: number; type: ActorType }
  | { kind: "place"; start: number; end: number };

const ADDED = { confidence: 1, rule: "added by the reviewer from selected words" };
const MAX_SELECTION = 2_000;

const spanOf = (text: string, start: number, end: number): Span => ({ start, end, exact: text.slice(start, end) });

/** The selection without the blanks around it; undefined when nothing but blanks is selected. */
export function trimSelection(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** The sentence around a span: from after the previous sentence end or line break to the next one. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = start;
  while (from > 0 && !/[\n]/.test(text[from - 1]!) && !/[.!?]\s/.test(text.slice(from - 2, from))) from--;
  let to = end;
  while (to < text.length && text[to] !== "\n" && !(/[.!?]/.test(text[to - 1] ?? "") && /\s/.test(text[to]!) && to > end)) to++;
  const trimmed = trimSelection(text, from, to) ?? { start, end };
  return spanOf(text, trimmed.start, trimmed.end);
}

/** Every place the text writes `name` as a whole word. */
export function mentionsOf(text: string, name: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + name.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(spanOf(text, at, at + name.length));
  }
  return out;
}

type Outcome = { ok: true; state: ReviewState; id: string } | { ok: false; message: string };

/** Adds a missed fact to the draft as an accepted item, the list's cursor on it; or says why it cannot be added. */
export function addMissedFact(state: ReviewState, fact: MissedFact): Outcome {
  const draft = state.draft;
  if (!draft) return { ok: false, message: "Draft the text first." };
  const text = draft.source.text;
  const selected = trimSelection(text, Math.max(0, fact.start), Math.min(text.length, fact.end));
  if (!selected) return { ok: false, message: "Select the words of the fact in the text first." };
  if (selected.end - selected.start > MAX_SELECTION)
    return { ok: false, message: `The selection is too long (over ${MAX_SELECTION.toLocaleString("en-US")} characters).` };
  const words = spanOf(text, selected.start, selected.end);
  const used = new Set(
    [...draft.actors, ...draft.places, ...draft.figures, ...draft.statements, ...draft.events].map((x) => x.id),
  );
  const newId = (kind: string, name: string) => {
    const id = uniqueId(`${kind}:${slug(name, 40)}`, (taken) => used.has(taken));
    used.add(id);
    return id;
  };
  const find = (name: string) => {
    const folded = name.trim().toLowerCase();
    const named = (x: { name: string; aliases: string[] }) => [x.name, ...x.aliases].some((n) => n.toLowerCase() === folded);
    return { actor: draft.actors.find(named), place: draft.places.find(named) };
  };
  const newName = (name: string): { mentions: Span[] } | { message: string } => {
    const trimmed = name.trim();
    if (!trimmed) return { message: "Give a name." };
    const mentions = mentionsOf(text, trimmed);
    return mentions.length > 0
      ? { mentions }
      : { message: `'${trimmed}' is not written in the text: choose a name from the list, or one the text writes.` };
  };

  let next: DraftReport = draft;
  let id: string;
  switch (fact.kind) {
    case "place":
    case "actor": {
      const name = words.exact.replace(/\s+/g, " ");
      if (name.length > 120) return { ok: false, message: "Select only the name (at most 120 characters)." };
      const existing = find(name);
      if ((fact.kind === "place" && existing.place) || (fact.kind === "actor" && existing.actor))
        return { ok: false, message: `'${name}' is already in the list.` };
      const mentions = mentionsOf(text, words.exact);
      const base = { name, aliases: [], mentions: mentions.length > 0 ? mentions : [words], draft: ADDED };
      if (fact.kind === "place") {
        id = newId("place", name);
        next = { ...draft, places: [...draft.places, { ...base, id, kind: "site" } satisfies DraftPlace] };
      } else {
        id = newId("actor", name);
        const actor: DraftActor = { ...base, id, type: fact.type, role: "", affiliation: null };
        next = { ...draft, actors: [...draft.actors, actor] };
      }
      break;
    }
    case "figure": {
      if (!Number.isFinite(fact.value) || fact.value < 0) return { ok: false, message: "Give the figure's value as a number." };
      const kind = boundKindOf(fact.qualifier, draft.vocabulary);
      if (!kind || kind === "range") return { ok: false, message: `Choose a qualifier other than '${fact.qualifier}'.` };
      let subject: DraftFigure["subject"];
      let places = draft.places;
      if ("id" in fact.subject) {
        const chosen = fact.subject.id;
        const isPlace = draft.places.some((p) => p.id === chosen);
        if (!isPlace && !draft.actors.some((a) => a.id === chosen)) return { ok: false, message: "Choose the place or group." };
        subject = { kind: isPlace ? "place" : "actor", id: chosen, basis: "stated" };
      } else {
        const found = find(fact.subject.name);
        if (found.place || found.actor) {
          subject = found.place
            ? { kind: "place", id: found.place.id, basis: "stated" }
            : { kind: "actor", id: found.actor!.id, basis: "stated" };
        } else {
          const named = newName(fact.subject.name);
          if ("message" in named) return { ok: false, message: named.message };
          const name = fact.subject.name.trim();
          const place: DraftPlace = {
            id: newId("place", name),
            name,
            kind: "site",
            aliases: [],
            mentions: named.mentions,
            draft: ADDED,
          };
          places = [...places, place];
          subject = { kind: "place", id: place.id, basis: "stated" };
        }
      }
      const subjectName = [...places, ...draft.actors].find((x) => x.id === subject!.id)!.name;
      id = newId("figure", `${subjectName} ${fact.measure}`);
      const figure: DraftFigure = {
        id,
        subject,
        measure: fact.measure,
        counted: "people",
        value: boundsFor(kind, fact.value),
        qualifier: fact.qualifier,
        unit: "people",
        valueText: words,
        date: null,
        attribution: { actor: null, basis: null },
        evidence: sentenceAround(text, words.start, words.end),
        draft: ADDED,
      };
      next = { ...draft, places, figures: [...draft.figures, figure] };
      break;
    }
    case "statement": {
      let speaker: string;
      let actors = draft.actors;
      if ("id" in fact.speaker) {
        const chosen = fact.speaker.id;
        if (!actors.some((a) => a.id === chosen)) return { ok: false, message: "Choose the speaker." };
        speaker = chosen;
      } else {
        const found = find(fact.speaker.name).actor;
        if (found) speaker = found.id;
        else {
          const named = newName(fact.speaker.name);
          if ("message" in named) return { ok: false, message: named.message };
          const name = fact.speaker.name.trim();
          const actor: DraftActor = {
            id: newId("actor", name),
            name,
            type: "person",
            role: "",
            affiliation: null,
            aliases: [],
            mentions: named.mentions,
            draft: ADDED,
          };
          actors = [...actors, actor];
          speaker = actor.id;
        }
      }
      const speakerName = actors.find((a) => a.id === speaker)!.name;
      id = newId("statement", `${speakerName} ${words.exact.split(/\s+/).slice(0, 4).join(" ")}`);
      const statement: DraftStatement = {
        id,
        speaker,
        speakerBasis: "stated",
        kind: "quote",
        text: words,
        quotes: [words],
        evidence: sentenceAround(text, words.start, words.end),
        date: null,
        setting: "unspecified",
        settingBasis: null,
        topics: [Object.keys(draft.topics)[0] ?? "unclassified"],
        audience: [],
        draft: ADDED,
      };
      next = {
        ...draft,
        actors,
        statements: [...draft.statements, statement],
        topics: Object.keys(draft.topics).length > 0 ? draft.topics : { unclassified: "Not yet classified" },
      };
      break;
    }
  }
  return {
    ok: true,
    id,
    state: recorded(
      state,
      {
        ...state,
        draft: next,
        items: reviewItems(next),
        decisions: { ...state.decisions, [id]: { status: "accepted" } },
        active: id,
        editing: null,
        picking: null,
        message: { text: `Added and accepted: “${words.exact.slice(0, 80)}”.`, tone: "success" },
      },
      `added “${words.exact.slice(0, 40)}”`,
    ),
  };
}

/** A number written in the selected words ("1,200", "41"), to start the figure's value with. */
export function numberIn(words: string): number | undefined {
  const match = /\d[\d,]*(?:\.\d+)?/.exec(words);
  if (!match) return undefined;
  const value = Number(match[0].replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The qualifier the selected words write before their number ("up to 8,000" -> "up to"), canonical or the report's
 * own, the longest that fits; "exact" when they write none.
 */
export function qualifierIn(words: string, vocabulary: DraftReport["vocabulary"]): string {
  const number = /\d/.exec(words);
  const before = (number ? words.slice(0, number.index) : words).toLowerCase().replace(/\s+/g, " ").trimEnd();
  const endsWithWord = (q: string) => before.endsWith(q) && !/\p{L}/u.test(before[before.length - q.length - 1] ?? " ");
  const known = [...QUALIFIERS, ...Object.keys(vocabulary?.qualifiers ?? {})].filter((q) => q !== "range" && q !== "exact");
  return known.filter((q) => endsWithWord(q.toLowerCase())).sort((a, b) => b.length - a.length)[0] ?? "exact";
}
