/*
 * The page's entry, and so the shared runtime's first script, small and blocking in the head. It
 * associates every REPORT custom function synchronously, before Office.onReady resolves: Excel may
 * recalculate as soon as the runtime starts, in a hidden page (the pane closed) where animation
 * frames may never fire, and a function not yet associated shows #VALUE! or #N/A (register.ts).
 * What the functions do, and the explorer UI, load after the first paint, which already shows the
 * default report's first view (prerendered into the page at build, inert until the explorer
 * replaces it); a call Excel makes before then loads the functions at once and waits for them. If
 * the explorer cannot load, the pane says so.
 */
import { registerLazily } from "../functions/register";
import { firstLineOf } from "../model/error-message";

/** The ids of functions.json, which the build generates from the functions' JSDoc (webpack.config.js). */
declare const REPORT_FUNCTION_IDS: readonly string[];

const loadFunctions = registerLazily(REPORT_FUNCTION_IDS, () =>
  import(/* webpackChunkName: "functions-runtime" */ "./functions-runtime").then((m) => m.implementations),
);

const EXPLORER_FAILED = "The report explorer could not be loaded";

/**
 * Says that the explorer could not load, and whether the functions did (the explorer needs their code too), with a
 * button that tries again: closing the pane would not, as it does not reload a shared runtime.
 */
function showLoadFailure(error: unknown, functionsLoaded: boolean): void {
  const app = document.getElementById("app");
  if (!app) return;
  const message = document.createElement("p");
  message.className = "status error ms-font-m";
  message.setAttribute("role", "alert");
  const reason = firstLineOf(error);
  message.textContent = `${EXPLORER_FAILED} (${reason}). ${
    functionsLoaded
      ? "The REPORT functions still work in the workbook."
      : "Nor could the REPORT functions: a formula that uses one says so."
  }`;
  const retry = document.createElement("button");
  retry.type = "button";
  retry.className = "action";
  retry.textContent = "Try again";
  retry.addEventListener("click", () => {
    message.textContent = "Loading the report explorer…";
    retry.remove();
    loading = false;
    loadTheRest();
  });
  app.replaceChildren(message, retry);
  app.removeAttribute("aria-busy");
  app.removeAttribute("inert"); // the prerendered pane was inert; the message must be read
  retry.focus();
}

let loading = false;
function loadTheRest(): void {
  if (loading) return;
  loading = true;
  // A call Excel makes also loads the functions, and says so if they cannot load (register.ts).
  const functionsLoaded = loadFunctions().then(
    () => true,
    () => false,
  );
  // This script runs from the head, before the body is parsed: the explorer needs the document.
  const whenParsed =
    document.readyState === "loading"
      ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }))
      : Promise.resolve();
  whenParsed
    .then(() => import(/* webpackChunkName: "explorer" */ "./main"))
    // The explorer replaced the build's inert, prerendered pane as it loaded (main.ts): in the same task, make it live.
    .then(() => document.getElementById("app")?.removeAttribute("inert"))
    .catch((error: unknown) => functionsLoaded.then((loaded) => showLoadFailure(error, loaded)));
}

if (document.visibilityState === "visible") {
  // After the first paint; the timer also covers a visible page whose animation frames never come.
  requestAnimationFrame(() => setTimeout(loadTheRest, 0));
  setTimeout(loadTheRest, 250);
} else {
  loadTheRest();
}
