/* eslint-disable no-undef */
// Response headers of the dev server. Excel on the web fetches the custom functions' metadata
// (functions.json) from its own origin (*.officeapps.live.com and others Microsoft changes over
// time), so that one file needs Access-Control-Allow-Origin; it is public metadata generated from
// the JSDoc. Nothing else is served to other origins: the task pane and functions.js load in
// Office's webview from this origin itself.
const CROSS_ORIGIN_FILES = new Set(["/functions.json"]);
// Files whose names do not change between builds: Office must ask for them again each time, or a cached page (whose
// inline entry names one build's hashed chunks) could run with another build's functions. The hashed chunks may be
// cached for good: a new build has new names. Production hosting sends the same (docs/workbook-storage.md).
const NO_CACHE_FILES = new Set(["/taskpane.html", "/functions.json", "/functions.js", "/extract-worker.js", "/manifest.xml"]);

function devServerHeaders(req) {
  const path = (req && req.url ? req.url : "").split("?")[0];
  return {
    ...(CROSS_ORIGIN_FILES.has(path) ? { "Access-Control-Allow-Origin": "*" } : {}),
    ...(NO_CACHE_FILES.has(path) || path === "/" ? { "Cache-Control": "no-cache" } : {}),
  };
}

module.exports = { devServerHeaders, NO_CACHE_FILES };
