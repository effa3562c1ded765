/**
 * Saving the runtime's library into the workbook (workbook-library.ts says how nothing is lost), loaded at the first
 * save: the pane's start-up script only reads.
 */
import type { Library } from "../query";
import type { Generation, StoredReport } from "./workbook-store";
import { messageOf } from "../model/error-message";
import { loadWorkbookReports, sessionOf, takeIn, WorkbookNotReadError, type LoadOutcome } from "./workbook-library";

const workbookStore = () => import(/* webpackChunkName: "workbook-store" */ "./workbook-store");

export interface SaveOutcome {
  parts: number;
  /** Reports another runtime saved meanwhile, now in this library too. */
  merged: string[];
  /** Reports both runtimes changed: the other's version was kept, this one's was not saved. */
  conflicts: string[];
}

/**
 * Saves every report the user added (not the bundled ones), the reports it could not read, and the default report.
 * Refused while the workbook's reports have not been read (after one more try). When another runtime saved since,
 * merges by report: theirs kept, ours added; a report only one side changed takes that side's version.
 */
export async function saveLibraryToWorkbook(library: Library): Promise<SaveOutcome> {
  const session = sessionOf(library);
  if (!session.read || !session.view) {
    try {
      await loadWorkbookReports(library);
    } catch (error) {
      throw new WorkbookNotReadError(messageOf(error));
    }
  }
  const { saveWorkbookLibrary, storedReport, reportJson } = await workbookStore();
  const ours = library
    .list()
    .filter((entry) => entry.origin !== "bundled")
    .map((entry) => entry.report);
  const ourJson = new Map(ours.map((report) => [report.source.id, JSON.stringify(report)]));
  const reports = [...ours.map(storedReport), ...[...session.kept.values()].filter((k) => !ourJson.has(k.id))];
  const outcome: SaveOutcome = { parts: 0, merged: [], conflicts: [] };
  let saved = new Map(reports.map((r) => [r.id, r]));

  const merge = async (theirs: Generation[]) => {
    const theirReports = new Map<string, StoredReport>();
    for (const generation of [...theirs].reverse()) for (const r of generation.reports) theirReports.set(r.id, r);
    const result = new Map(theirReports);
    const taken: StoredReport[] = [];
    for (const [id, their] of theirReports) {
      const mine = saved.get(id);
      if (!mine) {
        taken.push(their);
        continue;
      }
      let theirText: string | undefined;
      try {
        theirText = reportJson(their);
      } catch {
        theirText = undefined;
      }
      const before = session.lastJson.get(id);
      const mineText = ourJson.get(id);
      if (mineText === undefined || mineText === before || theirText === mineText) taken.push(their);
      else if (theirText !== undefined && theirText === before) result.set(id, mine);
      else {
        outcome.conflicts.push(id);
        taken.push(their);
      }
    }
    for (const [id, mine] of saved) if (!result.has(id)) result.set(id, mine);
    const loadedNow: LoadOutcome = { loaded: [], problems: [] };
    await takeIn(library, { ...session, read: true }, taken, loadedNow);
    outcome.merged.push(...taken.map((r) => r.id).filter((id) => !ourJson.has(id) || outcome.conflicts.includes(id)));
    const theirDefault = theirs[0]!.defaultId;
    const defaultId = library.defaultReportId !== session.lastDefault ? library.defaultReportId : theirDefault;
    if (defaultId && defaultId !== library.defaultReportId) library.setDefault(defaultId);
    saved = result;
    return { reports: [...result.values()], defaultId };
  };

  const done = await saveWorkbookLibrary(session.view!, { reports, defaultId: library.defaultReportId, merge });
  outcome.parts = done.parts;
  session.lastDefault = library.defaultReportId;
  session.lastJson = new Map();
  for (const stored of saved.values()) {
    try {
      session.lastJson.set(stored.id, reportJson(stored));
    } catch {
      // Unreadable: kept as it is, never compared.
    }
  }
  return outcome;
}
