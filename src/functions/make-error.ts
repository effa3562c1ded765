import type { ExcelErrorCode } from "../model/failure";

/**
 * Outside Excel (the formula CLI, the tests, the spreadsheet-engine test) there is no
 * `CustomFunctions` global; this stands in for `CustomFunctions.Error` with the same fields.
 */
export class ExcelError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ExcelError";
  }
}

/** An Excel error value to throw from a custom function, whichever runtime this is. */
export function makeError(code: ExcelErrorCode, message: string): CustomFunctions.Error | ExcelError {
  // office.js defines CustomFunctions outside Excel too (a plain browser), but without Error.
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);
  }
  return new ExcelError(code, message);
}
