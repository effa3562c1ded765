import { mountApp } from "./app";
import type { Store } from "./state";
import type { PaneHandlers } from "./views/handlers";

/**
 * Renders the pane for the store's report into the page: its header and the explorer (mountApp does both).
 * The same call runs twice: at build, in Node over a small DOM, to put the default report's first
 * view into taskpane.html (prerender.ts); and at start in the browser (main.ts), where it replaces
 * that prerendered copy in one task (no frame without it); index.ts then lifts its `inert`.
 */
export function renderPane(store: Store, handlers: PaneHandlers): void {
  // mountApp renders the header's title and counts from the store too, so they follow the shown report.
  mountApp(document.getElementById("app")!, store, handlers);
}
