import { fail, ok, type Result } from "../model/failure";
import type { Figure } from "../model/figure";
import { canonicalBound, CASUALTY_MEASURES, COMBINED_MEASURES, hasOwn, type Measure } from "../model/vocabulary";
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

/** The place or group and the measure a figure's arguments name. */
function figureArguments(r: OpenReport, where: Argument, measure: Argument): Result<{ subject: Subject; measure: Measure }> {
  const subject = named(where, "where", "place or group", r.subjectIndex);
  if (!subject.ok) return subject;
  const which = choice(measure, "measure", r.measureIndex, r.measures);
  return which.ok ? ok({ subject: subject.value, measure: which.value }) : which;
}

const notReported = (r: OpenReport, subject: Subject, measure: Measure) =>
  fail<never>({
    code: "not-reported",
    subject: subject.name,
    measure,
    available: (r.figuresBySubject.get(subject.id) ?? []).map((f) => f.measure),
    ...(hasOwn(COMBINED_MEASURES, measure) ? { parts: COMBINED_MEASURES[measure]!.parts } : {}),
  });

/** The figure the report gives for a place or group and a measure. */
export function findFigure(r: OpenReport, where: Argument, measure: Argument): Result<Figure> {
  const found = figureArguments(r, where, measure);
  if (!found.ok) return found;
  const { subject, measure: which } = found.value;
  const figure = r.figuresByKey.get(figureKey(subject.id, which));
  return figure ? ok(figure) : notReported(r, subject, which);
}

/** The figures a combined measure adds up for a subject ("casualties": its killed and injured), when it gives every one. */
function combinedParts(r: OpenReport, subject: Subject, measure: Measure): Figure[] | undefined {
  if (!hasOwn(COMBINED_MEASURES, measure)) return undefined;
  const parts = COMBINED_MEASURES[measure]!.parts.map((part) => r.figuresByKey.get(figureKey(subject.id, part)));
  return parts.every((f) => f !== undefined) ? (parts as Figure[]) : undefined;
}

/**
 * The figures a CASUALTIES call answers from: the one figure, or for a combined measure the report gives only as its
 * parts, those parts; none when it answers nothing. What the evidence of a cell shows.
 */
export function figuresAnswering(r: OpenReport, where: Argument, measure: Argument): Figure[] {
  const found = figureArguments(r, where, measure);
  if (!found.ok) return [];
  const { subject, measure: asked } = found.value;
  const figure = r.figuresByKey.get(figureKey(subject.id, asked));
  return figure ? [figure] : (combinedParts(r, subject, asked) ?? []);
}

/** A sum's qualifier: exact when every part is, "at least" when each part is exact or a floor, else "about". */
function sumQualifier(r: OpenReport, parts: readonly Figure[]): string {
  // The qualifier's bound, canonical or the report's own (report-vocabulary.ts has the same rule but brings zod).
  const own = r.report.vocabulary?.qualifiers;
  const kinds = parts.map((f) => canonicalBound(f.qualifier) ?? (own && hasOwn(own, f.qualifier) ? own[f.qualifier] : undefined));
  if (kinds.every((k) => k === "exact")) return "exact";
  return kinds.every((k) => k === "exact" || k === "lower") ? "at least" : "about";
}

const sumOf = (values: ReadonlyArray<number | null>): number | null =>
  values.some((v) => v === null) ? null : (values as number[]).reduce((a, b) => a + b, 0);

/** One field of a combined measure the report gives only as its parts, every field saying what was added. */
function combinedField(r: OpenReport, measure: Measure, parts: readonly Figure[], field: FigureField): Result<number | string> {
  const subject = subjectName(r, parts[0]!);
  const each = parts.map((f) => `${figureValueLabel(f)} ${f.measure}`).join(" and ");
  const missing = (what: string, detail: string) =>
    fail<number | string>({ code: "no-value", subject: `${subject} ${measure}`, what, detail });
  const same = (values: ReadonlyArray<string | undefined>) =>
    new Set(values).size === 1 && values[0] !== undefined ? values[0] : undefined;
  switch (field) {
    case "value":
      return ok(parts.reduce((sum, f) => sum + f.value.best, 0));
    case "low":
    case "high": {
      const sum = sumOf(parts.map((f) => f.value[field]));
      return sum === null ? missing(field === "low" ? "lower bound" : "upper bound", `not every part has one: ${each}`) : ok(sum);
    }
    case "qualifier":
      return ok(sumQualifier(r, parts));
    case "unit":
      return ok(same(parts.map((f) => f.unit)) ?? parts.map((f) => f.unit).join(" and "));
    case "source": {
      const sources = parts.map((f) => attributedTo(r, f));
      const one = same(sources);
      if (one) return ok(one);
      if (sources.every((s) => s === undefined)) return missing("source", "it names no one behind these numbers");
      return ok(parts.map((f, i) => `${sources[i] ?? "not stated"} (${f.measure})`).join("; "));
    }
    case "date": {
      const one = same(parts.map((f) => (f.date ? dateText(f.date) : undefined)));
      return one ? ok(one) : missing("one date", `its parts are ${each}, not dated alike`);
    }
    case "evidence":
      return ok([...new Set(parts.map((f) => f.evidence.exact))].join(" … "));
    case "text":
      return ok(parts.map((f) => `'${f.valueText.exact}' ${f.measure}`).join("; "));
    case "note":
      return ok(
        `${parts.map((f) => f.measure).join(" and ")} together: the report gives no ${measure} figure for ${subject}, so this adds ${each}.`,
      );
  }
}

function computeCasualty(r: OpenReport, where: Argument, measure: Argument, field?: Argument): Result<number | string> {
  const found = figureArguments(r, where, measure);
  if (!found.ok) return found;
  const which = choice(field, "field", fieldIndex, FIGURE_FIELDS, "value" as FigureField);
  if (!which.ok) return which;
  const { subject, measure: asked } = found.value;
  const figure = r.figuresByKey.get(figureKey(subject.id, asked));
  if (figure) {
    // The report's own figure for a combined measure: the note says it is the report's word, not a sum.
    if (which.value === "note" && hasOwn(COMBINED_MEASURES, asked))
      return ok(`what the report calls ${asked}: ${figureValueLabel(figure)}${figure.note ? `. ${figure.note}` : ""}`);
    return fieldValue(r, figure, which.value);
  }
  const parts = combinedParts(r, subject, asked);
  return parts ? combinedField(r, asked, parts, which.value) : notReported(r, subject, asked);
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
 * Every casualty measure the report gives (killed, injured, missing, displaced, hostages), by place (and group), for
 * a chart: the best values, blank where the report gives no figure (never 0), and the values as the report words
 * them beside. A report that gives none of them still has killed and injured columns, blank.
 */
export function casualtiesByPlace(r: OpenReport): Table & { note: string; measures: readonly Measure[] } {
  const given = new Set(r.report.figures.map((f) => f.measure));
  const present = CASUALTY_MEASURES.filter((m) => given.has(m));
  const measures = present.length > 0 ? present : CASUALTY_MEASURES.slice(0, 2);
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
    measures,
  };
}
