import { el } from "./dom";
import { SECTION_LABELS, SECTIONS, sectionCount, type PaneState, type Section } from "./state";

export interface SectionTabs {
  element: HTMLElement;
  tab(section: Section): HTMLButtonElement;
  render(state: PaneState): void;
}

/**
 * The sections as a WAI-ARIA tablist on one row (it scrolls sideways when narrow): Left and Right
 * arrows move and select (wrapping), Home and End go to the first and last; one tab is in the Tab
 * order (roving tabindex); each shows its count under the current search.
 */
export function sectionTabs(select: (section: Section) => void): SectionTabs {
  const tabs = new Map<Section, HTMLButtonElement>();
  for (const section of SECTIONS) {
    const tab = el("button", {
      role: "tab",
      type: "button",
      id: `tab-${section}`,
      "aria-controls": "panel",
      class: "tab ms-font-m",
    });
    tab.addEventListener("click", () => select(section));
    tab.addEventListener("keydown", (event) => {
      const at = SECTIONS.indexOf(section);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: SECTIONS.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = SECTIONS[(to + SECTIONS.length) % SECTIONS.length]!;
      select(next);
      tabs.get(next)!.focus();
    });
    tabs.set(section, tab);
  }
  const element = el("div", { class: "tabs", role: "tablist", "aria-label": "Sections of the report" }, ...tabs.values());
  return {
    element,
    tab: (section) => tabs.get(section)!,
    render(state) {
      for (const [section, tab] of tabs) {
        const count = sectionCount(state, section);
        tab.replaceChildren(
          SECTION_LABELS[section],
          ...(count === undefined ? [] : [" ", el("span", { class: "tab-count" }, String(count))]),
        );
        const selected = section === state.section;
        tab.setAttribute("aria-selected", String(selected));
        tab.tabIndex = selected ? 0 : -1;
      }
      // Keep the selected tab in view inside the row, without scrolling the page.
      const current = tabs.get(state.section)!;
      const row = element;
      if (current.offsetLeft < row.scrollLeft) row.scrollLeft = current.offsetLeft;
      else if (current.offsetLeft + current.offsetWidth > row.scrollLeft + row.clientWidth) {
        row.scrollLeft = current.offsetLeft + current.offsetWidth - row.clientWidth;
      }
    },
  };
}
