/**
 * The review list: a listbox grouped by kind, one option per draft item with its confidence and decision. The
 * keyboard works on the option under the cursor (arrows, Home/End, A accept, R reject, E edit, P place, U undo); the buttons
 * under the list do the same by mouse or Tab.
 */
import { el } from "../dom";
import type { ReviewActions } from "./actions";
import { traceLine } from "../../model/rule-labels";
import { describeItem, statusLabel } from "./labels";
import { REVIEW_GROUPS, type ReviewItem, type ReviewState } from "./state";

export const REVIEW_KEYS =
  "In the list: ↑ ↓ move, Home / End first / last, A accept, R reject, E edit (Esc closes the editor), P pick a figure's place, U undo the last change. The buttons do the same.";

export interface ReviewList {
  element: HTMLElement;
  /** Brings the list up to date with the state (decisions, edits, the cursor) without rebuilding it. */
  update(state: ReviewState, previous: ReviewState): void;
  focus(): void;
}

const optionId = (index: number) => `review-option-${index}`;

export function reviewList(state: ReviewState, actions: ReviewActions): ReviewList {
  const indexOf = new Map<string, number>();
  const options = new Map<string, HTMLElement>();
  state.items.forEach((item, i) => indexOf.set(item.id, i));

  const renderOption = (option: HTMLElement, s: ReviewState, item: ReviewItem) => {
    const { title, detail } = describeItem(s, item);
    const status = statusLabel(s, item.id);
    const trace = traceLine(item.rules);
    option.className = `review-option ${status}`;
    option.replaceChildren(
      el(
        "span",
        { class: "review-option-head" },
        el("span", { class: `review-status ${status}` }, status),
        el("span", { class: "review-confidence" }, `${Math.round(item.confidence * 100)}%`),
      ),
      el("span", { class: "item-title" }, title),
      el("span", { class: "item-meta" }, detail),
      ...(trace ? [el("span", { class: "item-meta review-trace" }, trace)] : []),
    );
  };

  const groups = REVIEW_GROUPS.map(({ kind, label }) => {
    const items = state.items.filter((item) => item.kind === kind);
    if (items.length === 0) return null;
    const headingId = `review-group-${kind}`;
    return el(
      "div",
      { role: "group", "aria-labelledby": headingId, class: "review-group" },
      el("div", { role: "presentation", id: headingId, class: "review-group-label" }, `${label} (${items.length})`),
      ...items.map((item) => {
        const option = el("div", {
          role: "option",
          id: optionId(indexOf.get(item.id)!),
          "data-id": item.id,
          "aria-selected": "false",
        });
        renderOption(option, state, item);
        option.addEventListener("click", () => {
          actions.select(item.id);
          listbox.focus();
        });
        options.set(item.id, option);
        return option;
      }),
    );
  });

  const listbox = el(
    "div",
    {
      role: "listbox",
      tabindex: "0",
      class: "review-list",
      id: "review-list",
      "aria-label": "Draft items to review",
      "aria-describedby": "review-keys",
    },
    ...groups,
  );
  listbox.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const act: Record<string, () => void> = {
      ArrowDown: () => actions.move(1),
      ArrowUp: () => actions.move(-1),
      PageDown: () => actions.move(10),
      PageUp: () => actions.move(-10),
      Home: () => actions.move(-Infinity),
      End: () => actions.move(Infinity),
      a: () => actions.accept(),
      r: () => actions.reject(),
      e: () => actions.edit(),
      p: () => actions.pickPlace(),
      u: () => actions.undo(),
    };
    const run = act[key];
    if (!run) return;
    event.preventDefault();
    run();
  });

  const showActive = (id: string | null, previousId: string | null) => {
    if (previousId) options.get(previousId)?.setAttribute("aria-selected", "false");
    const option = id ? options.get(id) : undefined;
    if (!option) return listbox.removeAttribute("aria-activedescendant");
    option.setAttribute("aria-selected", "true");
    listbox.setAttribute("aria-activedescendant", option.id);
    // The list scrolls with the panel (its own box only beside the text, in a wide pane): the nearest scroller moves.
    option.scrollIntoView?.({ block: "nearest" });
  };
  showActive(state.active, null);

  return {
    element: listbox,
    focus: () => listbox.focus(),
    update: (s, previous) => {
      if (s.decisions !== previous.decisions) {
        for (const item of s.items) {
          if (s.decisions[item.id] !== previous.decisions[item.id]) renderOption(options.get(item.id)!, s, item);
        }
      }
      if (s.active !== previous.active || s.decisions !== previous.decisions) showActive(s.active, previous.active);
    },
  };
}
