import { isExcelErrorValue, type ExcelErrorValue } from "../../src/functions/excel-error";

/** Calls a custom function the way Excel does and returns its value or its Excel error. */
export function callExcel(fn: () => unknown): { value: unknown } | { error: ExcelErrorValue } {
  try {
    return { value: fn() };
  } catch (error) {
    if (isExcelErrorValue(error)) return { error: { code: error.code, message: error.message } };
    throw error;
  }
}

/** The Excel error a call gives; fails the test if it gives a value. */
export function excelError(fn: () => unknown): ExcelErrorValue {
  const result = callExcel(fn);
  if ("value" in result) throw new Error(`expected an Excel error, got ${JSON.stringify(result.value)}`);
  return result.error;
}
