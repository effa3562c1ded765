import { counted } from "../model/count";
import { el, replaceChildren } from "./dom";
import { focusPlace, restoreFocus } from "./focus";
import { menuButton } from "./menu-button";
import { sectionCount, type PaneState, type Store } from "./state";
import { sectionTabs } from "./tabs";
import { excelReason, onActivate, REASONS, reasonsElement, setDisabled, type Reason } from "./views/disabled";
import { figuresView } from "./views/figures-view";
import type { PaneHandlers } from "./views/handlers";
import { peopleView } from "./views/people-view";
import { reportsView } from "./views/reports-view";
import { sourceView } from "./views/source-view";
import { statementsView } from "./views/statements-view";
import { statusView } from "./views/status-view";
import { timelineView } from "./views/timeline-view";

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
      return sourceView(state, handlers);
    case "reports":
      return reportsView(state, handlers);
  }
}

/** Why "Insert as table" cannot insert the open section now, or null when it can. */
function insertTableReason(state: PaneState): Reason | null {
  if (state.section === "source") return "sourceHasNoTable";
  if (state.section === "reports") return "reportsHaveNoTable";
  return excelReason(state) ?? (sectionCount(state, state.section) === 0 ? "noRows" : null);
}

/** The pane header (outside the app's root, in the page): the shown report's title and counts. */
function renderHeader(state: PaneState): void {
  const { report } = state.report;
  const title = document.getElementById("report-title");
  const subtitle = document.getElementById("report-subtitle");
  if (title) {
    title.textContent = report.source.title;
    title.title = report.source.title;
  }
  if (subtitle) {
    subtitle.textContent = [
      counted(report.figures.length, "figure"),
      counted(report.statements.length, "statement"),
      counted(report.events.length, "event"),
      counted(report.actors.length, "person or group", "people and groups"),
    ].join(" · ");
  }
}

/**
 * Builds the pane in `root` and keeps it in step with the store. The top (actions, search, tabs,
 * status) stays put; the panel below scrolls, and is where a section, the source view or any
 * other screen (a review of a drafted report) is shown.
 */
export function mountApp(root: HTMLElement, store: Store, handlers: PaneHandlers): void {
  const content = el("div", { role: "tabpanel", id: "panel", tabindex: "0", class: "panel" });
  const status = el("div", { id: "status-area" });
  // One live region for the whole life of the pane, its text changed in place: a region inserted with its text
  // already in it is not announced by most screen readers.
  const announcer = el("p", { id: "status-text", role: "status", "aria-live": "polite", hidden: true });

  /** Where focus goes after the next render, for actions that replace what had it. */
  let focusNext: (() => HTMLElement | null | undefined) | null = null;
  const tabs = sectionTabs((section) => {
    focusNext = () => tabs.tab(section);
    handlers.setSection(section);
  });
  const viewHandlers: PaneHandlers = {
    ...handlers,
    // A list's item opens its words in the source view: focus goes to them.
    select: (kind, id) => {
      focusNext = () => content.querySelector<HTMLElement>("#source-current") ?? content.querySelector<HTMLElement>(".back");
      handlers.select(kind, id);
    },
    // Back to the list, focus on the item the source view was opened from.
    back: () => {
      const { selected } = store.state;
      focusNext = () =>
        (selected && content.querySelector<HTMLElement>(`li[data-id="${CSS.escape(selected.id)}"] .item`)) ??
        tabs.tab(store.state.section);
      handlers.back();
    },
    // Show (Reports): every view now shows that report, from its Figures; focus goes to the Figures tab.
    showReport: (id) => {
      focusNext = () => tabs.tab("figures");
      handlers.showReport(id);
    },
    // A button offering another section (the search found nothing here): focus goes to that section's tab.
    setSection: (section) => {
      focusNext = () => tabs.tab(section);
      handlers.setSection(section);
    },
  };

  const search = el("input", {
    class: "search ms-font-m",
    type: "search",
    id: "search",
    placeholder: "Search names, numbers, words…",
    "aria-label": "Search the report",
    autocomplete: "off",
  });
  search.addEventListener("input", () => handlers.setQuery(search.value));

  const insertTable = el("button", { class: "action primary", type: "button", id: "insert-table" }, "Insert as table");
  onActivate(insertTable, () => handlers.insertSection(store.state.section));
  const more = menuButton("more-actions", "More actions", [
    { label: "Chart casualties", run: () => handlers.insertChart() },
    { label: "Cross-reference selection", run: () => handlers.crossReferenceSelection() },
    { label: "Source of active cell", run: () => handlers.showActiveCellSource() },
    { label: "Insert every section", run: () => handlers.insertAllSections() },
    "separator",
    { label: "Download workbook", run: () => handlers.downloadWorkbook() },
    "separator",
    { label: "Keep values for sharing", run: () => handlers.keepValuesForSharing() },
    { label: "Restore formulas", run: () => handlers.restoreFormulas() },
  ]);
  const [chart, crossReference, activeCell, everySection, download, keepValues, restore] = more.items;
  const needExcel = [chart!, crossReference!, activeCell!, everySection!, keepValues!, restore!];

  const hostNote = el("p", { class: "host-note ms-font-s", id: "host-note" });
  replaceChildren(
    root,
    el(
      "div",
      { class: "pane-top" },
      hostNote,
      el("div", { class: "actions", role: "group", "aria-label": "Actions" }, insertTable, more.element),
      search,
      tabs.element,
      el("div", { class: "status-area" }, announcer, status),
    ),
    content,
    reasonsElement(),
  );
  root.removeAttribute("aria-busy");

  store.subscribe((state, previous) => {
    const panelFocus = focusPlace(content);
    const statusFocus = focusPlace(status);
    const sameScreen = state.section === previous.section && state.report === previous.report;
    const scrolled = content.scrollTop;

    renderHeader(state);
    // Showing another report clears the search: the box says so too.
    if (search.value !== state.query) search.value = state.query;
    hostNote.textContent = state.excel === null ? REASONS.connecting : state.excel ? "" : REASONS.outsideExcel;
    hostNote.hidden = state.excel === true;
    const excel = excelReason(state);
    setDisabled(insertTable, insertTableReason(state));
    needExcel.forEach((item) => setDisabled(item, excel));
    setDisabled(download!, state.busy ? "busy" : null);
    tabs.render(state);
    content.setAttribute("aria-labelledby", `tab-${state.section}`);
    const said = state.status?.text ?? "";
    if (announcer.textContent !== said) announcer.textContent = said;
    announcer.className = state.status ? `status ${state.status.tone} ms-font-m` : "";
    announcer.hidden = !state.status;
    replaceChildren(status, statusView(state, viewHandlers));
    // The review screen keeps its own DOM (focus, typed text, scroll): it is put in place once, not rebuilt.
    const review = state.section === "reports" ? (state.review ?? state.team)?.element : undefined;
    if (review) {
      if (content.firstChild !== review) replaceChildren(content, review);
    } else {
      replaceChildren(content, panel(state, viewHandlers));
      content.scrollTop = sameScreen ? scrolled : 0;
    }

    const request = focusNext;
    focusNext = null;
    const target = request?.();
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: content.contains(target) ? "center" : "nearest" });
    } else if (panelFocus && !review) restoreFocus(content, panelFocus);
    else if (statusFocus) restoreFocus(status, statusFocus, content);
    if (!target && state.section === "source" && state.selected && state.selected !== previous.selected) {
      content.querySelector("mark.current")?.scrollIntoView({ block: "center" });
    }
  });
}
