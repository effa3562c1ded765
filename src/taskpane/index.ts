/*
 * The page's entry: let the browser paint the page's shell, then load the explorer and the
 * custom functions (one chunk). A hidden shared runtime (the pane closed, functions in use)
 * paints nothing and may never run animation frames, so there the chunk loads at once.
 */
const loadExplorer = () => import(/* webpackChunkName: "explorer" */ "./main").catch(showStartupError);

/** If the explorer cannot start (a damaged dataset, a failed chunk), say so instead of "Loading the report…" forever. */
function showStartupError(error: unknown): void {
  const app = document.getElementById("app");
  if (!app) return;
  const message = document.createElement("p");
  message.className = "status error";
  message.setAttribute("role", "alert");
  message.textContent = `The report could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
  app.replaceChildren(message);
  app.removeAttribute("aria-busy");
}

if (document.visibilityState === "visible") {
  requestAnimationFrame(() => setTimeout(() => void loadExplorer(), 0));
} else {
  void loadExplorer();
}
