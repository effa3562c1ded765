/**
 * Corrections of the draft itself, beyond one item's decision: the people and places (rename, change kind, merge two,
 * every reference following the merge), a figure's place chosen from the places or the selected words (and given to
 * the other figures of its sentence), and the report's own vocabulary. Pure, as state.ts is: each returns a new
 * state, recorded for Undo, or says why it cannot.
 */
import type { ActorType } from "../../model/actor";
import type { Decision, DraftEdit, DraftFigure, DraftPlace, DraftReport } from "../../model/draft";
import type { ReportVocabulary } from "../../model/report-vocabulary";
import { slug, uniqueId } from "../../model/slug";
import type { Span } from "../../model/span";
import { ACTOR_TYPES, canonicalBound, hasOwn, MEASURES, PLACE_KINDS, UNITS, type BoundKind } from "../../model/vocabulary";
import { mentionsOf, sentenceAround, trimSelection } from "./missed-fact";
import { acceptEdited, recorded, reviewItems, type ReviewState } from "./state";

export type Outcome = { ok: true; state: ReviewState } | { ok: false; message: string };
const refuse = (message: string): Outcome => ({ ok: false, message });

type Named = DraftReport["actors"][number] | DraftPlace;
const isPlaceId = (id: string) => id.startsWith("place:");
const namedIn = (draft: DraftReport, id: string): Named | undefined =>
  isPlaceId(id) ? draft.places.find((p) => p.id === id) : draft.actors.find((a) => a.id === id);
const replaced = <T extends { id: string }>(list: T[], id: string, change: (x: T) => T) =>
  list.map((x) => (x.id === id ? change(x) : x));

/** The state with a changed draft: the list rebuilt from it, the change kept for Undo. */
function withDraftChange(state: ReviewState, draft: DraftReport, change: string, extra: Partial<ReviewState> = {}): ReviewState {
  return recorded(
    state,
    {
      ...state,
      draft,
      items: reviewItems(draft),
      message: { text: `${change[0]!.toUpperCase()}${change.slice(1)}.`, tone: "success" },
      ...extra,
    },
    change,
  );
}

/** A person's, organization's or place's new name; the old one stays an alias, and a name the text never writes is lookup help. */
export function rename(state: ReviewState, id: string, name: string): Outcome {
  const draft = state.draft;
  const record = draft && namedIn(draft, id);
  if (!draft || !record) return refuse("Choose a person, organization or place.");
  const next = name.trim().replace(/\s+/g, " ");
  if (!next) return refuse("Give a name.");
  if (next.length > 120) return refuse("A name has at most 120 characters.");
  if (next === record.name) return { ok: true, state };
  const aliases = [...new Set([...record.aliases, record.name])].filter((a) => a !== next);
  const written = mentionsOf(draft.source.text, next).length > 0;
  const lookupOnly = (record.lookupOnly ?? []).filter((a) => a !== next);
  const changed = {
    ...record,
    name: next,
    aliases,
    ...(written && lookupOnly.length === 0 ? {} : { lookupOnly: written ? lookupOnly : [...lookupOnly, next] }),
  };
  const nextDraft = isPlaceId(id)
    ? { ...draft, places: replaced(draft.places, id, () => changed as DraftPlace) }
    : { ...draft, actors: replaced(draft.actors, id, () => changed as DraftReport["actors"][number]) };
  return { ok: true, state: withDraftChange(state, nextDraft, `renamed “${record.name}” to “${next}”`) };
}

/** A place's kind (a state and a district are not towns) or an actor's type. */
export function setKind(state: ReviewState, id: string, kind: string): Outcome {
  const draft = state.draft;
  const record = draft && namedIn(draft, id);
  if (!draft || !record) return refuse("Choose a person, organization or place.");
  if (isPlaceId(id)) {
    if (!(PLACE_KINDS as readonly string[]).includes(kind)) return refuse(`A place is one of: ${PLACE_KINDS.join(", ")}.`);
    const places = replaced(draft.places, id, (p) => ({ ...p, kind: kind as DraftPlace["kind"] }));
    return { ok: true, state: withDraftChange(state, { ...draft, places }, `made “${record.name}” a ${kind}`) };
  }
  if (!(ACTOR_TYPES as readonly string[]).includes(kind))
    return refuse(`A person or organization is one of: ${ACTOR_TYPES.join(", ")}.`);
  const actors = replaced(draft.actors, id, (a) => ({ ...a, type: kind as ActorType }));
  return { ok: true, state: withDraftChange(state, { ...draft, actors }, `made “${record.name}” a ${kind}`) };
}

const bySpan = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
function mergedSpans(a: Span[], b: Span[]): Span[] {
  const seen = new Set<string>();
  return [...a, ...b].sort(bySpan).filter((s) => {
    const key = `${s.start}:${s.end}`;
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** `id` with `from` read as `into`: every reference in the draft and in the reviewer's edits follows a merge. */
function redirect(draft: DraftReport, from: string, into: string): DraftReport {
  const to = (id: string) => (id === from ? into : id);
  const list = (ids: string[]) => [...new Set(ids.map(to))];
  return {
    ...draft,
    actors: draft.actors.map((a) => (a.affiliation === from ? { ...a, affiliation: a.id === into ? null : into } : a)),
    figures: draft.figures.map((f) => ({
      ...f,
      subject: f.subject && { ...f.subject, id: to(f.subject.id) },
      attribution: f.attribution.actor === from ? { ...f.attribution, actor: into } : f.attribution,
    })),
    statements: draft.statements.map((s) => ({
      ...s,
      speaker: to(s.speaker),
      audience: list(s.audience).filter((id) => id !== to(s.speaker)),
      ...(s.source?.actor === from ? { source: { ...s.source, actor: into } } : {}),
    })),
    events: draft.events.map((e) => ({ ...e, actors: list(e.actors), places: list(e.places) })),
  };
}

function redirectEdit(edit: DraftEdit, from: string, into: string): DraftEdit {
  return {
    ...edit,
    ...(edit.subject?.id === from ? { subject: { ...edit.subject, id: into } } : {}),
    ...(edit.speaker === from ? { speaker: into } : {}),
    ...(edit.source?.actor === from ? { source: { actor: into } } : {}),
  };
}

/**
 * Merges `from` into `into` (two people or organizations, or two places): `into` keeps its name and kind and gains
 * the other's name as an alias and its mentions; every figure, statement, event and affiliation that named `from`
 * names `into`, and so do the reviewer's edits. A decision on `from` goes; `into` keeps its own.
 */
export function merge(state: ReviewState, from: string, into: string): Outcome {
  const draft = state.draft;
  const a = draft && namedIn(draft, from);
  const b = draft && namedIn(draft, into);
  if (!draft || !a || !b) return refuse("Choose two people or organizations, or two places, to merge.");
  if (from === into) return refuse("Choose another one to merge with.");
  if (isPlaceId(from) !== isPlaceId(into))
    return refuse("A place merges only with a place, and a person or organization only with one of those.");
  const joined = {
    ...b,
    aliases: [...new Set([...b.aliases, a.name, ...a.aliases])].filter((n) => n !== b.name),
    mentions: mergedSpans(b.mentions, a.mentions),
    ...(a.lookupOnly || b.lookupOnly ? { lookupOnly: [...new Set([...(b.lookupOnly ?? []), ...(a.lookupOnly ?? [])])] } : {}),
  };
  const pruned: DraftReport = isPlaceId(into)
    ? { ...draft, places: draft.places.filter((p) => p.id !== from).map((p) => (p.id === into ? (joined as DraftPlace) : p)) }
    : {
        ...draft,
        actors: draft.actors
          .filter((x) => x.id !== from)
          .map((x) => (x.id === into ? (joined as DraftReport["actors"][number]) : x)),
      };
  const decisions: Record<string, Decision> = {};
  for (const [id, decision] of Object.entries(state.decisions)) {
    if (id === from) continue;
    decisions[id] =
      decision.status === "accepted" && decision.edit ? { ...decision, edit: redirectEdit(decision.edit, from, into) } : decision;
  }
  return {
    ok: true,
    state: withDraftChange(state, redirect(pruned, from, into), `merged “${a.name}” into “${b.name}”`, {
      decisions,
      active: state.active === from ? into : state.active,
      editing: null,
    }),
  };
}

/** A place for a figure: one of the draft's places, or the words the reviewer selected in the text. */
export type PlaceChoice = { id: string } | { start: number; end: number };

/** The selected words as a name: the draft's place or actor that has it, or a new one (a place, or an organization). */
function namedFromWords<K extends "place" | "actor">(
  draft: DraftReport,
  kind: K,
  words: { start: number; end: number },
): { draft: DraftReport; named: K extends "place" ? DraftPlace : DraftReport["actors"][number] } | { message: string } {
  type Out = K extends "place" ? DraftPlace : DraftReport["actors"][number];
  const what = kind === "place" ? "place's" : "source's";
  const text = draft.source.text;
  const selected = trimSelection(text, Math.max(0, words.start), Math.min(text.length, words.end));
  if (!selected) return { message: `Select the ${what} name in the text first.` };
  const exact = text.slice(selected.start, selected.end);
  const name = exact.replace(/\s+/g, " ");
  if (name.length > 120) return { message: `Select only the ${what} name (at most 120 characters).` };
  const folded = name.toLowerCase();
  const list: Named[] = kind === "place" ? draft.places : draft.actors;
  const known = list.find((x) => [x.name, ...x.aliases].some((n) => n.toLowerCase() === folded));
  if (known) return { draft, named: known as Out };
  const used = new Set([...draft.places, ...draft.actors].map((x) => x.id));
  const found = mentionsOf(text, exact);
  const base = {
    id: uniqueId(`${kind}:${slug(name, 40)}`, (taken) => used.has(taken)),
    name,
    aliases: [],
    mentions: found.length > 0 ? found : [{ start: selected.start, end: selected.end, exact }],
    draft: { confidence: 1, rule: "added by the reviewer from selected words" },
  };
  if (kind === "place") {
    const place: DraftPlace = { ...base, kind: "site" };
    return { draft: { ...draft, places: [...draft.places, place] }, named: place as Out };
  }
  const actor: DraftReport["actors"][number] = { ...base, type: "organization", role: "", affiliation: null };
  return { draft: { ...draft, actors: [...draft.actors, actor] }, named: actor as Out };
}

/** The draft with the place the choice names, added from the selected words when the draft does not have it. */
function placeFor(draft: DraftReport, choice: PlaceChoice): { draft: DraftReport; place: DraftPlace } | { message: string } {
  if ("id" in choice) {
    const place = draft.places.find((p) => p.id === choice.id);
    return place ? { draft, place } : { message: "Choose one of the draft's places." };
  }
  const found = namedFromWords(draft, "place", choice);
  return "message" in found ? found : { draft: found.draft, place: found.named };
}

/** The figures of the same sentence as `figure` (itself included), in report order. */
export function sentenceFigures(draft: DraftReport, figure: DraftFigure): DraftFigure[] {
  const text = draft.source.text;
  const sentence = (f: DraftFigure) => sentenceAround(text, f.valueText.start, f.valueText.end).start;
  const at = sentence(figure);
  return draft.figures.filter((f) => f === figure || sentence(f) === at);
}

/**
 * Gives a figure its place (and, with `sameSentence`, the other figures of its sentence): the draft's figures change,
 * decisions stay (an accepted figure's edited place gives way to this one). The place is `stated` when the figure's
 * sentence writes it, else `inferred`.
 */
export function setFigurePlace(state: ReviewState, figureId: string, choice: PlaceChoice, sameSentence: boolean): Outcome {
  const draft = state.draft;
  const figure = draft?.figures.find((f) => f.id === figureId);
  if (!draft || !figure) return refuse("Choose a figure.");
  const found = placeFor(draft, choice);
  if ("message" in found) return refuse(found.message);
  const { place } = found;
  const targets = new Set((sameSentence ? sentenceFigures(draft, figure) : [figure]).map((f) => f.id));
  const text = draft.source.text;
  const figures = found.draft.figures.map((f) => {
    if (!targets.has(f.id)) return f;
    const sentence = sentenceAround(text, f.valueText.start, f.valueText.end);
    const written = place.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end);
    const rules = [...(f.draft.rules ?? []), "review.place"];
    return {
      ...f,
      subject: { kind: "place" as const, id: place.id, basis: written ? ("stated" as const) : ("inferred" as const) },
      draft: { ...f.draft, rules },
    };
  });
  const decisions: Record<string, Decision> = { ...state.decisions };
  for (const id of targets) {
    const decision = decisions[id];
    if (decision?.status !== "accepted" || !decision.edit?.subject) continue;
    const { subject: _replaced, ...rest } = decision.edit; // eslint-disable-line @typescript-eslint/no-unused-vars
    decisions[id] = Object.keys(rest).length > 0 ? { status: "accepted", edit: rest } : { status: "accepted" };
  }
  const others = targets.size - 1;
  const also = others > 0 ? ` and ${others} other figure${others === 1 ? "" : "s"} of its sentence` : "";
  return {
    ok: true,
    state: withDraftChange(state, { ...found.draft, figures }, `placed ${figure.valueText.exact}${also} in ${place.name}`, {
      decisions,
      editing: null,
    }),
  };
}

/** Words the reviewer adds to the report's own vocabulary: a measure, a qualifier with how it bounds, a unit. */
export interface VocabularyAdds {
  measure?: string;
  qualifier?: { word: string; bound: BoundKind };
  unit?: string;
}

/** What an edit may need added first: words for the vocabulary, and a figure's source from the selected words. */
export interface EditAdds extends VocabularyAdds {
  sourceWords?: { start: number; end: number };
}

/** The draft's vocabulary with the reviewer's words added (canonical words are not repeated there). */
export function withVocabulary(draft: DraftReport, adds: VocabularyAdds): DraftReport {
  const own: ReportVocabulary = { ...draft.vocabulary };
  const measure = adds.measure?.trim();
  if (measure && !(MEASURES as readonly string[]).includes(measure) && !hasOwn(own.measures ?? {}, measure))
    own.measures = { ...own.measures, [measure]: [] };
  const qualifier = adds.qualifier?.word.trim();
  if (qualifier && !canonicalBound(qualifier) && !hasOwn(own.qualifiers ?? {}, qualifier))
    own.qualifiers = { ...own.qualifiers, [qualifier]: adds.qualifier!.bound };
  const unit = adds.unit?.trim();
  if (unit && !(UNITS as readonly string[]).includes(unit) && !(own.units ?? []).includes(unit))
    own.units = [...(own.units ?? []), unit];
  const changed = JSON.stringify(own) !== JSON.stringify(draft.vocabulary ?? {});
  return changed ? { ...draft, vocabulary: own } : draft;
}

/** Accepts an item with the reviewer's edit, first adding to the report's vocabulary the words the edit needs: one change for Undo. */
export function acceptEditedWith(state: ReviewState, id: string, edit: DraftEdit, adds: EditAdds = {}): ReviewState {
  if (!state.draft) return state;
  let draft = withVocabulary(state.draft, adds);
  if (adds.sourceWords) {
    const found = namedFromWords(draft, "actor", adds.sourceWords);
    if ("message" in found) return { ...state, message: { text: found.message, tone: "error" } };
    draft = found.draft;
    edit = { ...edit, source: { actor: found.named.id } };
  }
  const next = acceptEdited({ ...state, draft, items: draft === state.draft ? state.items : reviewItems(draft) }, id, edit);
  if (next.decisions === state.decisions) return { ...state, message: next.message };
  return recorded(state, { ...next, history: state.history }, `edited ${id}`);
}

/**
 * Several corrections as one change for Undo (the people editor renames, changes the kind and merges in one save);
 * the first that cannot be made stops them all, and the state stays as it was.
 */
export function applyAll(state: ReviewState, steps: ReadonlyArray<(s: ReviewState) => Outcome>, change: string): Outcome {
  let current = state;
  for (const step of steps) {
    const outcome = step(current);
    if (!outcome.ok) return outcome;
    current = outcome.state;
  }
  return { ok: true, state: recorded(state, { ...current, history: state.history }, change) };
}
