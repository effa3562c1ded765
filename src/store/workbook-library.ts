/** The runtime's library and the workbook: load the reports saved in it at start, save them after each change. */
import type { Library } from "../query";

/** The custom-XML store, loaded when first used: it is not part of the pane's start-up script. */
const workbookStore = () => import(/* webpackChunkName: "workbook-store" */ "./workbook-store");

export interface LoadOutcome {
  loaded: string[];
  /** Reports that could not be read back, each with why: they are left in the workbook, untouched. */
  problems: string[];
}

/**
 * Adds the workbook's saved reports to the library (each checked as an import is; the checker and zod load only
 * when there is something to check) and restores the workbook's default report.
 */
export async function loadWorkbookReports(library: Library): Promise<LoadOutcome> {
  const { readWorkbookLibrary } = await workbookStore();
  const stored = await readWorkbookLibrary();
  const outcome: LoadOutcome = { loaded: [], problems: [] };
  if (!stored || stored.reports.length === 0) {
    if (stored?.defaultId) library.setDefault(stored.defaultId);
    return outcome;
  }
  const { readReportFile, problemLines } = await import(/* webpackChunkName: "report-check" */ "./report-file");
  for (const { id, json } of stored.reports) {
    const checked = await readReportFile(json);
    if (!checked.ok) {
      outcome.problems.push(`${id}: ${problemLines(checked.problems).slice(0, 3).join("; ")}`);
      continue;
    }
    const added = library.add(checked.report, "workbook", "replace");
    if (added.ok) outcome.loaded.push(id);
  }
  if (stored.defaultId) library.setDefault(stored.defaultId);
  return outcome;
}

/** Saves every report the user added (not the bundled ones) and the default report into the workbook. */
export async function saveLibraryToWorkbook(library: Library) {
  const { saveWorkbookLibrary } = await workbookStore();
  return saveWorkbookLibrary({
    reports: library
      .list()
      .filter((entry) => entry.origin !== "bundled")
      .map((entry) => entry.report),
    defaultId: library.defaultReportId,
  });
}

/** Rejects after `ms` so a host that never answers cannot hold the functions forever. */
export function withinTime<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

let atStart: Promise<LoadOutcome | undefined> | undefined;

/**
 * Started by the runtime's entry, right after the functions are registered: once Office is ready, and only in Excel,
 * the workbook's reports are loaded, and functions called meanwhile wait for them (at most 15 s). The pane awaits the
 * same promise to say what could not be read. Undefined outside Excel.
 */
export function loadWorkbookReportsAtStart(
  library: Library,
  hold: <T>(work: Promise<T>) => Promise<T>,
): Promise<LoadOutcome | undefined> {
  atStart ??= hold(
    Office.onReady().then((info) =>
      info.host === Office.HostType.Excel && typeof Excel !== "undefined"
        ? withinTime(loadWorkbookReports(library), 15_000, "Reading the workbook's reports")
        : undefined,
    ),
  );
  return atStart;
}
