/* eslint-disable no-undef */
// Response headers of the dev server. Excel on the web fetches the custom functions' metadata
// (functions.json) from its own origin (*.officeapps.live.com and others Microsoft changes over
// time), so that one file needs Access-Control-Allow-Origin; it is public metadata generated from
// the JSDoc. Nothing else is served to other origins: the task pane and functions.js load in
// Office's webview from this origin itself.
const CROSS_ORIGIN_FILES = new Set(["/functions.json"]);

function devServerHeaders(req) {
  const path = (req && req.url ? req.url : "").split("?")[0];
  return CROSS_ORIGIN_FILES.has(path) ? { "Access-Control-Allow-Origin": "*" } : {};
}

module.exports = { devServerHeaders };
