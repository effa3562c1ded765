/*
 * The REPORT functions and the runtime's library, loaded by the page's entry (index.ts) once the
 * pane has painted, or at the first call Excel makes. It starts loading the workbook's own reports,
 * pane or no pane: a function that names one waits for them.
 */
import { holdFunctionsUntil, runtimeLibrary } from "../functions/runtime-library";
import { loadWorkbookReportsAtStart } from "../store/workbook-library";

import "../functions/functions";

export { implementations } from "../functions/implementations";

if (typeof Office !== "undefined") loadWorkbookReportsAtStart(runtimeLibrary, holdFunctionsUntil).catch(() => undefined);
