/*
 * The shared runtime's library and the REPORT functions answering from it, loaded by the page's
 * entry (index.ts) once the pane has painted, or at the first call Excel makes. It starts loading
 * the workbook's own reports, pane or no pane: a function that names one waits for them. The
 * explorer (main.ts) takes the same runtime: one library for the functions and the pane.
 */
import { fetchBundledReport } from "../dataset/fetch-report";
import { createFunctions, implementationsOf } from "../functions/functions";
import { FunctionRuntime } from "../functions/runtime";
import { Library } from "../query";
import { loadWorkbookReportsAtStart } from "../store/workbook-library";
import { savedConnection } from "./views/team/connection";
import { lazyTeamSource } from "./views/team/lazy-source";

// The module resolves once the bundled report is read: the functions and the explorer that import it start with it.
const bundledReport = await fetchBundledReport();

export const runtime = new FunctionRuntime(new Library([{ report: bundledReport, origin: "bundled" }]));

// The team library this machine connected to last (Reports › Team library): REPORT.COMPARE(…, "team") asks it.
const kept = savedConnection();
if (kept) runtime.team = lazyTeamSource(kept);

export const implementations = implementationsOf(createFunctions(runtime));

/** The reports saved in the workbook, read once per runtime; functions called meanwhile wait for them. */
export const loadWorkbookReports = () =>
  loadWorkbookReportsAtStart(runtime.library, (work) => runtime.holdUntil(work, "the reports saved in this workbook"));

if (typeof Office !== "undefined") loadWorkbookReports().catch(() => undefined);
