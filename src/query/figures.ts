import { fail, ok, type Result } from "../model/failure";
import type { Figure } from "../model/figure";
import { CASUALTY_MEASURES, type Measure } from "../model/vocabulary";
import { type Argument, choice, isBlank, named } from "./arguments";
import { dateBasis, dateText, isoToSerial } from "./dates";
import { figureKey, type OpenReport, type Subject } from "./open-report";
import { choiceIndex } from "./name-index";
import type { Cell, Table } from "./table";

export const FIGURE_FIELDS = ["value", "low", "high", "qualifier", "source", "date", "evidence", "unit", "text", "note"] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];

const fieldIndex = choiceIndex(FIGURE_FIELDS, {
  value: ["best"],
  source: ["attribution", "attributed to"],
  evidence: ["sentence"],
  text: ["as written"],
  low: ["min"],
  high: ["max"],
});

export const subjectName = (r: OpenReport, figure: Figure): string =>
  r.subjectsById.get(figure.subject.id)?.name ?? figure.subject.id;

/**
 * Who the figure is attributed to, in the report's words where it names them ("the Israeli
 * side"), with how we know it: "the Palestinian Health Ministry (implied)".
 */
export function attributedTo(r: OpenReport, figure: Figure): string | undefined {
  const { actor, basis, text } = figure.attribution;
  if (actor === null) return undefined;
  const name = text?.exact ?? r.actorsById.get(actor)?.name ?? actor;
  return basis === "stated" || basis === null ? name : `${name} (${basis})`;
}

/** The value with its qualifier, as people read it: "about 2,750", "at least 1,400", "approximately $100,000,000 a year". */
export function figureValueLabel(figure: Figure): string {
  const number = figure.value.best.toLocaleString("en-US");
  const amount = figure.unit === "US dollars a year" ? `$${number} a year` : number;
  return figure.qualifier === "exact" ? amount : `${figure.qualifier} ${amount}`;
}

function fieldValue(r: OpenReport, figure: Figure, field: FigureField): Result<number | string> {
  const missing = (what: string, detail?: string) =>
    fail<number | string>({ code: "no-value", subject: `${subjectName(r, figure)} ${figure.measure}`, what, detail });
  switch (field) {
    case "value":
      return ok(figure.value.best);
    case "low":
      return figure.value.low === null ? missing("lower bound", `'${figure.valueText.exact}'`) : ok(figure.value.low);
    case "high":
      return figure.value.high === null ? missing("upper bound", `'${figure.valueText.exact}'`) : ok(figure.value.high);
    case "qualifier":
      return ok(figure.qualifier);
    case "source": {
      const source = attributedTo(r, figure);
      return source === undefined ? missing("source", "it names no one behind this number") : ok(source);
    }
    case "date":
      return figure.date === null ? missing("date") : ok(dateText(figure.date));
    case "evidence":
      return ok(figure.evidence.exact);
    case "unit":
      return ok(figure.unit);
    case "text":
      return ok(figure.valueText.exact);
    case "note":
      return figure.note === undefined ? missing("note") : ok(figure.note);
  }
}

/** The figure the report gives for a place or group and a measure. */
export function findFigure(r: OpenReport, where: Argument, measure: Argument): Result<Figure> {
  const subject = named(where, "where", "place or group", r.subjectIndex);
  if (!subject.ok) return subject;
  const which = choice(measure, "measure", r.measureIndex, r.measures);
  if (!which.ok) return which;
  const figure = r.figuresByKey.get(figureKey(subject.value.id, which.value));
  if (figure) return ok(figure);
  const available = (r.figuresBySubject.get(subject.value.id) ?? []).map((f) => f.measure);
  return fail({ code: "not-reported", subject: subject.value.name, measure: which.value, available });
}

function computeCasualty(r: OpenReport, where: Argument, measure: Argument, field?: Argument): Result<number | string> {
  const figure = findFigure(r, where, measure);
  if (!figure.ok) return figure;
  const which = choice(field, "field", fieldIndex, FIGURE_FIELDS, "value" as FigureField);
  return which.ok ? fieldValue(r, figure.value, which.value) : which;
}

/** `REPORT.CASUALTIES`: one field of one figure; the best value by default. Text arguments are answered once per report. */
export function casualty(r: OpenReport, where: Argument, measure: Argument, field?: Argument): Result<number | string> {
  if (typeof where !== "string" || typeof measure !== "string" || (field !== undefined && typeof field !== "string")) {
    return computeCasualty(r, where, measure, field);
  }
  // A blank field is "value": one answer whether the cell left it out or passed "".
  const known = r.answers.get(where, measure, field);
  if (known !== undefined) return known;
  const answer = computeCasualty(r, where, measure, field);
  r.answers.set(where, measure, field ?? "", answer);
  return answer;
}

export const FIGURE_HEADER = [
  "subject",
  "measure",
  "value",
  "qualifier",
  "unit",
  "date",
  "attributed to",
  "evidence",
  "low",
  "high",
  "as written",
  "date basis",
  "id",
] as const;

export function figureRow(r: OpenReport, figure: Figure): Cell[] {
  return [
    subjectName(r, figure),
    figure.measure,
    figure.value.best,
    figure.qualifier,
    figure.unit,
    figure.date ? isoToSerial(figure.date.start) : "",
    attributedTo(r, figure) ?? "not stated",
    figure.evidence.exact,
    figure.value.low ?? "",
    figure.value.high ?? "",
    figure.valueText.exact,
    figure.date ? dateBasis(figure.date) : "",
    figure.id,
  ];
}

/** `REPORT.FIGURES`: every figure, or those of one place or group and/or one measure. */
export function figureTable(r: OpenReport, where?: Argument, measure?: Argument): Result<Table> {
  let subject: Subject | undefined;
  let which: Measure | undefined;
  if (!isBlank(where)) {
    const found = named(where, "where", "place or group", r.subjectIndex);
    if (!found.ok) return found;
    subject = found.value;
  }
  if (!isBlank(measure)) {
    const found = choice(measure, "measure", r.measureIndex, r.measures);
    if (!found.ok) return found;
    which = found.value;
  }
  const rows = r.report.figures
    .filter((f) => (!subject || f.subject.id === subject.id) && (!which || f.measure === which))
    .map((f) => figureRow(r, f));
  if (rows.length === 0) {
    const filter = [subject && `'${subject.name}'`, which && `'${which}'`].filter(Boolean).join(" and ");
    return fail({ code: "nothing-matches", filter });
  }
  return ok({ header: FIGURE_HEADER, rows });
}

/**
 * Killed, injured and hostages by place (and group), for a chart: the best values, blank where
 * the report gives no figure (never 0), and the values as the report words them beside.
 */
export function casualtiesByPlace(r: OpenReport): Table & { note: string } {
  const measures = CASUALTY_MEASURES;
  const subjects = [...new Set(r.report.figures.filter((f) => measures.includes(f.measure)).map((f) => f.subject.id))];
  const rows = subjects.map((id) => {
    const figures = measures.map((m) => r.figuresByKey.get(figureKey(id, m)));
    return [
      r.subjectsById.get(id)?.name ?? id,
      ...figures.map((f) => f?.value.best ?? ""),
      ...figures.map((f) => (f ? figureValueLabel(f) : "not reported")),
    ];
  });
  const qualified = r.report.figures.filter((f) => measures.includes(f.measure) && f.qualifier !== "exact");
  const note =
    qualified.length > 0
      ? "Some values are lower bounds (at least, more than, over) or approximations (about), as the report gives them."
      : "All values are exact as the report gives them.";
  return {
    header: ["place", ...measures, ...measures.map((m) => `${m} (as reported)`)],
    rows,
    note,
  };
}
