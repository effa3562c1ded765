import { el } from "../dom";
import type { PaneState, SelectionKind } from "../state";
import type { PaneHandlers } from "./handlers";

export interface ItemContent {
  kind: SelectionKind;
  id: string;
  title: string;
  meta: string;
  text?: string;
  badges?: string[];
  /** Shown under the entry, inside its list item (e.g. "Insert formula"). */
  extra?: HTMLElement;
}

/** One clickable entry of a list: selecting it shows its words in the source view. */
export function itemButton(state: PaneState, handlers: PaneHandlers, item: ItemContent): HTMLElement {
  const { kind, id, title, meta, text, badges = [], extra } = item;
  const current = state.selected?.kind === kind && state.selected.id === id;
  const button = el(
    "button",
    { class: "item", type: "button", "data-id": id, "aria-current": current ? "true" : undefined, title: "Show in the source" },
    el("span", { class: "item-title" }, ...badges.map((b) => el("span", { class: "badge" }, b)), title),
    el("span", { class: "item-meta" }, meta),
    text ? el("span", { class: "item-text" }, text) : null,
  );
  button.addEventListener("click", () => handlers.select(kind, id));
  return el("li", {}, button, extra);
}

/** "Chart across reports" under a figure: the figure as every report of the library gives it; disabled outside Excel. */
export function chartAcrossButton(state: PaneState, handlers: PaneHandlers, where: string, measure: string): HTMLElement {
  const button = el(
    "button",
    {
      class: "action",
      type: "button",
      disabled: state.excel !== true || state.busy,
      "aria-label": `Chart ${where} ${measure} across reports`,
    },
    "Chart across reports",
  );
  button.addEventListener("click", () => handlers.chartAcrossReports(where, measure));
  return button;
}

/** "Insert formula" under an item (and any other action given for it); disabled outside Excel. */
export function formulaButton(state: PaneState, handlers: PaneHandlers, formula: string, other?: HTMLElement): HTMLElement {
  const button = el(
    "button",
    {
      class: "action",
      type: "button",
      disabled: state.excel !== true || state.busy,
      "aria-label": `Insert formula ${formula}`,
      title: formula,
    },
    "Insert formula",
  );
  button.addEventListener("click", () => handlers.insertFormula(formula));
  return el("div", { class: "row-actions" }, button, other);
}

/** A section's list, or a line saying the search matches nothing in it. */
export function itemList(label: string, query: string, items: HTMLElement[]): HTMLElement {
  if (items.length === 0) return el("p", { class: "empty" }, `Nothing here matches “${query}”.`);
  return el("ul", { class: "list", "aria-label": label }, ...items);
}
