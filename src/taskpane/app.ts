import { el, replaceChildren } from "./dom";
import { SECTION_LABELS, SECTIONS, type PaneState, type Section, type Store } from "./state";
import { figuresView } from "./views/figures-view";
import type { PaneHandlers } from "./views/handlers";
import { peopleView } from "./views/people-view";
import { reportsView } from "./views/reports-view";
import { sourceView } from "./views/source-view";
import { statementsView } from "./views/statements-view";
import { statusView } from "./views/status-view";
import { timelineView } from "./views/timeline-view";

const OUTSIDE_EXCEL =
  "Open this pane in Excel to insert tables, charts and formulas; here you can browse the report and its source.";

function sectionCount(state: PaneState, section: Section): number | undefined {
  const { hits } = state;
  return {
    figures: hits.figures.size,
    statements: hits.statements.size,
    timeline: hits.events.size,
    people: hits.actors.size,
    source: undefined,
    reports: state.library.length,
  }[section];
}

function panel(state: PaneState, handlers: PaneHandlers): HTMLElement {
  switch (state.section) {
    case "figures":
      return figuresView(state, handlers);
    case "statements":
      return statementsView(state, handlers);
    case "timeline":
      return timelineView(state, handlers);
    case "people":
      return peopleView(state, handlers);
    case "source":
      return sourceView(state);
    case "reports":
      return reportsView(state, handlers);
  }
}

/** Builds the pane in `root` and keeps it in step with the store. */
export function mountApp(root: HTMLElement, store: Store, handlers: PaneHandlers): void {
  const search = el("input", {
    class: "search",
    type: "search",
    id: "search",
    placeholder: "Search names, places, words of quotes…",
    "aria-label": "Search the report",
    autocomplete: "off",
  });
  search.addEventListener("input", () => handlers.setQuery(search.value));

  const tabs = SECTIONS.map((section) => {
    const tab = el("button", { role: "tab", type: "button", id: `tab-${section}`, "aria-controls": "panel" });
    tab.addEventListener("click", () => handlers.setSection(section));
    tab.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      const next = SECTIONS[(SECTIONS.indexOf(section) + step + SECTIONS.length) % SECTIONS.length]!;
      handlers.setSection(next);
      document.getElementById(`tab-${next}`)?.focus();
    });
    return tab;
  });

  const button = (label: string, onClick: () => void, primary = false) => {
    const b = el("button", { class: primary ? "action primary" : "action", type: "button" }, label);
    b.addEventListener("click", onClick);
    return b;
  };
  const insertTable = button("Insert as table", () => handlers.insertSection(store.state.section), true);
  const excelButtons = [
    insertTable,
    button("Chart casualties", () => handlers.insertChart()),
    button("Cross-reference selection", () => handlers.crossReferenceSelection()),
    button("Source of active cell", () => handlers.showActiveCellSource()),
    button("Insert every section", () => handlers.insertAllSections()),
  ];
  const download = button("Download workbook", () => handlers.downloadWorkbook());
  const shareButtons = [
    button("Keep values for sharing", () => handlers.keepValuesForSharing()),
    button("Restore formulas", () => handlers.restoreFormulas()),
  ];
  const hostNote = el("p", { class: "host-note ms-font-s", id: "host-note" });
  const status = el("div", { id: "status-area" });
  const content = el("div", { role: "tabpanel", id: "panel", tabindex: "0" });

  replaceChildren(
    root,
    hostNote,
    el(
      "div",
      { class: "toolbar", role: "toolbar", "aria-label": "Excel actions", "aria-describedby": "host-note" },
      ...excelButtons,
    ),
    el("div", { class: "toolbar", role: "toolbar", "aria-label": "Export and sharing" }, download, ...shareButtons),
    status,
    search,
    el("div", { class: "tabs", role: "tablist", "aria-label": "Sections of the report" }, ...tabs),
    content,
  );
  root.removeAttribute("aria-busy");

  store.subscribe((state, previous) => {
    hostNote.textContent = state.excel === null ? "Connecting to Office…" : state.excel ? "Connected to Excel." : OUTSIDE_EXCEL;
    hostNote.hidden = state.excel === true;
    const excelReady = state.excel === true && !state.busy;
    excelButtons.forEach((b) => (b.disabled = !excelReady));
    insertTable.disabled = !excelReady || state.section === "source" || state.section === "reports";
    download.disabled = state.busy;
    shareButtons.forEach((b) => (b.disabled = !excelReady));
    tabs.forEach((tab, i) => {
      const section = SECTIONS[i]!;
      const count = sectionCount(state, section);
      tab.textContent = count === undefined ? SECTION_LABELS[section] : `${SECTION_LABELS[section]} (${count})`;
      tab.setAttribute("aria-selected", String(section === state.section));
      tab.tabIndex = section === state.section ? 0 : -1;
    });
    content.setAttribute("aria-labelledby", `tab-${state.section}`);
    replaceChildren(status, statusView(state, handlers));
    // The review screen keeps its own DOM (focus, typed text, scroll): it is put in place once, not rebuilt.
    const review = state.section === "reports" ? state.review?.element : undefined;
    if (!review) replaceChildren(content, panel(state, handlers));
    else if (content.firstChild !== review) replaceChildren(content, review);
    if (state.section === "source" && state.selected && state.selected !== previous.selected) {
      content.querySelector("mark.current")?.scrollIntoView({ block: "center" });
    }
  });
}
