/**
 * The place picker of a figure (P in the review list): the draft's places, each with its kind, division and country,
 * and the words selected in the text. By keyboard: ↑ ↓ Home End move, a letter jumps to the next place starting with
 * it, 1-9 choose that option at once, Enter chooses the one under the cursor, Shift+Enter (or the check box) gives the
 * place to the other figures of the sentence too, Esc closes.
 */
import { el } from "../dom";
import type { ReviewActions } from "./actions";
import { sentenceFigures, type PlaceChoice } from "./corrections";
import { placeLabel } from "./forms";
import type { ReviewState } from "./state";

export const PICKER_KEYS =
  "↑ ↓ move, a letter jumps to a place, 1-9 or Enter choose, Shift+Enter for the whole sentence, Esc closes.";

export function placePicker(
  state: ReviewState,
  figureId: string,
  actions: ReviewActions,
  selection: () => { start: number; end: number } | undefined,
): HTMLElement {
  const draft = state.draft!;
  const figure = draft.figures.find((f) => f.id === figureId)!;
  const selected = selection();
  const words = selected ? draft.source.text.slice(selected.start, selected.end).trim() : "";
  const choices: Array<{ choice: PlaceChoice; label: string; name: string }> = [
    ...(words && words.length <= 120 ? [{ choice: selected!, label: `The selected words: “${words}”`, name: words }] : []),
    ...draft.places.map((p) => ({ choice: { id: p.id }, label: placeLabel(p), name: p.name })),
  ];
  const current = figure.subject?.kind === "place" ? figure.subject.id : undefined;
  let at = Math.max(
    0,
    choices.findIndex((c) => "id" in c.choice && c.choice.id === current),
  );
  const others = sentenceFigures(draft, figure).length - 1;
  const sentence = el("input", { type: "checkbox", id: "review-place-sentence" });
  sentence.disabled = others === 0;
  const options = choices.map((c, i) =>
    el(
      "div",
      { role: "option", id: `review-place-${i}`, class: "review-place-option", "aria-selected": "false" },
      i < 9 ? el("span", { class: "review-place-key", "aria-hidden": "true" }, `${i + 1}`) : null,
      c.label,
    ),
  );
  const list = el(
    "div",
    {
      role: "listbox",
      tabindex: "0",
      id: "review-place-list",
      class: "review-place-list",
      "aria-label": `Place of the figure “${figure.valueText.exact}”`,
      "aria-describedby": "review-place-keys",
    },
    ...options,
  );
  const show = () => {
    options.forEach((o, i) => o.setAttribute("aria-selected", String(i === at)));
    const option = options[at];
    if (option) {
      list.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView?.({ block: "nearest" });
    }
  };
  const choose = (index: number, wholeSentence: boolean) => {
    const chosen = choices[index];
    if (chosen) actions.setPlace(figureId, chosen.choice, wholeSentence || sentence.checked);
  };
  options.forEach((option, i) => option.addEventListener("click", () => choose(i, false)));
  list.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const last = choices.length - 1;
    const move: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: last,
      PageDown: at + 5,
      PageUp: at - 5,
    };
    if (event.key in move) at = Math.max(0, Math.min(last, move[event.key]!));
    else if (event.key === "Enter") choose(at, event.shiftKey);
    else if (event.key === "Escape") actions.cancelPick();
    else if (/^[1-9]$/.test(event.key)) choose(Number(event.key) - 1, false);
    else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      const letter = event.key.toLowerCase();
      const next = choices.findIndex((c, i) => i > at && c.name.toLowerCase().startsWith(letter));
      const found = next >= 0 ? next : choices.findIndex((c) => c.name.toLowerCase().startsWith(letter));
      if (found < 0) return;
      at = found;
    } else return;
    event.preventDefault();
    show();
  });
  show();
  const cancel = el("button", { type: "button", class: "action" }, "Cancel");
  cancel.addEventListener("click", () => actions.cancelPick());
  return el(
    "div",
    { class: "review-editor review-picker", role: "group", "aria-label": "Pick the figure's place" },
    el("p", { class: "item-text" }, `Place of “${figure.valueText.exact}” (${figure.measure})`),
    choices.length > 0 ? list : el("p", { class: "status error" }, "The draft has no places: select one in the text first."),
    el("p", { class: "item-meta", id: "review-place-keys" }, PICKER_KEYS),
    el(
      "div",
      { class: "review-check" },
      sentence,
      el(
        "label",
        { for: sentence.id },
        others > 0
          ? `Same place for the other ${others} figure${others === 1 ? "" : "s"} of this sentence`
          : "No other figure in this sentence",
      ),
    ),
    el("div", { class: "toolbar" }, cancel),
  );
}
