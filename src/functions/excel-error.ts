import { FAILURE_ERROR, failureMessage, type Result } from "../model/failure";
import { makeError } from "./make-error";
import { messageOf } from "../model/error-message";

/** An Excel error value, whichever runtime made it. */
export interface ExcelErrorValue {
  code: string;
  message?: string;
}

export function isExcelErrorValue(value: unknown): value is ExcelErrorValue {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as ExcelErrorValue).code === "string" &&
    /^#[A-Z/0!?]+[!?]?$/.test((value as ExcelErrorValue).code)
  );
}

/**
 * The value of a query for Excel: the value itself, or a thrown `CustomFunctions.Error`, the way
 * Microsoft's documentation has custom functions report errors. Anything else that goes wrong
 * becomes `#VALUE!` with its message, so no raw exception reaches the grid.
 */
export function excelValue<A extends unknown[], T>(query: (...args: A) => Result<T>, ...args: A): T {
  let result: Result<T>;
  try {
    result = query(...args);
  } catch (cause) {
    throw makeError("#VALUE!", `Unexpected problem: ${messageOf(cause)}`);
  }
  return valueOrError(result);
}

/** A result's value, or the Excel error its failure is: for a query that cannot throw. */
export function valueOrError<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw makeError(FAILURE_ERROR[result.failure.code], failureMessage(result.failure));
}
