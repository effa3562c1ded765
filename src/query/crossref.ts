import type { Span } from "../model/span";
import { report } from "../dataset/report";
import { attributedTo, findFigure, subjectName } from "./figures";
import { FormulaSyntaxError, parseFormula } from "./formula";
import { actorIndex, subjectIndex } from "./indexes";
import { findStatement, speakerOf, statementsBy, statementsContaining } from "./statements";
import { cardSubject } from "./cards";

/** One thing the report has for a value from the workbook. */
export interface Match {
  input: string;
  kind: "figure" | "statement" | "actor";
  id: string;
  label: string;
  detail: string;
  evidence: Span;
}

export const MATCH_HEADER = ["input", "kind", "label", "detail", "evidence", "id"] as const;

const figureMatch =
  (input: string) =>
  (f: (typeof report.figures)[number]): Match => ({
    input,
    kind: "figure",
    id: f.id,
    label: `${subjectName(f)} ${f.measure}: ${f.valueText.exact}`,
    detail: attributedTo(f) ?? "source not stated",
    evidence: f.evidence,
  });

const statementMatch =
  (input: string) =>
  (s: (typeof report.statements)[number]): Match => ({
    input,
    kind: "statement",
    id: s.id,
    label: `${speakerOf(s).name} (${s.kind})`,
    detail: s.text.exact,
    evidence: s.evidence,
  });

const actorMatch = (input: string, a: (typeof report.actors)[number]): Match => ({
  input,
  kind: "actor",
  id: a.id,
  label: a.name,
  detail: a.role,
  evidence: a.mentions[0]!,
});

function numberIn(text: string): number | undefined {
  const m = /^\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*$/.exec(text);
  return m ? Number(m[1]!.replace(/,/g, "")) : undefined;
}

/**
 * What the report has for one cell value: the figures a number matches, the actor a name
 * names (with their statements), the place a name names (with its figures), the statements a
 * phrase comes from.
 */
export function crossReference(value: unknown): Match[] {
  if (typeof value === "number") {
    return report.figures
      .filter((f) => [f.value.best, f.value.low, f.value.high].includes(value))
      .map(figureMatch(String(value)));
  }
  if (typeof value !== "string" || value.trim() === "") return [];
  const input = value.trim();
  const number = numberIn(input);
  if (number !== undefined) return crossReference(number).map((m) => ({ ...m, input }));
  const matches: Match[] = [];
  const actor = actorIndex.find(input);
  if (actor) {
    matches.push(actorMatch(input, actor));
    matches.push(...statementsBy(actor.id).map(statementMatch(input)));
  }
  const subject = subjectIndex.find(input);
  if (subject) matches.push(...report.figures.filter((f) => f.subject.id === subject.id).map(figureMatch(input)));
  if (!actor && !subject && input.length >= 3) matches.push(...statementsContaining(input).map(statementMatch(input)));
  return matches;
}

/** The evidence behind a cell: its REPORT formula's figure or statement, else what its value matches. */
export function evidenceForCell(formula: unknown, value: unknown): Match[] {
  if (typeof formula === "string" && /^=\s*REPORT\./i.test(formula)) {
    try {
      const call = parseFormula(formula);
      const [first, second] = call.args;
      switch (call.name) {
        case "CASUALTIES": {
          const figure = findFigure(first, second);
          return figure.ok ? [figureMatch(formula)(figure.value)] : [];
        }
        case "STATEMENT": {
          const statement = findStatement(first, second);
          return statement.ok ? [statementMatch(formula)(statement.value)] : [];
        }
        case "WHO":
          return typeof first === "string" ? statementsContaining(first).map(statementMatch(formula)) : [];
        case "ACTOR":
          return crossReference(first).map((m) => ({ ...m, input: formula }));
        case "CARD": {
          const subject = cardSubject(first);
          if (!subject.ok) return [];
          if (subject.value.kind === "figure") return [figureMatch(formula)(subject.value.figure)];
          const name = subject.value.kind === "place" ? subject.value.place.name : subject.value.actor.name;
          return crossReference(name).map((m) => ({ ...m, input: formula }));
        }
      }
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error;
    }
  }
  return crossReference(value);
}
