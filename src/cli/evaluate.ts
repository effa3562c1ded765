import * as reportFunctions from "../functions/functions";
import { isExcelErrorValue, type ExcelErrorValue } from "../functions/excel-error";
import { FormulaSyntaxError, parseFormula } from "../query/formula";

type AnyFunction = (...args: unknown[]) => unknown;

/** The REPORT functions by their Excel name (CASUALTIES, FIGURES...), the same code Excel runs. */
export const FUNCTIONS: ReadonlyMap<string, AnyFunction> = new Map(
  Object.entries(reportFunctions).map(([name, fn]) => [name.toUpperCase(), fn as AnyFunction]),
);

export type Evaluation =
  { kind: "value"; value: unknown } | { kind: "error"; error: ExcelErrorValue } | { kind: "syntax"; message: string };

/** Evaluates one formula the way Excel would call the function. */
export function evaluateFormula(formula: string): Evaluation {
  let call;
  try {
    call = parseFormula(formula);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return { kind: "syntax", message: error.message };
    throw error;
  }
  const fn = FUNCTIONS.get(call.name);
  if (!fn) {
    return { kind: "syntax", message: `No function REPORT.${call.name}; there are ${[...FUNCTIONS.keys()].join(", ")}.` };
  }
  try {
    return { kind: "value", value: fn(...call.args) };
  } catch (error) {
    if (isExcelErrorValue(error)) return { kind: "error", error: { code: error.code, message: error.message } };
    throw error;
  }
}
