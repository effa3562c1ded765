/**
 * The runtime's library and the workbook: load the reports saved in it at start, save them after each change, and
 * never lose one: a report this runtime cannot read is kept in every save, nothing is saved until a read has
 * succeeded, and another runtime's save (a second window, a co-author) is merged by report, never overwritten.
 */
import type { Library } from "../query";
import type { StoredReport, WorkbookView } from "./workbook-store";
import { messageOf } from "../model/error-message";

/** The custom-XML store, loaded when first used: it is not part of the pane's start-up script. */
const workbookStore = () => import(/* webpackChunkName: "workbook-store" */ "./workbook-store");
const reportCheck = () => import(/* webpackChunkName: "report-check" */ "./report-file");

export interface LoadOutcome {
  loaded: string[];
  /** Reports that could not be read back, each with why: every later save keeps them as they are. */
  problems: string[];
}

/** What this runtime knows of its workbook's library: one per library (each runtime builds its own). */
export interface Session {
  read: boolean;
  view?: WorkbookView;
  /** Reports stored in the workbook that this runtime could not read, kept byte for byte. */
  kept: Map<string, StoredReport>;
  /** Each report's JSON as last read or saved, to tell who changed what when another runtime saved meanwhile. */
  lastJson: Map<string, string>;
  lastDefault: string | undefined;
}

const sessions = new WeakMap<Library, Session>();
export const sessionOf = (library: Library): Session => {
  let session = sessions.get(library);
  if (!session) sessions.set(library, (session = { read: false, kept: new Map(), lastJson: new Map(), lastDefault: undefined }));
  return session;
};

/** Whether the workbook's reports have been read in this runtime (saves wait for that). */
export const workbookRead = (library: Library) => sessionOf(library).read;

/** Checks stored reports; adds those it can read to the library, keeps the others. */
export async function takeIn(library: Library, session: Session, reports: readonly StoredReport[], outcome: LoadOutcome) {
  if (reports.length === 0) return;
  const { reportJson } = await workbookStore();
  const { readReportFile, problemLines } = await reportCheck();
  for (const stored of reports) {
    let json: string;
    try {
      json = reportJson(stored);
    } catch (error) {
      session.kept.set(stored.id, stored);
      outcome.problems.push(`${stored.id}: its bytes are not UTF-8 (${messageOf(error)})`);
      continue;
    }
    const checked = await readReportFile(json);
    if (!checked.ok) {
      session.kept.set(stored.id, stored);
      outcome.problems.push(`${stored.id}: ${problemLines(checked.problems).slice(0, 3).join("; ")}`);
      continue;
    }
    session.kept.delete(stored.id);
    session.lastJson.set(stored.id, JSON.stringify(checked.report));
    // A report the user added in this session (before a read that had failed) is theirs to keep.
    const current = library.get(stored.id);
    if (current && current.origin !== "bundled" && !session.read) continue;
    const added = library.add(checked.report, "workbook", "replace");
    if (added.ok) outcome.loaded.push(stored.id);
  }
}

/**
 * Adds the workbook's saved reports to the library (each checked as an import is; the checker and zod load only
 * when there is something to check) and restores the workbook's default report. A report that cannot be read is
 * listed with why and kept: later saves carry it over untouched.
 */
export async function loadWorkbookReports(library: Library): Promise<LoadOutcome> {
  const session = sessionOf(library);
  const { readWorkbookLibrary } = await workbookStore();
  const { view, newest } = await readWorkbookLibrary();
  const outcome: LoadOutcome = { loaded: [], problems: [] };
  await takeIn(library, session, newest?.reports ?? [], outcome);
  if (newest?.defaultId) library.setDefault(newest.defaultId);
  session.lastDefault = newest?.defaultId;
  session.view = view;
  session.read = true;
  return outcome;
}

export class WorkbookNotReadError extends Error {
  constructor(why: string) {
    super(
      `the reports saved in this workbook could not be read (${why}), so nothing was saved: saving now would replace them. The change lasts this session; try again.`,
    );
    this.name = "WorkbookNotReadError";
  }
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

/** Waits between tries of the start-time read: a batch can fail while Excel is busy. */
export const START_READ_DELAYS_MS = [500, 2_000];
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Loads the workbook's reports, trying again after each delay when a read fails. */
export async function loadWithRetry(library: Library, delays: readonly number[] = START_READ_DELAYS_MS): Promise<LoadOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await loadWorkbookReports(library);
    } catch (error) {
      if (attempt >= delays.length) throw error;
      await pause(delays[attempt]!);
    }
  }
}

const atStart = new WeakMap<Library, Promise<LoadOutcome | undefined>>();

/**
 * Started by the runtime's entry, right after the functions are registered: once Office is ready, and only in Excel,
 * the workbook's reports are loaded (retried twice), and functions called meanwhile wait for them (at most 15 s).
 * The pane awaits the same promise to say what could not be read. Undefined outside Excel. A read that failed is not
 * kept: the next call reads again, and no save happens until one succeeds.
 */
export function loadWorkbookReportsAtStart(
  library: Library,
  hold: <T>(work: Promise<T>) => Promise<T>,
): Promise<LoadOutcome | undefined> {
  const started = atStart.get(library);
  if (started) return started;
  const work = hold(
    Office.onReady().then((info) =>
      info.host === Office.HostType.Excel && typeof Excel !== "undefined"
        ? withinTime(loadWithRetry(library), 15_000, "Reading the workbook's reports")
        : undefined,
    ),
  );
  atStart.set(library, work);
  work.catch(() => {
    if (atStart.get(library) === work) atStart.delete(library);
  });
  return work;
}
