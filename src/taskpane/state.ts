import type { Report } from "../model/report";
import { search, type Library, type Match, type OpenReport, type ReportOrigin, type SearchHits } from "../query";
import type { CheckedCell } from "./excel/formula";

export const SECTIONS = ["figures", "statements", "timeline", "people", "source", "reports"] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<Section, string> = {
  figures: "Figures",
  statements: "Statements",
  timeline: "Timeline",
  people: "People & groups",
  source: "Source",
  reports: "Reports",
};

/** How many records a section shows under the current search; undefined for a section that is not a list of records. */
export function sectionCount(state: PaneState, section: Section): number | undefined {
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

/** The sections the search filters. */
export const SEARCHED_SECTIONS = ["figures", "statements", "timeline", "people"] as const satisfies readonly Section[];

/** One report of the library as the pane lists it: its record, never its lookups (the list opens no index). */
export interface LibraryItem {
  report: Report;
  origin: ReportOrigin;
  isDefault: boolean;
}

const listLibrary = (library: Library): LibraryItem[] =>
  library.list().map((entry) => ({
    report: entry.report,
    origin: entry.origin,
    isDefault: entry.report.source.id === library.defaultReportId,
  }));

export type SelectionKind = "figure" | "statement" | "event" | "actor";

export interface Status {
  text: string;
  tone: "info" | "error" | "success";
}

/** A formula waiting for the user to confirm it may replace a non-empty cell: that cell, as it was shown. */
export interface PendingOverwrite {
  formula: string;
  address: string;
  cell: CheckedCell;
}

/** The review of a drafted report (src/taskpane/review, loaded on demand): it renders itself from its own state. */
export interface ReviewScreen {
  readonly element: HTMLElement;
}

/** The one state object every view renders from. */
export interface PaneState {
  /** The report every view shows and every action uses. */
  report: OpenReport;
  /** The `[report]` argument formulas need for this report: none when it is the library's default. */
  reportArgument: string | undefined;
  query: string;
  hits: SearchHits;
  section: Section;
  selected: { kind: SelectionKind; id: string } | null;
  /** The list the source view was opened from: where "Back" returns (to the selected item). */
  returnTo: Section | null;
  /** Null until Office.onReady answers; then whether Excel's API is there. */
  excel: boolean | null;
  /** The start-time read of the workbook's reports failed: the status offers to try it again. */
  workbookReadFailed: boolean;
  status: Status | null;
  matches: { title: string; items: Match[] } | null;
  pendingOverwrite: PendingOverwrite | null;
  busy: boolean;
  /** The reports of the library, oldest first: listed again whenever the library changes. */
  library: LibraryItem[];
  /** A report the user asked to remove, waiting for confirmation. */
  pendingRemoval: string | null;
  /** A report file whose id is already in the library, waiting for "replace" or "keep both". */
  pendingImport: { id: string; report: Report } | null;
  /** Why the last report file was not imported. */
  importProblems: {
    file: string;
    lines: string[];
    /** Set when only orphans (quotes no longer in the edited text) stopped it: the report without them. */
    orphans?: { count: number; dropped: string[]; moved: number; report: Report };
  } | null;
  /** "Add a report": the review screen, shown in the Reports section's place while it is open. */
  review: ReviewScreen | null;
  /** Reports › Team library (loaded on demand), shown in the Reports section's place while it is open. */
  team: ReviewScreen | null;
}

type Listener = (state: PaneState, previous: PaneState) => void;

export class Store {
  private listeners: Listener[] = [];
  state: PaneState;

  constructor(readonly library: Library) {
    const report = library.default!;
    this.state = {
      report,
      reportArgument: undefined,
      query: "",
      hits: search(report, ""),
      section: "figures",
      selected: null,
      returnTo: null,
      excel: null,
      workbookReadFailed: false,
      status: null,
      matches: null,
      pendingOverwrite: null,
      busy: false,
      library: listLibrary(library),
      pendingRemoval: null,
      pendingImport: null,
      importProblems: null,
      review: null,
      team: null,
    };
    // Every change to the library (an import, the workbook's reports loading) is listed again: nothing else resyncs.
    library.onChange(() => this.update({ library: listLibrary(library) }));
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
    listener(this.state, this.state);
  }

  update(patch: Partial<PaneState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    const reportChanged = patch.report !== undefined && patch.report !== previous.report;
    if (reportChanged || (patch.query !== undefined && patch.query !== previous.query)) {
      this.state.hits = search(this.state.report, this.state.query);
    }
    this.listeners.forEach((listener) => listener(this.state, previous));
  }
}
