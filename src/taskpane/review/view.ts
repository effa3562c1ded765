/**
 * The review screen: the text and its details, then the draft as a review list beside the text. It renders from the
 * review's state and updates in place (the list, the marks, the message), so focus, the text box and the scroll stay
 * where the reviewer left them.
 */
import { el } from "../dom";
import type { ReviewActions, ReviewStore } from "./actions";
import { MAX_PASTE_CHARACTERS } from "./drafting";
import { itemEditor, missedFactForm } from "./forms";
import { placePicker } from "./place-picker";
import { REVIEW_KEYS, reviewList, type ReviewList } from "./review-list";
import { tally, type ReviewState } from "./state";
import { textView, type TextView } from "./text-view";

const button = (label: string, onClick: () => void, attributes: Record<string, string | boolean | undefined> = {}) => {
  const b = el("button", { class: "action", type: "button", ...attributes }, label);
  b.addEventListener("click", onClick);
  return b;
};

function labelled(label: string, control: HTMLElement & { id: string }): HTMLElement {
  return el("div", { class: "review-field" }, el("label", { for: control.id }, label), control);
}

interface Part {
  element: HTMLElement;
  update(state: ReviewState, previous: ReviewState): void;
}

function inputForm(state: ReviewState, actions: ReviewActions): Part {
  const text = el("textarea", {
    id: "review-input-text",
    rows: "8",
    placeholder: "Paste the article's text here",
    spellcheck: "false",
  });
  text.value = state.input.text;
  // What the text box holds, known without reading it back: reading or restyling a box of megabytes stalls the page
  // (so it is not disabled while drafting either; the draft is of the text as it was when Draft was pressed).
  let shownText = state.input.text;
  // A paste too long to keep is refused before it reaches the box (a box of megabytes stalls the page for seconds).
  text.addEventListener("paste", (event) => {
    const pasted = event.clipboardData?.getData("text/plain") ?? "";
    if (shownText.length + pasted.length <= MAX_PASTE_CHARACTERS) return;
    event.preventDefault();
    actions.refusePaste(pasted.length);
  });
  text.addEventListener("input", () => {
    const value = text.value;
    if (value.length > MAX_PASTE_CHARACTERS) {
      text.value = shownText = "";
      actions.setInput({ text: "", fileName: null });
      return actions.refusePaste(value.length);
    }
    shownText = value;
    actions.setInput({ text: shownText, fileName: null });
  });
  const file = el("input", { type: "file", accept: ".txt,text/plain", id: "review-file", class: "visually-hidden" });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (chosen) void actions.readFile(chosen);
    file.value = "";
  });
  const title = el("input", { type: "text", id: "review-title", autocomplete: "off" });
  title.value = state.input.title;
  title.addEventListener("input", () => actions.setInput({ title: title.value }));
  const outlet = el("input", { type: "text", id: "review-outlet", autocomplete: "off" });
  outlet.value = state.input.outlet;
  outlet.addEventListener("input", () => actions.setInput({ outlet: outlet.value }));
  const published = el("input", { type: "date", id: "review-published" });
  published.value = state.input.published;
  published.addEventListener("input", () => actions.setInput({ published: published.value }));
  const draft = button("Draft", () => void actions.draft(), { class: "action primary", id: "review-draft" });
  const form = el(
    "div",
    { class: "review-input" },
    labelled("Article text", text),
    el("div", { class: "toolbar" }, el("label", { class: "action", for: "review-file" }, "Open a .txt file…"), file),
    labelled("Title", title),
    labelled("Outlet", outlet),
    labelled("Published", published),
    el("div", { class: "toolbar" }, draft),
    el("p", { class: "item-meta" }, "The draft is a proposal: nothing is saved until you accept it and save."),
  );
  const update = (s: ReviewState) => {
    if (shownText !== s.input.text) text.value = shownText = s.input.text;
    if (title.value !== s.input.title) title.value = s.input.title;
    const busy = s.phase === "drafting";
    form.setAttribute("aria-busy", String(busy));
    [title, outlet, published, draft].forEach((c) => (c.disabled = busy));
    draft.textContent = busy ? "Drafting…" : "Draft";
  };
  update(state);
  return { element: form, update };
}

function reviewScreen(state: ReviewState, actions: ReviewActions): Part & { list: ReviewList } {
  const summary = el("p", { class: "review-summary", id: "review-summary" });
  const threshold = el("input", {
    type: "number",
    min: "0",
    max: "100",
    step: "1",
    id: "review-threshold",
    class: "review-threshold",
  });
  threshold.value = String(state.threshold);
  const acceptAbove = button("Accept all above", () => actions.acceptAllAbove(Number(threshold.value)));
  const list = reviewList(state, actions);
  const itemButtons = [
    button("Accept", () => actions.accept(), { "aria-keyshortcuts": "A" }),
    button("Reject", () => actions.reject(), { "aria-keyshortcuts": "R" }),
    button("Edit", () => actions.edit(), { "aria-keyshortcuts": "E" }),
    button("Place…", () => actions.pickPlace(), { "aria-keyshortcuts": "P", title: "Pick a figure's place" }),
    button("Undo", () => actions.undo(), { "aria-keyshortcuts": "U", title: "Undo the last change" }),
  ];
  const editor = el("div", { class: "review-editor-slot" });
  editor.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      actions.cancelEdit();
      actions.cancelPick();
    }
  });
  let selected: { start: number; end: number } | undefined;
  const useSelection = button("Add selected words as a fact…", () => {
    selected = text.selection();
    if (!selected) {
      missed.replaceChildren(el("p", { class: "status error" }, "Select the fact's words in the text first."));
      return;
    }
    missed.replaceChildren(missedFactForm(state, selected, actions, () => missed.replaceChildren()));
    missed.querySelector("select")?.focus();
  });
  useSelection.disabled = true;
  const missed = el("div", { class: "review-missed" });
  const text: TextView = textView(state.draft!.source.text, (offsets) => {
    selected = offsets;
    useSelection.disabled = false;
  });
  const duplicate = el("div", { class: "review-duplicate" });
  const save = button("Save to library", () => void actions.save(), { class: "action primary", id: "review-save" });
  const saveFile = button("Save report file", () => void actions.saveFile(), { id: "review-save-file" });
  const element = el(
    "div",
    { class: "review-screen" },
    summary,
    el("div", { class: "toolbar" }, el("label", { for: threshold.id }, "Accept all at or above (%)"), threshold, acceptAbove),
    el("p", { class: "item-meta", id: "review-keys" }, REVIEW_KEYS),
    el(
      "div",
      { class: "review-columns" },
      el(
        "div",
        { class: "review-list-column" },
        list.element,
        el("div", { class: "toolbar", role: "toolbar", "aria-label": "The selected item" }, ...itemButtons),
        editor,
      ),
      el(
        "div",
        { class: "review-text-column" },
        el("h3", { class: "ms-font-m" }, "Text"),
        text.element,
        el("div", { class: "toolbar" }, useSelection),
        missed,
      ),
    ),
    duplicate,
    el(
      "div",
      { class: "toolbar" },
      save,
      saveFile,
      button("Back to the text", () => actions.backToText()),
    ),
  );

  const update = (s: ReviewState, previous: ReviewState) => {
    const counts = tally(s);
    const took = s.drafted ? ` · drafted in ${Math.round(s.drafted.ms)} ms` : "";
    summary.textContent = `${s.items.length} items: ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.unreviewed} unreviewed (only accepted items are saved)${took}.`;
    list.update(s, previous);
    if (s.active !== previous.active || s === previous) text.show(s.items.find((i) => i.id === s.active));
    if (s.picking !== previous.picking) {
      editor.replaceChildren(s.picking ? placePicker(s, s.picking, actions, () => text.selection()) : "");
      if (s.picking) editor.querySelector<HTMLElement>("[role=listbox], button")?.focus();
      else if (previous.picking && !s.editing) list.focus();
    }
    if (s.editing !== previous.editing || (s.editing && s.decisions !== previous.decisions)) {
      editor.replaceChildren(s.editing ? itemEditor(s, s.editing, actions, () => text.selection()) : "");
      if (s.editing) editor.querySelector<HTMLElement>("input, select, button")?.focus();
      else if (previous.editing && !s.picking) list.focus();
    }
    const disabled = s.items.length === 0 || s.phase === "saving";
    itemButtons.forEach((b) => (b.disabled = disabled));
    save.disabled = saveFile.disabled = s.phase === "saving" || counts.accepted === 0;
    duplicate.replaceChildren(
      s.duplicate
        ? el(
            "div",
            { class: "toolbar" },
            button("Replace it", () => void actions.resolveDuplicate("replace")),
            button("Keep both", () => void actions.resolveDuplicate("keep-both")),
            button("Cancel", () => void actions.resolveDuplicate("cancel")),
          )
        : "",
    );
  };
  update(state, state);
  return { element, update, list };
}

/** The whole review screen, kept up to date with `store`; the pane places it where a section's panel goes. */
export function reviewView(store: ReviewStore, actions: ReviewActions): HTMLElement {
  const message = el("div", { class: "status", role: "status", "aria-live": "polite", id: "review-message" });
  const body = el("div", { class: "review-body" });
  const root = el(
    "section",
    { class: "review", "aria-labelledby": "review-heading" },
    el(
      "div",
      { class: "review-header" },
      el("h2", { class: "ms-font-l", id: "review-heading" }, "Add a report"),
      button("Back to reports", () => actions.close()),
    ),
    message,
    body,
  );
  let part: Part | undefined;
  let shown: "input" | "review" | undefined;
  store.subscribe((state, previous) => {
    const wanted = state.phase === "input" || state.phase === "drafting" ? "input" : "review";
    if (wanted !== shown || (wanted === "review" && state.draft !== previous.draft)) {
      const focusList = wanted === "review";
      part = wanted === "input" ? inputForm(state, actions) : reviewScreen(state, actions);
      body.replaceChildren(part.element);
      shown = wanted;
      if (wanted === "review") performance.mark("review:list-built");
      if (focusList && "list" in part) (part as ReturnType<typeof reviewScreen>).list.focus();
    } else part?.update(state, previous);
    message.className = `status ${state.message?.tone ?? "info"}`;
    message.textContent = state.message?.text ?? "";
  });
  return root;
}
