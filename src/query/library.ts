import { fail, ok, type Result } from "../model/failure";
import type { Report } from "../model/report";
import { uniqueId } from "../model/slug";
import { type Argument, isBlank, requiredText } from "./arguments";
import { openReport, type OpenReport } from "./open-report";
import { NameIndex } from "./name-index";

/** Where a report in the library came from: shipped with the add-in, saved in the workbook, or read from a file. */
export type ReportOrigin = "bundled" | "workbook" | "file";

export interface LibraryEntry {
  /** The report's lookups, built when first asked for. */
  readonly open: OpenReport;
  readonly report: Report;
  readonly origin: ReportOrigin;
}

/** What to do when a report's id is already in the library. */
export type OnDuplicate = "refuse" | "replace" | "keep-both";

const published = (entry: LibraryEntry) => {
  const { value, notBefore } = entry.report.source.published;
  return value.length >= notBefore.length ? value : notBefore;
};

/**
 * The reports a surface works with, by id, with one default. Each report is opened (indexed) once; every lookup
 * then goes through `resolve`, which takes a function's optional `[report]` argument (an id or a title, by any
 * spelling, with "did you mean") and gives the open report, or the default when the argument is blank.
 */
export class Library {
  private readonly entries = new Map<string, LibraryEntry>();
  private names = new NameIndex<string>();
  private defaultId: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(reports: ReadonlyArray<{ report: Report; origin: ReportOrigin }> = []) {
    for (const { report, origin } of reports) this.insert(report, origin, "refuse");
  }

  /**
   * Adds a report. A second report with an id already here is refused, replaces the first, or gets a new id. The
   * entry's lookups are still unbuilt: reading `open` builds them.
   */
  add(report: Report, origin: ReportOrigin, onDuplicate: OnDuplicate = "refuse"): Result<LibraryEntry> {
    return this.insert(report, origin, onDuplicate);
  }

  /**
   * Files a report under its id; its lookups are built on first use, not here, so a runtime that starts with the
   * bundled report registers its functions without waiting for any index.
   */
  private insert(report: Report, origin: ReportOrigin, onDuplicate: OnDuplicate): Result<LibraryEntry> {
    let id = report.source.id;
    const existing = this.entries.get(id);
    if (existing) {
      if (onDuplicate === "refuse") return fail({ code: "duplicate-report", id, title: existing.report.source.title });
      if (onDuplicate === "keep-both") {
        const base = id;
        id = uniqueId(base, (taken) => this.entries.has(taken));
        const n = id.slice(base.length + 1);
        report = { ...report, source: { ...report.source, id, title: `${report.source.title} (${n})` } };
      }
    }
    let open: OpenReport | undefined;
    const entry: LibraryEntry = {
      origin,
      report,
      get open() {
        return (open ??= openReport(report));
      },
    };
    const replacing = this.entries.has(id);
    this.entries.set(id, entry);
    this.defaultId ??= id;
    if (replacing) this.reindex();
    else this.addNames(id, report);
    this.changed();
    return ok(entry);
  }

  /** Removes a report; the default falls back to the first report left. Bundled reports stay. */
  remove(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry || entry.origin === "bundled") return false;
    this.entries.delete(id);
    if (this.defaultId === id) this.defaultId = this.entries.keys().next().value;
    this.reindex();
    this.changed();
    return true;
  }

  setDefault(id: string): boolean {
    if (!this.entries.has(id)) return false;
    this.defaultId = id;
    this.changed();
    return true;
  }

  /** Calls `listener` after every change (a report added, replaced or removed, a new default); returns its undo. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((listener) => listener());
  }

  get default(): OpenReport | undefined {
    return this.defaultId === undefined ? undefined : this.entries.get(this.defaultId)?.open;
  }

  get defaultReportId(): string | undefined {
    return this.defaultId;
  }

  get(id: string): LibraryEntry | undefined {
    return this.entries.get(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every report, oldest publication first (ties in the order they were added). */
  list(): LibraryEntry[] {
    return [...this.entries.values()]
      .map((entry, order) => ({ entry, order, at: published(entry) }))
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.order - b.order))
      .map(({ entry }) => entry);
  }

  /** The report a function's `[report]` argument names; the default when it is blank. */
  resolve(argument: Argument): Result<OpenReport> {
    if (isBlank(argument)) {
      const fallback = this.default;
      return fallback ? ok(fallback) : fail({ code: "missing", argument: "report", expected: "a report id or title" });
    }
    if (typeof argument === "string") {
      const id = this.names.find(argument);
      const entry = id === undefined ? undefined : this.entries.get(id);
      if (entry) return ok(entry.open);
    }
    const text = requiredText(argument, "report", "a report id or title");
    if (!text.ok) return text;
    return fail({ code: "unknown-report", input: text.value, suggestion: this.names.suggest(text.value) });
  }

  /** Ids and titles by any spelling; "report:" may be left out of an id. */
  private addNames(id: string, report: Report): void {
    this.names
      .add(id, id)
      .add(id.replace(/^report:/, ""), id)
      .add(report.source.title, id);
  }

  private reindex(): void {
    this.names = new NameIndex<string>();
    for (const [id, entry] of this.entries) this.addNames(id, entry.report);
  }
}
