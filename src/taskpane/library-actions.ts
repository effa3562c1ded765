/**
 * The pane's library actions: show a report, make it the workbook's default, remove it, add one from a file. The
 * library lives in the runtime (the functions answer from it); in Excel every change is saved into the workbook and
 * the workbook recalculated, so formulas that name a report answer from what the library now holds.
 */
import type { Report } from "../model/report";
import type { OnDuplicate } from "../query";
import { recalculateWorkbook } from "./excel/recalculate";
import { handedOver, JSON_TYPE, reportFileName, reportJson, saveFile } from "./save-file";
import type { PaneState, Store } from "./state";
import type { PaneHandlers } from "./views/handlers";

type LibraryHandlers = Pick<
  PaneHandlers,
  | "showReport"
  | "setDefaultReport"
  | "removeReport"
  | "confirmRemoveReport"
  | "cancelRemoveReport"
  | "addReportFile"
  | "resolveImport"
  | "keepWithoutOrphans"
  | "openReview"
  | "saveReportFile"
  | "openTeamLibrary"
>;

export const orphanCount = (n: number) => `${n} orphan${n === 1 ? "" : "s"} (quote${n === 1 ? "" : "s"})`;

export type Say = (text: string, tone?: "info" | "error" | "success") => void;
/** Adds a report to the library and saves it, `file` saying where it came from. */
export type AddReport = (report: Report, onDuplicate: OnDuplicate, file: string) => Promise<void>;
type Run = (action: string, work: () => Promise<void>) => Promise<void>;

/** What the pane shows after the library changed: the same report if it is still there, else the default. */
function shownAfterChange(store: Store, preferId?: string): Partial<PaneState> {
  const { library } = store;
  const id = preferId ?? store.state.report.report.source.id;
  const report = library.get(id)?.open ?? library.default!;
  const reportId = report.report.source.id;
  return {
    report,
    reportArgument: reportId === library.defaultReportId ? undefined : reportId,
    ...(report !== store.state.report ? { selected: null, matches: null } : {}),
  };
}

export function libraryHandlers(store: Store, say: Say, run: Run): LibraryHandlers {
  const { library } = store;

  /** Saves the library into the workbook (in Excel) and recalculates; outside Excel the change lasts this session. */
  const persist = async (done: string) => {
    if (store.state.excel !== true)
      return say(`${done} (for this session: outside Excel there is no workbook to keep it in).`, "success");
    const { saveLibraryToWorkbook } = await import(/* webpackChunkName: "workbook-save" */ "../store/workbook-save");
    const saved = await saveLibraryToWorkbook(library);
    await recalculateWorkbook();
    const merged = saved.merged.length > 0 ? ` Another window had saved ${saved.merged.join(", ")} meanwhile: kept too.` : "";
    const conflicts =
      saved.conflicts.length > 0
        ? ` ${saved.conflicts.join(", ")} had changed in another window as well: its version was kept.`
        : "";
    say(
      `${done} Saved in this workbook (${saved.parts} part${saved.parts === 1 ? "" : "s"}).${merged}${conflicts}`,
      conflicts ? "error" : "success",
    );
  };

  const add: AddReport = (report, onDuplicate, file) =>
    run("Add report", async () => {
      const added = library.add(report, "workbook", onDuplicate);
      if (!added.ok) {
        store.update({ pendingImport: { id: report.source.id, report }, busy: false, status: null });
        return;
      }
      const id = added.value.report.source.id;
      store.update({ ...shownAfterChange(store, id), pendingImport: null, importProblems: null });
      await persist(`Added “${added.value.report.source.title}” from ${file} as “${id.replace(/^report:/, "")}”.`);
    });

  /** Adds a reviewed report (its id already checked against the library by the review) and saves the library. */
  const saveReviewed = async (report: Report, onDuplicate: OnDuplicate) => {
    const added = library.add(report, "workbook", onDuplicate);
    if (!added.ok) throw new Error(`the library already has a report with id “${report.source.id}”`);
    const { source, figures, statements } = added.value.report;
    store.update({ ...shownAfterChange(store, source.id), review: null, section: "reports", pendingImport: null });
    const counts = `${figures.length} figure${figures.length === 1 ? "" : "s"}, ${statements.length} statement${statements.length === 1 ? "" : "s"}`;
    await run("Save to library", () =>
      persist(`Added “${source.title}” (${counts}) from your review as “${source.id.replace(/^report:/, "")}”.`),
    );
  };

  /** Adds a library's version (or replaces the workbook's copy) and saves; rejects if it was not added. */
  const addFromTeam = async (report: Report) => {
    const added = library.add(report, "workbook", "replace");
    if (!added.ok) throw new Error(`“${report.source.title}” was not added`);
    store.update({ ...shownAfterChange(store), pendingImport: null });
    await persist(`“${report.source.title}” is in the library at the team library's version ${report.teamLibrary?.version}.`);
  };

  return {
    openTeamLibrary: () => {
      if (store.state.team) return store.update({ section: "reports", review: null });
      void run("Team library", async () => {
        const [{ createTeamScreen }, { runtime }] = await Promise.all([
          import(/* webpackChunkName: "team" */ "./views/team/screen"),
          import("./functions-runtime"),
        ]);
        const team = createTeamScreen({
          library,
          connect: (client) => (runtime.team = client),
          addToWorkbook: addFromTeam,
          close: () => store.update({ team: null, status: null }),
        });
        store.update({ team, review: null, section: "reports", busy: false, status: null });
      });
    },
    openReview: () => {
      if (store.state.review) return store.update({ section: "reports" });
      void run("Add a report", async () => {
        const { createReviewScreen } = await import(/* webpackChunkName: "review" */ "./review/screen");
        const review = createReviewScreen({
          titleOf: (id) => library.get(id)?.report.source.title,
          save: saveReviewed,
          saveFile: async (report) => saveFile(reportJson(report), reportFileName(report), JSON_TYPE),
          close: () => store.update({ review: null, status: null }),
        });
        store.update({ review, section: "reports", busy: false, status: null });
        if (typeof document !== "undefined") document.getElementById("review-input-text")?.focus();
      });
    },
    saveReportFile: (id) =>
      void run("Save report file", async () => {
        const entry = library.get(id);
        if (!entry) return say(`No report “${id}” in the library.`, "error");
        const name = reportFileName(entry.report);
        saveFile(reportJson(entry.report), name, JSON_TYPE);
        say(handedOver(name, "the report stays in this workbook's library."));
      }),
    showReport: (id) => store.update({ ...shownAfterChange(store, id), section: "figures", query: "" }),
    setDefaultReport: (id) =>
      void run("Make default", async () => {
        library.setDefault(id);
        store.update(shownAfterChange(store));
        await persist(`Formulas without a [report] argument now answer from “${library.get(id)?.report.source.title}”.`);
      }),
    removeReport: (id) => store.update({ pendingRemoval: id }),
    cancelRemoveReport: () => store.update({ pendingRemoval: null, status: { text: "Nothing was removed.", tone: "info" } }),
    confirmRemoveReport: () => {
      const id = store.state.pendingRemoval;
      if (!id) return;
      void run("Remove report", async () => {
        const title = library.get(id)?.report.source.title ?? id;
        const removed = library.remove(id);
        store.update({ ...shownAfterChange(store), pendingRemoval: null });
        if (!removed) return say(`“${title}” ships with the add-in and stays.`, "error");
        await persist(`Removed “${title}”. Formulas that name it now answer #VALUE!.`);
      });
    },
    addReportFile: (file) =>
      void run("Add report", async () => {
        const { addReportFromFile } = await import(/* webpackChunkName: "report-check" */ "./import-report");
        await addReportFromFile(file, store, say, add);
      }),
    keepWithoutOrphans: () => {
      const problems = store.state.importProblems;
      const orphans = problems?.orphans;
      if (!problems || !orphans) return;
      const moved = orphans.moved > 0 ? `, ${orphans.moved} re-anchored` : "";
      void add(
        orphans.report,
        "refuse",
        `${problems.file} without its ${orphanCount(orphans.count)}${moved} (dropped: ${orphans.dropped.join(", ")})`,
      );
    },
    resolveImport: (choice) => {
      const pending = store.state.pendingImport;
      if (!pending) return;
      if (choice === "cancel") {
        store.update({ pendingImport: null, status: { text: "Nothing was imported.", tone: "info" } });
        return;
      }
      void add(pending.report, choice, "the file");
    },
  };
}
