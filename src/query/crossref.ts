import type { Actor } from "../model/actor";
import type { Figure } from "../model/figure";
import type { Span } from "../model/span";
import type { Statement } from "../model/statement";
import { attributedTo, figuresAnswering, subjectName } from "./figures";
import { FormulaSyntaxError, parseFormula } from "./formula";
import type { OpenReport } from "./open-report";
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
  (r: OpenReport, input: string) =>
  (f: Figure): Match => ({
    input,
    kind: "figure",
    id: f.id,
    label: `${subjectName(r, f)} ${f.measure}: ${f.valueText.exact}`,
    detail: attributedTo(r, f) ?? "source not stated",
    evidence: f.evidence,
  });

const statementMatch =
  (r: OpenReport, input: string) =>
  (s: Statement): Match => ({
    input,
    kind: "statement",
    id: s.id,
    label: `${speakerOf(r, s).name} (${s.kind})`,
    detail: s.text.exact,
    evidence: s.evidence,
  });

const actorMatch = (input: string, a: Actor): Match => ({
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
export function crossReference(r: OpenReport, value: unknown): Match[] {
  const { report, actorIndex, subjectIndex } = r;
  if (typeof value === "number") {
    return report.figures
      .filter((f) => [f.value.best, f.value.low, f.value.high].includes(value))
      .map(figureMatch(r, String(value)));
  }
  if (typeof value !== "string" || value.trim() === "") return [];
  const input = value.trim();
  const number = numberIn(input);
  if (number !== undefined) return crossReference(r, number).map((m) => ({ ...m, input }));
  const matches: Match[] = [];
  const actor = actorIndex.find(input);
  if (actor) {
    matches.push(actorMatch(input, actor));
    matches.push(...statementsBy(r, actor.id).map(statementMatch(r, input)));
  }
  const subject = subjectIndex.find(input);
  if (subject) matches.push(...(r.figuresBySubject.get(subject.id) ?? []).map(figureMatch(r, input)));
  if (!actor && !subject && input.length >= 3) matches.push(...statementsContaining(r, input).map(statementMatch(r, input)));
  return matches;
}

/** Where each function takes its optional `[report]` argument (0-based). */
const REPORT_ARGUMENT: Readonly<Record<string, number>> = { CASUALTIES: 3, STATEMENT: 2, WHO: 1, ACTOR: 2, CARD: 1 };

/**
 * The evidence behind a cell: its REPORT formula's figure or statement (in the report the formula names, or the
 * default), else what its value matches in the current report. Says which report the matches belong to.
 */
export function evidenceForCell(
  current: OpenReport,
  formula: unknown,
  value: unknown,
  resolve: (reportArgument: unknown) => OpenReport | undefined = () => current,
): { report: OpenReport; matches: Match[] } {
  if (typeof formula === "string" && /^=\s*REPORT\./i.test(formula)) {
    try {
      const call = parseFormula(formula);
      const at = REPORT_ARGUMENT[call.name];
      const r = at === undefined ? undefined : resolve(call.args[at]);
      if (r) return { report: r, matches: formulaEvidence(r, formula, call.name, call.args) };
    } catch (error) {
      if (!(error instanceof FormulaSyntaxError)) throw error;
    }
  }
  return { report: current, matches: crossReference(current, value) };
}

function formulaEvidence(r: OpenReport, formula: string, name: string, args: readonly unknown[]): Match[] {
  const [first, second] = args;
  switch (name) {
    case "CASUALTIES":
      return figuresAnswering(r, first, second).map(figureMatch(r, formula));
    case "STATEMENT": {
      const statement = findStatement(r, first, second);
      return statement.ok ? [statementMatch(r, formula)(statement.value)] : [];
    }
    case "WHO":
      return typeof first === "string" ? statementsContaining(r, first).map(statementMatch(r, formula)) : [];
    case "ACTOR":
      return crossReference(r, first).map((m) => ({ ...m, input: formula }));
    case "CARD": {
      const subject = cardSubject(r, first);
      if (!subject.ok) return [];
      if (subject.value.kind === "figure") return [figureMatch(r, formula)(subject.value.figure)];
      const label = subject.value.kind === "place" ? subject.value.place.name : subject.value.actor.name;
      return crossReference(r, label).map((m) => ({ ...m, input: formula }));
    }
  }
  return [];
}
