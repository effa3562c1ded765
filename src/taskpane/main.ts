/*
 * The task pane's explorer, loaded lazily by the page's entry (index.ts), which has already
 * registered the custom functions: one shared runtime for both.
 */
// The functions' code and the runtime's library: the page loads them with the explorer, in one chunk.
import { loadWorkbookReports, runtime } from "./functions-runtime";
import { createController, followSelectionWhileVisible } from "./controller";
import { renderPane } from "./pane";
import { Store } from "./state";
import { applyOfficeTheme } from "./theme";
import { readWorkbookReports } from "./workbook-read";

function start(): void {
  const store = new Store(runtime.library);
  // Replaces the pane the build prerendered (the bundled report, inert) in this one task: from here the live state wins.
  renderPane(store, createController(store, { readWorkbookReports: loadWorkbookReports }));
  performance.mark("report:explorer-ready");

  const connect = (info: { host: Office.HostType | null } | undefined) => {
    const inExcel = info?.host === Office.HostType.Excel && typeof Excel !== "undefined";
    store.update({ excel: inExcel });
    if (inExcel) {
      // The entry started loading the workbook's own reports; show them, what could not be read, or a failed read
      // with "Try again".
      void readWorkbookReports(store, loadWorkbookReports);
      applyOfficeTheme(Office.context?.officeTheme);
      // A runtime started for recalculation runs in a page no one sees: hidden, or of no size.
      const shown = document.visibilityState === "visible" && window.innerWidth > 0 && window.innerHeight > 0;
      followSelectionWhileVisible(store, shown).catch(() => undefined);
    }
  };
  if (typeof Office === "undefined") store.update({ excel: false });
  else Office.onReady(connect).catch(() => store.update({ excel: false }));
}

start();
