/*
 * The page's entry: let the browser paint the page's shell, then load the explorer and the
 * custom functions (one chunk). A hidden shared runtime (the pane closed, functions in use)
 * paints nothing and may never run animation frames, so there the chunk loads at once.
 */
const loadExplorer = () => import(/* webpackChunkName: "explorer" */ "./main");

if (document.visibilityState === "visible") {
  requestAnimationFrame(() => setTimeout(() => void loadExplorer(), 0));
} else {
  void loadExplorer();
}
