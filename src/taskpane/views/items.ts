import { el } from "../dom";
import { SEARCHED_SECTIONS, SECTION_LABELS, sectionCount, type PaneState, type SelectionKind } from "../state";
import { disabledAttributes, excelReason, onActivate } from "./disabled";
import type { PaneHandlers } from "./handlers";
import { highlighted } from "./highlight";

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

/** One clickable entry of a list: selecting it shows its words in the source view. The search's words are marked. */
export function itemButton(state: PaneState, handlers: PaneHandlers, item: ItemContent): HTMLElement {
  const { kind, id, title, meta, text, badges = [], extra } = item;
  const { terms } = state.hits;
  const current = state.selected?.kind === kind && state.selected.id === id;
  const button = el(
    "button",
    { class: "item", type: "button", "data-id": id, "aria-current": current ? "true" : undefined, title: "Show in the source" },
    el(
      "span",
      { class: "item-title ms-font-m" },
      ...badges.map((b) => el("span", { class: "badge ms-font-xs" }, b)),
      ...highlighted(title, terms),
    ),
    el("span", { class: "item-meta ms-font-s" }, ...highlighted(meta, terms)),
    text ? el("span", { class: "item-text ms-font-m" }, ...highlighted(text, terms)) : null,
  );
  button.addEventListener("click", () => handlers.select(kind, id));
  return el("li", { "data-id": id }, button, extra);
}

/** "Chart across reports" under a figure: the figure as every report of the library gives it; disabled, with the reason, outside Excel. */
export function chartAcrossButton(state: PaneState, handlers: PaneHandlers, where: string, measure: string): HTMLElement {
  const button = el(
    "button",
    {
      class: "action",
      type: "button",
      "aria-label": `Chart ${where} ${measure} across reports`,
      ...disabledAttributes(excelReason(state)),
    },
    "Chart across reports",
  );
  onActivate(button, () => handlers.chartAcrossReports(where, measure));
  return button;
}

/** "Insert formula" under an item (and any other action given for it); disabled, with the reason, outside Excel or while an action runs. */
export function formulaButton(state: PaneState, handlers: PaneHandlers, formula: string, other?: HTMLElement): HTMLElement {
  const reason = excelReason(state);
  const button = el(
    "button",
    {
      class: "action",
      type: "button",
      "aria-label": `Insert formula ${formula}`,
      title: formula,
      ...disabledAttributes(reason),
    },
    "Insert formula",
  );
  onActivate(button, () => handlers.insertFormula(formula));
  return el("div", { class: "row-actions" }, button, other);
}

/**
 * A section's list; when the search finds nothing in it, a line saying so and, for every other
 * section where it finds something, a button to show that section.
 */
export function itemList(label: string, state: PaneState, handlers: PaneHandlers, items: HTMLElement[]): HTMLElement {
  if (items.length > 0) return el("ul", { class: "list", "aria-label": label }, ...items);
  const elsewhere = SEARCHED_SECTIONS.filter((s) => s !== state.section && (sectionCount(state, s) ?? 0) > 0);
  const offers = elsewhere.map((section) => {
    const offer = el(
      "button",
      { class: "action", type: "button" },
      `Show ${SECTION_LABELS[section]} (${sectionCount(state, section)})`,
    );
    offer.addEventListener("click", () => handlers.setSection(section));
    return offer;
  });
  return el(
    "div",
    { class: "empty-result" },
    el(
      "p",
      { class: "empty ms-font-m" },
      `Nothing in ${SECTION_LABELS[state.section]} matches “${state.query}”.`,
      elsewhere.length > 0 ? " Other sections do:" : " Nor does any other section.",
    ),
    offers.length > 0 ? el("div", { class: "toolbar" }, ...offers) : null,
  );
}
