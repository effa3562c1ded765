import { search, type Library, type Match, type ReportIndex, type SearchHits } from "../query";

export const SECTIONS = ["figures", "statements", "timeline", "people", "source"] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<Section, string> = {
  figures: "Figures",
  statements: "Statements",
  timeline: "Timeline",
  people: "People & groups",
  source: "Source",
};

export type SelectionKind = "figure" | "statement" | "event" | "actor";

export interface Status {
  text: string;
  tone: "info" | "error" | "success";
}

/** A formula waiting for the user to confirm it may replace a non-empty cell. */
export interface PendingOverwrite {
  formula: string;
  address: string;
}

/** The one state object every view renders from. */
export interface PaneState {
  /** The report every view shows and every action uses. */
  report: ReportIndex;
  /** The `[report]` argument formulas need for this report: none when it is the library's default. */
  reportArgument: string | undefined;
  query: string;
  hits: SearchHits;
  section: Section;
  selected: { kind: SelectionKind; id: string } | null;
  /** Null until Office.onReady answers; then whether Excel's API is there. */
  excel: boolean | null;
  status: Status | null;
  matches: { title: string; items: Match[] } | null;
  pendingOverwrite: PendingOverwrite | null;
  busy: boolean;
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
      excel: null,
      status: null,
      matches: null,
      pendingOverwrite: null,
      busy: false,
    };
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
