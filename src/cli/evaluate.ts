import { report } from "../dataset/report";
import { createFunctions, type ReportFunctions } from "../functions/functions";
import { isExcelErrorValue, type ExcelErrorValue } from "../functions/excel-error";
import { Library } from "../query";
import { FormulaSyntaxError, parseFormula } from "../query/formula";

type AnyFunction = (...args: unknown[]) => unknown;

/** The REPORT functions on the bundled report alone, built when a formula is first evaluated without others. */
let bundled: ReportFunctions | undefined;
const bundledFunctions = () => (bundled ??= createFunctions(new Library([{ report, origin: "bundled" }])));

export type Evaluation =
  { kind: "value"; value: unknown } | { kind: "error"; error: ExcelErrorValue } | { kind: "syntax"; message: string };

/** Evaluates one formula the way Excel would call the function: `functions` are the same code Excel runs. */
export function evaluateFormula(formula: string, functions: ReportFunctions = bundledFunctions()): Evaluation {
  let call;
  try {
    call = parseFormula(formula);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return { kind: "syntax", message: error.message };
    throw error;
  }
  const fn = (functions as Readonly<Record<string, AnyFunction>>)[call.name];
  if (!fn || !Object.prototype.hasOwnProperty.call(functions, call.name)) {
    return { kind: "syntax", message: `No function REPORT.${call.name}; there are ${Object.keys(functions).join(", ")}.` };
  }
  try {
    return { kind: "value", value: fn(...call.args) };
  } catch (error) {
    if (isExcelErrorValue(error)) return { kind: "error", error: { code: error.code, message: error.message } };
    throw error;
  }
}

/** An evaluation whose value may be a promise (a function that asks the team library), once it settles. */
export async function settled(evaluation: Evaluation): Promise<Evaluation> {
  if (evaluation.kind !== "value" || !(evaluation.value instanceof Promise)) return evaluation;
  try {
    return { kind: "value", value: await evaluation.value };
  } catch (error) {
    if (isExcelErrorValue(error)) return { kind: "error", error: { code: error.code, message: error.message } };
    throw error;
  }
}
