import { fail, ok, type Result } from "../model/failure";
import type { Figure } from "../model/figure";
import { CASUALTY_MEASURES, type Measure } from "../model/vocabulary";
import { type Argument, choice, isBlank, named } from "./arguments";
import { dateBasis, dateText, isoToSerial } from "./dates";
import { figureKey, perReport, type ReportIndex, type Subject } from "./indexes";
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

export const subjectName = (r: ReportIndex, figure: Figure): string =>
  r.subjectsById.get(figure.subject.id)?.name ?? figure.subject.id;

/**
 * Who the figure is attributed to, in the report's words where it names them ("the Israeli
 * side"), with how we know it: "the Palestinian Health Ministry (implied)".
 */
export function attributedTo(r: ReportIndex, figure: Figure): string | undefined {
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

function fieldValue(r: ReportIndex, figure: Figure, field: FigureField): Result<number | string> {
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
export function findFigure(r: ReportIndex, where: Argument, measure: Argument): Result<Figure> {
  const subject = named(where, "where", "place or group", r.subjectIndex);
  if (!subject.ok) return subject;
  const which = choice(measure, "measure", r.measureIndex, r.measures);
  if (!which.ok) return which;
  const figure = r.figuresByKey.get(figureKey(subject.value.id, which.value));
  if (figure) return ok(figure);
  const available = (r.figuresBySubject.get(subject.value.id) ?? []).map((f) => f.measure);
  return fail({ code: "not-reported", subject: subject.value.name, measure: which.value, available });
}

function computeCasualty(r: ReportIndex, where: Argument, measure: Argument, field?: Argument): Result<number | string> {
  const figure = findFigure(r, where, measure);
  if (!figure.ok) return figure;
  const which = choice(field, "field", fieldIndex, FIGURE_FIELDS, "value" as FigureField);
  return which.ok ? fieldValue(r, figure.value, which.value) : which;
}

/**
 * Answers by the exact arguments a worksheet passes: a recalculation repeats the same few
 * argument lists thousands of times, and a report never changes once open, so each is worked out
 * once per report. Maps keyed by the argument strings themselves (no key to build per call); the
 * usual call, without a field, takes two lookups. Bounded by the bytes the keys hold, not only by count:
 * arguments longer than any name are answered afresh (a linear refusal) and never kept.
 */
type Answers = Map<string, Map<string, Result<number | string>>>;
interface AnswerMemo {
  values: Answers;
  fields: Map<string, Answers>;
  bytes: number;
}
const MAX_ANSWER_BYTES = 1 << 20;
const MAX_KEPT_ARGUMENT = 256;
const answerMemo = perReport((): AnswerMemo => ({ values: new Map(), fields: new Map(), bytes: 0 }));

/** Bytes a report's answer cache holds (estimated: UTF-16 keys plus a Map slot each), for the benchmark. */
export const casualtyCacheBytes = (r: ReportIndex): number => answerMemo(r).bytes;

function remember(
  memo: AnswerMemo,
  answers: Answers,
  where: string,
  measure: string,
  field: string,
  answer: Result<number | string>,
): void {
  if (where.length > MAX_KEPT_ARGUMENT || measure.length > MAX_KEPT_ARGUMENT || field.length > MAX_KEPT_ARGUMENT) return;
  const cost = (where.length + measure.length + field.length) * 2 + 128;
  if (memo.bytes + cost > MAX_ANSWER_BYTES) {
    memo.values.clear();
    memo.fields.clear();
    memo.bytes = 0;
  }
  let byMeasure = answers.get(where);
  if (!byMeasure) answers.set(where, (byMeasure = new Map()));
  byMeasure.set(measure, answer);
  memo.bytes += cost;
}

/** The memo of the report asked last: a recalculation asks one report many times in a row. */
let lastReport: ReportIndex | undefined;
let lastMemo: AnswerMemo | undefined;

/** The answer `casualty` already gave to these arguments, if it kept one: no lookup is built or run. */
export function rememberedCasualty(
  r: ReportIndex,
  where: unknown,
  measure: unknown,
  field?: unknown,
): Result<number | string> | undefined {
  if (typeof where !== "string" || typeof measure !== "string") return undefined;
  let memo = lastMemo;
  if (r !== lastReport || memo === undefined) {
    memo = lastMemo = answerMemo(r);
    lastReport = r;
  }
  if (field === undefined) return memo.values.get(where)?.get(measure);
  return typeof field === "string" ? memo.fields.get(field)?.get(where)?.get(measure) : undefined;
}

/** `REPORT.CASUALTIES`: one field of one figure; the best value by default. */
export function casualty(r: ReportIndex, where: Argument, measure: Argument, field?: Argument): Result<number | string> {
  if (typeof where !== "string" || typeof measure !== "string" || (field !== undefined && typeof field !== "string")) {
    return computeCasualty(r, where, measure, field);
  }
  const known = rememberedCasualty(r, where, measure, field);
  if (known !== undefined) return known;
  const memo = answerMemo(r);
  const answer = computeCasualty(r, where, measure, field);
  let answers = memo.values;
  if (field !== undefined && field.length <= MAX_KEPT_ARGUMENT) {
    answers = memo.fields.get(field) ?? new Map();
    if (!memo.fields.has(field)) memo.fields.set(field, answers);
  }
  remember(memo, answers, where, measure, field ?? "", answer);
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

export function figureRow(r: ReportIndex, figure: Figure): Cell[] {
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
export function figureTable(r: ReportIndex, where?: Argument, measure?: Argument): Result<Table> {
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
export function casualtiesByPlace(r: ReportIndex): Table & { note: string } {
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
