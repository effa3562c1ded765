import type { Figure } from "../model/figure";
import type { Statement } from "../model/statement";
import { subjectName } from "./figures";
import type { OpenReport } from "./open-report";
import { speakerOf, statementsBy } from "./statements";

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The live formula that returns this figure, e.g. =REPORT.CASUALTIES("Gaza Strip","killed"). */
export function figureFormula(r: OpenReport, figure: Figure, reportArgument?: string): string {
  const args = [quoted(subjectName(r, figure)), quoted(figure.measure)];
  if (reportArgument) args.push('""', quoted(reportArgument));
  return `=REPORT.CASUALTIES(${args.join(",")})`;
}

/** The live formula that returns this statement, e.g. =REPORT.STATEMENT("Ali Khamenei",2). */
export function statementFormula(r: OpenReport, statement: Statement, reportArgument?: string): string {
  const speaker = speakerOf(r, statement);
  const n = statementsBy(r, statement.speaker).indexOf(statement) + 1;
  const args = [quoted(speaker.name)];
  if (n !== 1 || reportArgument) args.push(String(n));
  if (reportArgument) args.push(quoted(reportArgument));
  return `=REPORT.STATEMENT(${args.join(",")})`;
}
