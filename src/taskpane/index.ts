/*
 * The page's entry, and so the shared runtime's first script. It registers every REPORT custom
 * function synchronously, before Office.onReady resolves: Excel may recalculate as soon as the
 * runtime starts, in a hidden page (the pane closed) where animation frames may never fire, and a
 * function not yet associated shows #N/A or #BUSY!. Only the explorer UI is loaded lazily, after
 * the first paint, which already shows the default report's first view (prerendered into the page
 * at build, inert until the explorer replaces it); if the explorer cannot load, the pane says so.
 */
import "../functions/functions";
import { holdFunctionsUntil, runtimeLibrary } from "../functions/runtime-library";
import { loadWorkbookReportsAtStart } from "../store/workbook-library";

// The workbook's own reports load with the runtime, pane or no pane; a function that names one waits for them.
if (typeof Office !== "undefined") loadWorkbookReportsAtStart(runtimeLibrary, holdFunctionsUntil).catch(() => undefined);

const EXPLORER_FAILED = "The report explorer could not be loaded";

function showLoadFailure(error: unknown): void {
  const app = document.getElementById("app");
  if (!app) return;
  const message = document.createElement("p");
  message.className = "status error ms-font-m";
  message.setAttribute("role", "alert");
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  message.textContent = `${EXPLORER_FAILED} (${reason}). The REPORT functions still work in the workbook; close and reopen the pane to try again.`;
  app.replaceChildren(message);
  app.removeAttribute("aria-busy");
  app.removeAttribute("inert"); // the prerendered pane was inert; the message must be read
}

let requested = false;
const loadExplorer = () => {
  if (requested) return;
  requested = true;
  // This script runs from the head, before the body is parsed: the explorer needs the document.
  const whenParsed =
    document.readyState === "loading"
      ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
      : Promise.resolve();
  whenParsed
    .then(() => import(/* webpackChunkName: "explorer" */ "./main"))
    // The explorer replaced the build's inert, prerendered pane as it loaded (main.ts): in the same task, make it live.
    .then(() => document.getElementById("app")?.removeAttribute("inert"))
    .catch(showLoadFailure);
};

if (document.visibilityState === "visible") {
  // After the first paint; the timer also covers a visible page whose animation frames never come.
  requestAnimationFrame(() => setTimeout(loadExplorer, 0));
  setTimeout(loadExplorer, 250);
} else {
  loadExplorer();
}
