/**
 * The terminal review of a draft: the pane's review state and rules (src/taskpane/review/state.ts, labels.ts,
 * reviewed-report.ts: pure, no DOM) driven by one key a line, so a person at a terminal and a script of keys on stdin
 * review the same way. It prints the item under the cursor and reads a key; it never writes a file itself.
 */
import { counted } from "../model/count";
import type { DraftEdit } from "../model/draft";
import { MEASURES, QUALIFIERS } from "../model/vocabulary";
import { NameIndex } from "../query/name-index";
import { describeItem, statusLabel } from "../taskpane/review/labels";
import { reviewedReport, type ReviewedReport } from "../taskpane/review/reviewed-report";
import * as review from "../taskpane/review/state";
import type { ReviewState } from "../taskpane/review/state";

/** The keys in a terminal, pressed without Enter as in the pane's list. */
export const TERMINAL_KEYS = [
  "a accept · r reject · e edit and accept · u undo the last decision (accept all included)",
  "↑ ↓ move · PgUp / PgDn ten · Home / End first / last · % accept every unreviewed item at a confidence you give",
  "s summary · w write the report and quit · q quit without writing · ? these keys",
];

/** The keys, one a line (piped, or typed with Enter), as `?` prints them. */
export const REVIEW_KEYS = [
  "a accept · r reject · e edit and accept · u undo the last decision (accept all included)",
  "n next · p previous · home / end first / last · all [N] accept every unreviewed item at N% or more (default 80)",
  "s summary · w write the report and quit · q quit without writing · ? these keys",
];

export interface ReviewIo {
  /** Prints `prompt` and resolves with the next line, or null when the input has ended. */
  ask(prompt: string): Promise<string | null>;
  /** In a terminal: the next key pressed, as the line that does the same ("a", "n", "all 80"); else `ask` reads a line. */
  key?(prompt: string): Promise<string | null>;
  print(line: string): void;
}

export type ReviewOutcome = { written: true; built: Extract<ReviewedReport, { ok: true }> } | { written: false; why: string };

const KIND_LABEL: Record<review.ReviewKind, string> = {
  figure: "Figure",
  statement: "Statement",
  event: "Event",
  actor: "Person or organization",
  place: "Place",
};

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** "[3/42] Figure · 91% · unreviewed", then the item's title and detail lines, then its sentence. */
export function itemLines(state: ReviewState): string[] {
  const at = state.items.findIndex((i) => i.id === state.active);
  const item = state.items[at];
  if (!item) return ["Nothing to review."];
  const { title, detail } = describeItem(state, item);
  const lines = [
    `[${at + 1}/${state.items.length}] ${KIND_LABEL[item.kind]} · ${Math.round(item.confidence * 100)}% · ${statusLabel(state, item.id)}`,
    `  ${title}`,
    `  ${detail}`,
  ];
  if (item.context && item.context.exact !== item.words.exact) lines.push(`  in: “${clip(item.context.exact)}”`);
  return lines;
}

export function summaryLine(state: ReviewState): string {
  const { accepted, rejected, unreviewed } = review.tally(state);
  return `${counted(state.items.length, "item")}: ${accepted} accepted, ${rejected} rejected, ${unreviewed} unreviewed (only accepted items are written).`;
}

/** The cursor on the next unreviewed item after the current one (wrapping), or where it is when none is left. */
function nextUnreviewed(state: ReviewState): ReviewState {
  const at = state.items.findIndex((i) => i.id === state.active);
  for (let step = 1; step <= state.items.length; step++) {
    const item = state.items[(at + step) % state.items.length]!;
    if (!state.decisions[item.id]) return { ...state, active: item.id };
  }
  return state;
}

/** A name among the draft's people, organizations and places, with "did you mean" when it is near one. */
function nameChooser(names: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>) {
  const index = new NameIndex<string>();
  for (const n of names) [n.name, ...n.aliases].forEach((name) => index.add(name, n.id));
  return (input: string): { id: string } | { problem: string } => {
    const id = index.find(input);
    if (id) return { id };
    const suggestion = index.suggest(input);
    return { problem: `No '${input}' in the draft${suggestion ? `: did you mean '${suggestion}'?` : "."}` };
  };
}

/** Asks `question` until the answer is empty (keep), valid, or the input ends (null). */
async function askUntil<T>(
  io: ReviewIo,
  question: string,
  read: (answer: string) => { value: T } | { problem: string },
): Promise<{ value: T } | "keep" | null> {
  for (;;) {
    const answer = await io.ask(question);
    if (answer === null) return null;
    if (answer.trim() === "") return "keep";
    const read_ = read(answer.trim());
    if ("value" in read_) return read_;
    io.print(read_.problem);
  }
}

const oneOf = (words: readonly string[], what: string) => (answer: string) => {
  const found = words.find((w) => w.toLowerCase() === answer.toLowerCase());
  return found ? { value: found } : { problem: `Not a ${what}: one of ${words.join(", ")}.` };
};

/** The edit prompts for the item under the cursor (an empty answer keeps what is there); null when cancelled. */
async function askEdit(state: ReviewState, io: ReviewIo): Promise<DraftEdit | null | "nothing"> {
  const draft = state.draft!;
  const id = state.active!;
  const decision = state.decisions[id];
  const previous: DraftEdit = decision?.status === "accepted" ? (decision.edit ?? {}) : {};
  const item = state.items.find((i) => i.id === id)!;
  if (item.kind === "figure") {
    const figure = draft.figures.find((f) => f.id === id)!;
    const edit: DraftEdit = { ...previous };
    const best = previous.value?.best ?? figure.value.best;
    const value = await askUntil<number>(io, `  value [${best}]: `, (a) => {
      const n = Number(a.replace(/,/g, ""));
      return Number.isFinite(n) && n >= 0 ? { value: n } : { problem: "The value must be a number (0 or more)." };
    });
    if (value === null) return null;
    if (value !== "keep" && value.value !== figure.value.best) edit.value = { best: value.value };
    const qualifiers = [...new Set([...QUALIFIERS, ...Object.keys(draft.vocabulary?.qualifiers ?? {})])];
    const qualifier = await askUntil<string>(
      io,
      `  qualifier [${previous.qualifier ?? figure.qualifier}]: `,
      oneOf(qualifiers, "qualifier"),
    );
    if (qualifier === null) return null;
    if (qualifier !== "keep") edit.qualifier = qualifier.value;
    const measures = [...new Set([...MEASURES, ...Object.keys(draft.vocabulary?.measures ?? {})])];
    const measure = await askUntil<string>(io, `  measure [${previous.measure ?? figure.measure}]: `, oneOf(measures, "measure"));
    if (measure === null) return null;
    if (measure !== "keep") edit.measure = measure.value;
    const subjects = [...draft.places, ...draft.actors];
    const current = previous.subject?.id ?? figure.subject?.id;
    const currentName = subjects.find((s) => s.id === current)?.name ?? "none: give one";
    const choose = nameChooser(subjects);
    const subject = await askUntil<string>(io, `  place or group counted [${currentName}]: `, (a) => {
      const chosen = choose(a);
      return "id" in chosen ? { value: chosen.id } : chosen;
    });
    if (subject === null) return null;
    if (subject !== "keep")
      edit.subject = { kind: draft.places.some((p) => p.id === subject.value) ? "place" : "actor", id: subject.value };
    return edit;
  }
  if (item.kind === "statement") {
    const statement = draft.statements.find((s) => s.id === id)!;
    const current = previous.speaker ?? statement.speaker;
    const choose = nameChooser(draft.actors);
    const speaker = await askUntil<string>(
      io,
      `  speaker [${draft.actors.find((a) => a.id === current)?.name ?? current}]: `,
      (a) => {
        const chosen = choose(a);
        return "id" in chosen ? { value: chosen.id } : chosen;
      },
    );
    if (speaker === null) return null;
    return speaker === "keep" ? previous : { ...previous, speaker: speaker.value };
  }
  return "nothing";
}

/**
 * Reviews `state` (a draft already in, see `review.withDraft`) with the keys of REVIEW_KEYS until the report is
 * written (`write` accepted it) or the reviewer quits or the input ends.
 */
export async function reviewSession(
  initial: ReviewState,
  io: ReviewIo,
  write: (built: Extract<ReviewedReport, { ok: true }>) => string | null,
): Promise<ReviewOutcome> {
  let state = initial;
  const history: Array<{ state: ReviewState; what: string }> = [];
  let quitAsked = false;
  const say = () => {
    if (state.message) io.print(state.message.text);
  };
  const decide = (next: ReviewState, what: string, advance = true) => {
    if (next.decisions !== state.decisions) history.push({ state, what });
    state = advance && next.decisions !== state.decisions && !next.editing ? nextUnreviewed(next) : next;
  };
  const edit = async () => {
    const asked = await askEdit(state, io);
    if (asked === "nothing") return io.print("Nothing to edit for this kind of item: accept or reject it.");
    if (asked === null) return io.print("Edit cancelled.");
    decide(review.acceptEdited(state, state.active!, asked), "the edit");
    say();
  };

  io.print(state.message?.text ?? summaryLine(state));
  const keys = (io.key ? TERMINAL_KEYS : REVIEW_KEYS).join("\n");
  io.print(keys);
  let show = true;
  for (;;) {
    if (show && state.items.length > 0) io.print(itemLines(state).join("\n"));
    show = true;
    const line = await (io.key ? io.key("> ") : io.ask("> "));
    if (line === null) return { written: false, why: "the input ended before w: nothing was written." };
    const [key = "", ...rest] = line.trim().split(/\s+/);
    if (key !== "q") quitAsked = false;
    if (state.items.length === 0 && !["q", "?", "s"].includes(key)) {
      io.print("The draft is empty: nothing to review (q quits).");
      continue;
    }
    switch (key.toLowerCase()) {
      case "a": {
        const next = review.accept(state, state.active!);
        if (next.editing) {
          state = next;
          say();
          await edit();
        } else decide(next, "the accept");
        break;
      }
      case "r":
        decide(review.reject(state, state.active!), "the reject");
        break;
      case "e":
        await edit();
        break;
      case "u": {
        const last = history.pop();
        if (!last) {
          io.print("Nothing to undo.");
          break;
        }
        state = { ...last.state, message: null };
        io.print(`Undone: ${last.what}.`);
        break;
      }
      case "n":
      case "":
        state = review.moveActive(state, Number(rest[0] ?? 1) || 1);
        break;
      case "p":
        state = review.moveActive(state, -(Number(rest[0] ?? 1) || 1));
        break;
      case "home":
        state = review.moveActive(state, -Infinity);
        break;
      case "end":
        state = review.moveActive(state, Infinity);
        break;
      case "all": {
        const percent = rest[0] === undefined ? state.threshold : Number(rest[0].replace(/%$/, ""));
        const next = review.acceptAllAbove(state, percent);
        decide(next, `accept all at ${percent}% or more`, false);
        say();
        break;
      }
      case "s":
        io.print(summaryLine(state));
        show = false;
        break;
      case "w": {
        const built = reviewedReport(state);
        if (!built.ok) {
          io.print(`Not written: ${built.problems.slice(0, 5).join("; ")}`);
          show = false;
          break;
        }
        const problem = write(built);
        if (problem === null) return { written: true, built };
        io.print(`Not written: ${problem}`);
        show = false;
        break;
      }
      case "q": {
        const { accepted } = review.tally(state);
        if (accepted > 0 && !quitAsked) {
          quitAsked = true;
          io.print(
            `${accepted} accepted item${accepted === 1 ? " is" : "s are"} not written: q again quits without writing, w writes.`,
          );
          show = false;
          break;
        }
        return { written: false, why: "quit: nothing was written." };
      }
      case "?":
      case "h":
        io.print(keys);
        show = false;
        break;
      default:
        io.print(`No key '${key}' (? lists the keys).`);
        show = false;
    }
  }
}
