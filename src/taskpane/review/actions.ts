/**
 * What the reviewer can do: give the text (typed, pasted or read from a .txt file), draft it, decide on each item,
 * add what the draft missed, and save the accepted items as a report in the library. Each action changes the review's
 * one state object (ReviewStore); saving goes through the pane's library actions (the same path an import takes).
 */
import type { DraftEdit } from "../../model/draft";
import type { Report } from "../../model/report";
import { draftReport, DraftingError, MAX_PASTE_CHARACTERS, tooLong } from "./drafting";
import {
  acceptEditedWith,
  applyAll,
  merge,
  rename,
  setFigurePlace,
  setKind,
  type EditAdds,
  type PlaceChoice,
} from "./corrections";
import { addMissedFact, type MissedFact } from "./missed-fact";
import { reviewedReport } from "./reviewed-report";
import * as review from "./state";
import type { ReviewInput, ReviewState } from "./state";
import { messageOf } from "../../model/error-message";
import { handedOver, reportFileName } from "../save-file";

type Listener = (state: ReviewState, previous: ReviewState) => void;

/** The review's one state object; the view subscribes to it. */
export class ReviewStore {
  private listeners: Listener[] = [];
  state: ReviewState = review.initialReview();

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    listener(this.state, this.state);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }

  set(next: ReviewState): void {
    const previous = this.state;
    if (next === previous) return;
    this.state = next;
    this.listeners.forEach((listener) => listener(next, previous));
  }
}

export interface ReviewDeps {
  /** The title of the library's report with this id, if it has one. */
  titleOf(id: string): string | undefined;
  /** Adds the report to the library (and the workbook, in Excel); resolves once done, rejects if it was not added. */
  save(report: Report, onDuplicate: "refuse" | "replace" | "keep-both"): Promise<void>;
  /** Hands the report to the browser (or Excel's host) as a JSON file to save. */
  saveFile(report: Report): Promise<void>;
  /** Leaves the review. */
  close(): void;
}

/** What the people and places editor changes: its name, its kind, and another record to merge it into. */
export interface NameCorrection {
  name?: string;
  kind?: string;
  mergeInto?: string;
}

export type ReviewActions = ReturnType<typeof reviewActions>;

/** A file larger than this is not even read (UTF-8 has at least a byte a character). */
const MAX_FILE_BYTES = MAX_PASTE_CHARACTERS * 4;
const PUBLISHED = /^\d{4}-\d{2}-\d{2}$/;
/** Without the day it was published, "on Sunday" or "yesterday" has no date: the review asks once before drafting. */
const NO_PUBLICATION_DATE =
  'No publication date: relative dates ("on Sunday", "yesterday") cannot be placed without it, so the draft would have none of them. Give the date under Published, or press Draft again to draft without it.';

export function reviewActions(store: ReviewStore, deps: ReviewDeps) {
  const set = (change: (state: ReviewState) => ReviewState) => store.set(change(store.state));
  const say = (text: string, tone: "info" | "error" | "success" = "info") => set((s) => ({ ...s, message: { text, tone } }));
  let closeAsked = false;
  const target = (id?: string) => id ?? store.state.active ?? undefined;

  const save = async (onDuplicate: "refuse" | "replace" | "keep-both") => {
    const built = reviewedReport(store.state);
    if (!built.ok) return say(`Not saved: ${built.problems.slice(0, 5).join("; ")}`, "error");
    const id = built.report.source.id;
    const existing = deps.titleOf(id);
    if (existing !== undefined && onDuplicate === "refuse") {
      return set((s) => ({
        ...s,
        duplicate: { id, title: existing },
        message: {
          text: `The library already has a report with id “${id}” (“${existing}”): replace it, or keep both?`,
          tone: "error",
        },
      }));
    }
    set((s) => ({ ...s, phase: "saving", duplicate: null, message: { text: "Saving to the library…", tone: "info" } }));
    try {
      await deps.save(built.report, onDuplicate);
    } catch (error) {
      return set((s) => ({
        ...s,
        phase: "review",
        message: { text: `Not saved: ${messageOf(error)}`, tone: "error" },
      }));
    }
    const dropped =
      built.dropped.length > 0 ? ` Left out: ${built.dropped.map((p) => `${p.id} (${p.message})`).join("; ")}.` : "";
    set((s) => ({ ...s, phase: "review", message: { text: `Saved.${dropped}`, tone: "success" } }));
  };

  return {
    say,
    setInput: (patch: Partial<ReviewInput>) => set((s) => ({ ...s, input: { ...s.input, ...patch } })),

    /** Text too long to keep was pasted: it was not kept, and this says why. */
    refusePaste: (length: number) => say(`${tooLong(length, "The pasted text").message} It was not kept.`, "error"),

    /** Reads a .txt file into the text box (File.text(), UTF-8). */
    readFile: async (file: File) => {
      if (file.size > MAX_FILE_BYTES)
        return say(
          `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB: too large for an article. Nothing was read.`,
          "error",
        );
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        return say(`${file.name} could not be read: ${messageOf(error)}`, "error");
      }
      if (text.includes("\u0000")) return say(`${file.name} is not a text file. Nothing was read.`, "error");
      if (text.length > MAX_PASTE_CHARACTERS) return say(`${tooLong(text.length, file.name).message} Nothing was read.`, "error");
      set((s) => ({
        ...s,
        input: { ...s.input, text, fileName: file.name, title: s.input.title || file.name.replace(/\.[^.]*$/, "") },
        message: { text: `Read ${file.name} (${text.length.toLocaleString("en-US")} characters).`, tone: "info" },
      }));
    },

    /** Runs the extractor on the text; the review list shows the draft as soon as it is back. */
    draft: async () => {
      const { input, phase } = store.state;
      if (phase === "drafting" || phase === "saving") return;
      if (input.text.trim() === "") return say("Paste the article's text or open a .txt file first.", "error");
      if (input.published && !PUBLISHED.test(input.published))
        return say("Give the publication date as YYYY-MM-DD, or leave it empty.", "error");
      if (!input.published && !store.state.askedForDate) {
        set((s) => ({ ...s, askedForDate: true }));
        return say(NO_PUBLICATION_DATE, "info");
      }
      set((s) => ({ ...s, phase: "drafting", message: { text: "Drafting…", tone: "info" } }));
      try {
        const drafted = await draftReport({
          text: input.text,
          options: {
            ...(input.title.trim() ? { title: input.title.trim() } : {}),
            ...(input.outlet.trim() ? { outlet: input.outlet.trim() } : {}),
            ...(input.published ? { published: input.published } : {}),
          },
        });
        set((s) => review.withDraft(s, drafted.draft, { ms: drafted.ms, where: drafted.where }));
      } catch (error) {
        const reason =
          error instanceof DraftingError || error instanceof RangeError
            ? error.message
            : `the extractor failed (${String(error)})`;
        set((s) => ({ ...s, phase: "input", message: { text: `No draft: ${reason}`, tone: "error" } }));
      }
    },

    select: (id: string) => set((s) => ({ ...s, active: id })),
    move: (step: number) => set((s) => review.moveActive(s, step)),
    accept: (id?: string) => {
      const at = target(id);
      if (at) set((s) => review.accept(s, at));
    },
    reject: (id?: string) => {
      const at = target(id);
      if (at) set((s) => review.reject(s, at));
    },
    undecide: (id?: string) => {
      const at = target(id);
      if (at) set((s) => review.undecide(s, at));
    },
    /** Takes back the last change: a decision, an edit, a merge, a place, an added fact. */
    undo: () => set((s) => review.undo(s)),
    /** Opens the place picker of a figure (the active item when it is one). */
    pickPlace: (id?: string) => {
      const at = target(id);
      const item = store.state.items.find((i) => i.id === at);
      if (!item || item.kind !== "figure") return say("Choose a figure first: P picks its place.", "error");
      set((s) => ({ ...s, active: item.id, picking: item.id, editing: null, message: null }));
    },
    cancelPick: () => set((s) => ({ ...s, picking: null })),
    /** Gives the figure a place (from the draft's places or the selected words), with the others of its sentence if asked. */
    setPlace: (id: string, choice: PlaceChoice, sameSentence: boolean) => {
      const outcome = setFigurePlace(store.state, id, choice, sameSentence);
      if (outcome.ok) store.set({ ...outcome.state, picking: null });
      else say(outcome.message, "error");
      return outcome.ok;
    },
    /** Renames, changes the kind of, or merges a person, organization or place, as one change; then accepts it. */
    correctName: (id: string, correction: NameCorrection) => {
      const steps = [
        ...(correction.name !== undefined ? [(s: ReviewState) => rename(s, id, correction.name!)] : []),
        ...(correction.kind !== undefined ? [(s: ReviewState) => setKind(s, id, correction.kind!)] : []),
        ...(correction.mergeInto ? [(s: ReviewState) => merge(s, id, correction.mergeInto!)] : []),
      ];
      const kept = correction.mergeInto ?? id;
      const outcome = applyAll(store.state, [...steps, (s) => ({ ok: true, state: review.accept(s, kept) })], `corrected ${id}`);
      if (!outcome.ok) return say(outcome.message, "error");
      const merged = correction.mergeInto ? store.state.draft && namedLabel(store.state, id, correction.mergeInto) : undefined;
      store.set({
        ...outcome.state,
        editing: null,
        active: kept,
        message: { text: merged ?? "Corrected and accepted.", tone: "success" },
      });
    },
    edit: (id?: string) => {
      const at = target(id);
      if (at) set((s) => ({ ...s, active: at, editing: at, message: null }));
    },
    cancelEdit: () => set((s) => ({ ...s, editing: null })),
    saveEdit: (id: string, edit: DraftEdit, adds?: EditAdds) => set((s) => acceptEditedWith(s, id, edit, adds)),
    acceptAllAbove: (percent: number) => set((s) => review.acceptAllAbove(s, percent)),
    addMissed: (fact: MissedFact) => {
      const added = addMissedFact(store.state, fact);
      if (added.ok) store.set(added.state);
      else say(added.message, "error");
      return added.ok;
    },
    /** Back to the text, keeping it: a new draft starts the review over. */
    backToText: () => set((s) => ({ ...s, phase: "input", duplicate: null, editing: null, message: null })),
    save: () => save("refuse"),
    /** Saves the reviewed report (accepted items only, as "Save to library" would) as a JSON file. */
    saveFile: async () => {
      const built = reviewedReport(store.state);
      if (!built.ok) return say(`No file saved: ${built.problems.slice(0, 5).join("; ")}`, "error");
      try {
        await deps.saveFile(built.report);
      } catch (error) {
        return say(`No file saved: ${messageOf(error)}`, "error");
      }
      const dropped = built.dropped.length > 0 ? ` Left out: ${built.dropped.map((p) => p.id).join(", ")}.` : "";
      say(
        `${handedOver(reportFileName(built.report), "use Save to library: the report is kept in the workbook.")} It holds the accepted items only.${dropped}`,
        "success",
      );
    },
    resolveDuplicate: (choice: "replace" | "keep-both" | "cancel") => {
      if (choice === "cancel")
        return set((s) => ({ ...s, duplicate: null, message: { text: "Nothing was saved.", tone: "info" } }));
      return save(choice);
    },
    /** Leaves the review; with accepted items not yet saved, only when asked twice. */
    close: () => {
      const { accepted } = review.tally(store.state);
      if (accepted > 0 && !closeAsked) {
        closeAsked = true;
        return say(
          `${accepted} accepted item${accepted === 1 ? " is" : "s are"} not saved: press “Back to reports” again to leave without saving them.`,
          "error",
        );
      }
      deps.close();
    },
  };
}

function namedLabel(state: ReviewState, from: string, into: string): string {
  const names = [...state.draft!.actors, ...state.draft!.places];
  const name = (id: string) => names.find((x) => x.id === id)?.name ?? id;
  return `Merged “${name(from)}” into “${name(into)}”: every figure and statement that named it follows.`;
}
