/**
 * The review of a draft report: what the reviewer has typed, the draft, and a decision per item. Pure: plain values
 * in, a new state out; the view renders it and the actions (actions.ts) run the extractor and save. Nothing here
 * touches the DOM or Excel, so every rule of the review is tested in Node.
 */
import type { Decision, DraftEdit, DraftReport } from "../../model/draft";
import type { Span } from "../../model/span";

export type ReviewKind = "figure" | "statement" | "event" | "actor" | "place";

/** The review list's groups, in the order it shows them. */
export const REVIEW_GROUPS: ReadonlyArray<{ kind: ReviewKind; label: string }> = [
  { kind: "figure", label: "Figures" },
  { kind: "statement", label: "Statements" },
  { kind: "event", label: "Events and dates" },
  { kind: "actor", label: "People and organizations" },
  { kind: "place", label: "Places" },
];

export interface ReviewInput {
  text: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD, or empty. */
  published: string;
  /** The file the text was read from, when it was. */
  fileName: string | null;
}

/** One entry of the review list. */
export interface ReviewItem {
  kind: ReviewKind;
  id: string;
  confidence: number;
  rule: string;
  /** Ids of the extractor's rules that made and changed it, for the trace under the item. */
  rules?: string[];
  /** The item's own words (the number, the quote, the name). */
  words: Span;
  /** The sentence around them, where the item has one. */
  context: Span | null;
}

export interface ReviewMessage {
  text: string;
  tone: "info" | "error" | "success";
}

export interface ReviewState {
  phase: "input" | "drafting" | "review" | "saving";
  input: ReviewInput;
  draft: DraftReport | null;
  items: ReviewItem[];
  decisions: Readonly<Record<string, Decision>>;
  /** The item the list's cursor is on: its words are marked in the text. */
  active: string | null;
  /** The item whose editor is open. */
  editing: string | null;
  /** The figure whose place picker is open. */
  picking: string | null;
  /** "Accept all above": a confidence in percent. */
  threshold: number;
  message: ReviewMessage | null;
  /** The report to save has an id the library already holds: replace it or keep both. */
  duplicate: { id: string; title: string } | null;
  /** How long the last draft took and where it ran. */
  drafted: { ms: number; where: "worker" | "page" } | null;
  /** What each change undone by "Undo" restores, the latest last (decisions, edits, merges, added facts). */
  history: ReadonlyArray<ReviewSnapshot>;
  /** Draft was pressed without a publication date and the review asked for one: the next press drafts without it. */
  askedForDate: boolean;
}

/** The review's content before one change, and the change in words ("merged Karim into Abdul Karim"). */
export interface ReviewSnapshot {
  draft: DraftReport | null;
  items: ReviewItem[];
  decisions: Readonly<Record<string, Decision>>;
  change: string;
}

/** Changes kept for Undo: enough for a session's slips, bounded whatever the review does. */
const MAX_HISTORY = 200;

export const emptyInput = (): ReviewInput => ({ text: "", title: "", outlet: "", published: "", fileName: null });

export function initialReview(): ReviewState {
  return {
    phase: "input",
    input: emptyInput(),
    draft: null,
    items: [],
    decisions: {},
    active: null,
    editing: null,
    picking: null,
    threshold: 80,
    message: null,
    duplicate: null,
    drafted: null,
    history: [],
    askedForDate: false,
  };
}

/** The review list of a draft: figures, statements, events, people and organizations, places; report order within. */
export function reviewItems(draft: DraftReport): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const f of draft.figures) items.push({ kind: "figure", id: f.id, ...f.draft, words: f.valueText, context: f.evidence });
  for (const s of draft.statements)
    items.push({ kind: "statement", id: s.id, ...s.draft, words: s.quotes[0] ?? s.text, context: s.evidence });
  for (const e of draft.events)
    items.push({ kind: "event", id: e.id, ...e.draft, words: e.date?.text ?? e.evidence, context: e.evidence });
  for (const a of draft.actors) items.push({ kind: "actor", id: a.id, ...a.draft, words: a.mentions[0]!, context: null });
  for (const p of draft.places) items.push({ kind: "place", id: p.id, ...p.draft, words: p.mentions[0]!, context: null });
  return items;
}

/** The state once a draft is in: every item unreviewed, the cursor on the first. */
export function withDraft(state: ReviewState, draft: DraftReport, drafted: ReviewState["drafted"]): ReviewState {
  const items = reviewItems(draft);
  const count = items.length;
  const warnings = draft.warnings.length > 0 ? ` ${draft.warnings.join(" ")}` : "";
  return {
    ...state,
    phase: "review",
    draft,
    items,
    decisions: {},
    active: items[0]?.id ?? null,
    editing: null,
    picking: null,
    duplicate: null,
    drafted,
    history: [],
    message:
      count === 0
        ? { text: `The draft is empty: nothing to review.${warnings}`, tone: "error" }
        : { text: `Drafted ${count} item${count === 1 ? "" : "s"}; none is saved until you accept it.${warnings}`, tone: "info" },
  };
}

const figureOf = (state: ReviewState, id: string) => state.draft?.figures.find((f) => f.id === id);

/** The place or group a figure counts, after the reviewer's edit; null when neither the draft nor the edit gives one. */
export function figureSubject(state: ReviewState, id: string): DraftEdit["subject"] | null {
  const edit = state.decisions[id]?.status === "accepted" ? (state.decisions[id] as { edit?: DraftEdit }).edit : undefined;
  return edit?.subject ?? figureOf(state, id)?.subject ?? null;
}

const say = (state: ReviewState, text: string, tone: ReviewMessage["tone"] = "info"): ReviewState => ({
  ...state,
  message: { text, tone },
});

/** Accepts an item as drafted (an accepted item keeps its edit). A figure with no place or group opens its editor instead. */
export function accept(state: ReviewState, id: string): ReviewState {
  const item = state.items.find((i) => i.id === id);
  if (!item) return state;
  const previous = state.decisions[id];
  // Accepting what is accepted changes nothing (and leaves nothing for Undo to take back).
  if (previous?.status === "accepted") return state.message ? { ...state, message: null } : state;
  if (item.kind === "figure" && !figureOf(state, id)?.subject) {
    return { ...say(state, "This figure has no place or group: give one, then accept.", "error"), editing: id, active: id };
  }
  return recorded(
    state,
    { ...state, decisions: { ...state.decisions, [id]: { status: "accepted" } }, message: null },
    `accepted ${id}`,
  );
}

export function reject(state: ReviewState, id: string): ReviewState {
  if (!state.items.some((i) => i.id === id)) return state;
  return recorded(
    state,
    {
      ...state,
      decisions: { ...state.decisions, [id]: { status: "rejected" } },
      editing: state.editing === id ? null : state.editing,
      message: null,
    },
    `rejected ${id}`,
  );
}

/** Takes back a decision: the item is unreviewed again (and so not saved). */
export function undecide(state: ReviewState, id: string): ReviewState {
  if (!state.decisions[id]) return state;
  const { [id]: _dropped, ...decisions } = state.decisions; // eslint-disable-line @typescript-eslint/no-unused-vars
  return recorded(state, { ...state, decisions, message: null }, `took back the decision on ${id}`);
}

/**
 * `next` with `state`'s content kept for Undo, under `change`. Every change of the draft or the decisions goes through
 * here, so Undo covers each kind of edit.
 */
export function recorded(state: ReviewState, next: ReviewState, change: string): ReviewState {
  if (next.draft === state.draft && next.decisions === state.decisions) return next;
  const snapshot: ReviewSnapshot = { draft: state.draft, items: state.items, decisions: state.decisions, change };
  return { ...next, history: [...state.history.slice(-(MAX_HISTORY - 1)), snapshot] };
}

/** Takes back the last change, whatever it was; the cursor stays where it is when that item still exists. */
export function undo(state: ReviewState): ReviewState {
  const last = state.history.at(-1);
  if (!last) return say(state, "Nothing to undo.");
  const active = last.items.some((i) => i.id === state.active) ? state.active : (last.items[0]?.id ?? null);
  return {
    ...state,
    draft: last.draft,
    items: last.items,
    decisions: last.decisions,
    history: state.history.slice(0, -1),
    active,
    editing: null,
    picking: null,
    message: { text: `Undone: ${last.change}.`, tone: "info" },
  };
}

/** Accepts an item with the reviewer's changes (value, qualifier, measure, place or group, speaker). */
export function acceptEdited(state: ReviewState, id: string, edit: DraftEdit): ReviewState {
  const item = state.items.find((i) => i.id === id);
  if (!item) return state;
  if (item.kind === "figure" && !edit.subject && !figureOf(state, id)?.subject)
    return say(state, "Give the place or group this figure counts.", "error");
  if (edit.value && !Number.isFinite(edit.value.best)) return say(state, "The value must be a number.", "error");
  if (edit.speaker && !state.draft?.actors.some((a) => a.id === edit.speaker))
    return say(state, "Choose the speaker among the people and organizations.", "error");
  if (edit.source?.actor && !state.draft?.actors.some((a) => a.id === edit.source!.actor))
    return say(state, "Choose the source among the people and organizations.", "error");
  if (edit.date && !/^\d{4}-\d{2}-\d{2}$/.test(edit.date.start)) return say(state, "Give the date as a day.", "error");
  const kept = Object.keys(edit).length > 0 ? { edit } : {};
  return recorded(
    state,
    {
      ...state,
      decisions: { ...state.decisions, [id]: { status: "accepted", ...kept } },
      editing: null,
      message: { text: "Edited and accepted.", tone: "success" },
    },
    `edited ${id}`,
  );
}

/**
 * Accepts every unreviewed item whose confidence is at least `percent`; items already accepted or rejected keep the
 * reviewer's decision, and figures with no place or group are left for the reviewer.
 */
export function acceptAllAbove(state: ReviewState, percent: number): ReviewState {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100)
    return say({ ...state }, "Give a confidence from 0 to 100.", "error");
  const decisions: Record<string, Decision> = { ...state.decisions };
  let accepted = 0;
  let noPlace = 0;
  for (const item of state.items) {
    if (decisions[item.id] || Math.round(item.confidence * 100) < percent) continue;
    if (item.kind === "figure" && !figureOf(state, item.id)?.subject) {
      noPlace++;
      continue;
    }
    decisions[item.id] = { status: "accepted" };
    accepted++;
  }
  const left = noPlace > 0 ? ` ${noPlace} figure${noPlace === 1 ? "" : "s"} with no place or group left for you.` : "";
  return recorded(
    state,
    {
      ...state,
      threshold: percent,
      decisions: accepted > 0 ? decisions : state.decisions,
      message: { text: `Accepted ${accepted} item${accepted === 1 ? "" : "s"} at ${percent}% or more.${left}`, tone: "info" },
    },
    `accepted ${accepted} item${accepted === 1 ? "" : "s"} at ${percent}% or more`,
  );
}

/** Counts for the review's summary line. */
export function tally(state: ReviewState): { accepted: number; rejected: number; unreviewed: number } {
  let accepted = 0;
  let rejected = 0;
  for (const item of state.items) {
    const status = state.decisions[item.id]?.status;
    if (status === "accepted") accepted++;
    else if (status === "rejected") rejected++;
  }
  return { accepted, rejected, unreviewed: state.items.length - accepted - rejected };
}

/** Moves the list's cursor by `step` items (clamped), or to the first (-Infinity) or last (Infinity). */
export function moveActive(state: ReviewState, step: number): ReviewState {
  if (state.items.length === 0) return state;
  const at = state.items.findIndex((i) => i.id === state.active);
  const last = state.items.length - 1;
  const next = step === -Infinity ? 0 : step === Infinity ? last : Math.max(0, Math.min(last, (at < 0 ? 0 : at) + step));
  return { ...state, active: state.items[next]!.id };
}
