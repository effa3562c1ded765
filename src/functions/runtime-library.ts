import { report as bundledReport } from "../dataset/report";
import { Library, type ReportIndex } from "../query";
import { excelValue } from "./excel-error";

/**
 * The library the custom functions answer from in this runtime: the bundled report, then the reports saved in the
 * workbook once they have loaded. One per runtime, shared with the task pane (one shared runtime).
 */
export const runtimeLibrary = new Library([{ report: bundledReport, origin: "bundled" }]);

let loading: Promise<unknown> | undefined;

const resolveReport = (argument: unknown) => runtimeLibrary.resolve(argument);

/** Functions called while `work` (loading the workbook's reports) runs wait for it instead of answering too soon. */
export function holdFunctionsUntil<T>(work: Promise<T>): Promise<T> {
  const held = work.finally(() => {
    if (loading === held) loading = undefined;
  });
  loading = held;
  return work;
}

/** The open report a `[report]` argument names, when the library is loaded and has resolved it before. */
export function readyReport(reportArgument: unknown): ReportIndex | undefined {
  return loading ? undefined : runtimeLibrary.known(reportArgument);
}

/**
 * Runs `answer` against the report a function's `[report]` argument names (the default when blank), or throws the
 * Excel error saying why there is no such report. While the workbook's reports load, the answer is a promise: Excel's
 * custom-functions runtime awaits any returned value that has a `then` (custom-functions-runtime.js), so the cast
 * keeps the plain result type the metadata generator needs (a union with Promise loses a spill's dimensionality).
 */
export function withReport<T>(reportArgument: unknown, answer: (r: ReportIndex) => T): T {
  if (loading) {
    const later = loading.then(
      () => withReport(reportArgument, answer),
      () => withReport(reportArgument, answer),
    );
    return later as unknown as T;
  }
  const r = runtimeLibrary.known(reportArgument) ?? excelValue(resolveReport, reportArgument);
  return answer(r);
}
