import type { Figure } from "../model/figure";
import type { Statement } from "../model/statement";
import { subjectName } from "./figures";
import { speakerOf, statementsBy } from "./statements";

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The live formula that returns this figure, e.g. =REPORT.CASUALTIES("Gaza Strip","killed"). */
export function figureFormula(figure: Figure): string {
  return `=REPORT.CASUALTIES(${quoted(subjectName(figure))},${quoted(figure.measure)})`;
}

/** The live formula that returns this statement, e.g. =REPORT.STATEMENT("Ali Khamenei",2). */
export function statementFormula(statement: Statement): string {
  const speaker = speakerOf(statement);
  const n = statementsBy(statement.speaker).indexOf(statement) + 1;
  return n === 1 ? `=REPORT.STATEMENT(${quoted(speaker.name)})` : `=REPORT.STATEMENT(${quoted(speaker.name)},${n})`;
}
