/**
 * The REPORT functions in a real formula engine nobody here wrote (HyperFormula), composed with
 * the engine's own functions, the way a workbook uses them.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { functionsById } from "../support/functions";

const FUNCTIONS = functionsById();
import { isExcelErrorValue } from "../../src/functions/excel-error";

type Scalar = string | number | boolean;
// HyperFormula's plugin API passes its own AST and state types; they are not exported, so they stay opaque here.
type Ast = { args: Array<{ type: string; value?: unknown }> };

const OPTIONAL = { argumentType: FunctionArgumentType.SCALAR, optionalArg: true };
const REQUIRED = { argumentType: FunctionArgumentType.SCALAR };
const SIGNATURES: Record<string, { parameters: Array<typeof REQUIRED>; spills: boolean }> = {
  CASUALTIES: { parameters: [REQUIRED, REQUIRED, OPTIONAL], spills: false },
  FIGURES: { parameters: [OPTIONAL, OPTIONAL], spills: true },
  STATEMENT: { parameters: [REQUIRED, OPTIONAL], spills: false },
  STATEMENTS: { parameters: [OPTIONAL, OPTIONAL], spills: true },
  WHO: { parameters: [REQUIRED], spills: false },
  ACTOR: { parameters: [REQUIRED, OPTIONAL], spills: false },
  EVENTS: { parameters: [OPTIONAL, OPTIONAL], spills: true },
};

/** Calls a REPORT function as Excel would: an argument left empty arrives as undefined. */
function call(name: string, args: unknown[]): unknown {
  try {
    return FUNCTIONS.get(name)!(...args.map((arg) => (arg === EmptyValue ? undefined : arg)));
  } catch (error) {
    if (!isExcelErrorValue(error)) throw error;
    return new CellError(error.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, error.message);
  }
}

class ReportPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    Object.entries(SIGNATURES).map(([name, { parameters, spills }]) => [
      `REPORT.${name}`,
      { method: `call_${name}`, parameters, ...(spills ? { sizeOfResultArrayMethod: `size_${name}` } : {}) },
    ]),
  );
}
for (const [name, { spills }] of Object.entries(SIGNATURES)) {
  const proto = ReportPlugin.prototype as unknown as Record<string, unknown>;
  proto[`call_${name}`] = function (this: FunctionPlugin, ast: Ast, state: unknown) {
    // runFunction is protected in HyperFormula's typings; plugins call it on themselves.
    const run = (this as unknown as { runFunction: Function }).runFunction.bind(this);
    return run(ast.args, state, (this as unknown as { metadata: Function }).metadata(`REPORT.${name}`), (...args: unknown[]) => {
      const result = call(name, args);
      if (result instanceof CellError) return result;
      return spills ? SimpleRangeValue.onlyValues(result as Scalar[][]) : result;
    });
  };
  if (spills) {
    proto[`size_${name}`] = function (ast: Ast) {
      // The size of a spill is known from literal arguments, which is all this workbook uses.
      const args = ast.args.map((a) => (a.type === "EMPTY" ? undefined : a.value));
      const result = call(name, args);
      if (result instanceof CellError) return ArraySize.scalar();
      const rows = result as Scalar[][];
      return new ArraySize(rows[0]!.length, rows.length);
    };
  }
}

const names = Object.keys(SIGNATURES).map((n) => `REPORT.${n}`);
HyperFormula.registerFunctionPlugin(ReportPlugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });

describe("the REPORT functions in HyperFormula", () => {
  const hf = HyperFormula.buildFromSheets(
    {
      Sheet1: [
        ['=REPORT.CASUALTIES("Gaza","killed")+REPORT.CASUALTIES("West Bank","killed")'],
        ["=INDEX(REPORT.FIGURES(),2,3)"],
        ['=REPORT.CASUALTIES("Israel","killed","qualifier")&" "&REPORT.CASUALTIES("Israel","killed")'],
        ['=REPORT.WHO("genocide machine")'],
        ['=REPORT.STATEMENT("Khamenei",2)'],
        ['=REPORT.CASUALTIES("Gazza","killed")'],
        ['=IFERROR(REPORT.CASUALTIES("Gaza","hostages"),"not reported")'],
        ['=REPORT.ACTOR("Raisi")'],
        ["=SUM(A20:A24)"],
        ['=COUNTA(REPORT.EVENTS("2023-10-15","2023-10-15"))'],
      ],
      Spill: [['=REPORT.FIGURES(,"killed")']],
    },
    { licenseKey: "gpl-v3" },
  );
  const sheet1 = hf.getSheetId("Sheet1")!;
  const value = (row: number, col = 0, sheet = sheet1) => hf.getCellValue({ sheet, row, col });

  // A spilled column summed by the engine: killed by place, written next to the formulas.
  hf.setCellContents({ sheet: sheet1, row: 19, col: 0 }, [
    ['=INDEX(REPORT.FIGURES(,"killed"),2,3)'],
    ['=INDEX(REPORT.FIGURES(,"killed"),3,3)'],
    ['=INDEX(REPORT.FIGURES(,"killed"),4,3)'],
    ['=INDEX(REPORT.FIGURES(,"killed"),5,3)'],
    ['=INDEX(REPORT.FIGURES(,"killed"),6,3)'],
  ]);

  afterAll(() => hf.destroy());

  it("adds two figures", () => expect(value(0)).toBe(2808));
  it("indexes into a spilled table", () => expect(value(1)).toBe(1400));
  it("composes text with the qualifier", () => expect(value(2)).toBe("at least 1400"));
  it("answers who said a phrase", () => expect(value(3)).toBe("Ebrahim Raisi"));
  it("returns the n-th statement", () => expect(value(4)).toMatch(/^referred to the Israel-Gaza conflict/));
  it("gives #N/A with the suggestion for a near miss", () => {
    const error = value(5) as { type: string; message: string };
    expect(error.type).toBe("NA");
    expect(error.message).toBe("No place or group 'Gazza' in the report; did you mean 'Gaza'?");
  });
  it("lets IFERROR catch 'not reported'", () => expect(value(6)).toBe("not reported"));
  it("returns an actor's role", () => expect(value(7)).toBe("President of Iran"));
  it("sums a column of killed figures", () => expect(value(8)).toBe(1400 + 2750 + 58 + 6 + 3));
  // Only the meeting with the Emir is dated October 15: the report dates the claims of that day, not the attacks.
  it("counts a spilled timeline: header and the one event of October 15, eight columns", () => expect(value(9)).toBe(2 * 8));

  it("spills a whole table into the grid", () => {
    const spill = hf.getSheetId("Spill")!;
    expect(value(0, 0, spill)).toBe("subject");
    expect(value(1, 2, spill)).toBe(1400);
    expect(value(5, 0, spill)).toBe("Lebanon");
    expect(hf.getSheetDimensions(spill)).toEqual({ width: 13, height: 6 });
  });
});
