/**
 * The extractor: plain text (with an optional title and publication date) in, a draft report out, in the dataset's
 * own schema, every item anchored by a span and carrying its confidence and the rule that made it. Pure TypeScript:
 * no I/O, no network; runs in Node and in the task pane (load it on demand: it carries chrono-node).
 *
 * The shape follows chrono-node: parsers find candidates (names, quotes, numbers, dates), refiners resolve them
 * (entities and aliases, roles, speakers and pronouns, a figure's place and source).
 */
import type { DraftReport } from "../model/draft";
import { buildDraft } from "./build";
import type { ExtractContext, Sentence } from "./context";
import { prepareInput } from "./input";
import { findDates } from "./parsers/dates";
import { findFigure, inAdditionTo, notACount, partOfCount, type FigureFinding, type NotAFigure } from "./parsers/figures";
import { findNames } from "./parsers/names";
import { findNumbers } from "./parsers/numbers";
import { moneyUnit, MONEY_MEASURES } from "./parsers/money";
import { mergeParts } from "./parsers/parts";
import { findQuotes } from "./parsers/quotes";
import { cellFigure, findTables, rowNumbers } from "./parsers/tables";
import { buildEntities } from "./refiners/entities";
import { addAppositiveRoles } from "./refiners/roles";
import { requirePersonEvidence } from "./refiners/person-evidence";
import { withoutOutletSources } from "./refiners/outlets";
import { mergeSentencesInQuotes } from "./refiners/sentences-in-quotes";
import { findStatements } from "./refiners/statements";
import { maskQuotes } from "./parsers/attribution";
import { splitSentences } from "./sentences";
import type { Trace } from "./rules";
import type { Gazetteer } from "./geonames/gazetteer";
import { locatePlaces, placesInPlaceSlots } from "./refiners/places";
import { dateFigures, placeFigures, sourceFigures } from "./refiners/figure-context";
import { actorTypes } from "./refiners/actor-types";
import { countriesByGazetteer } from "./refiners/gazetteer-countries";
import { countFigures } from "./refiners/figure-units";
import { findEvents } from "./refiners/events";
import { dateStatements, saidSpans } from "./refiners/statement-context";

export type { Trace, TraceStep } from "./rules";

export interface ExtractOptions {
  title?: string;
  /** Publication date, YYYY-MM-DD: relative dates are counted from it and none may fall after it. */
  published?: string;
  outlet?: string;
  /** Says which rule kept or dropped what. */
  debug?: (message: string) => void;
  /** Every rule tried on an item and what it decided (`npm run extract -- file.txt --debug` prints it). */
  trace?: Trace;
  /**
   * Time the figure rules may take (ms, default 5,000): past it the draft returns what it has, with a warning. Plain
   * news of the pane's 60,000 characters takes a fraction of a second; this is the backstop, never the plan.
   */
  budgetMs?: number;
  /**
   * The GeoNames gazetteer (load it first: `loadGazetteer()` in Node, `loadGazetteerFrom(url)` in a browser): names
   * it knows in a place's slot become places, and every place gets its GeoNames id, country, division and
   * coordinates or says it matched nothing. Without it places carry no `geo`.
   */
  gazetteer?: Gazetteer;
}

export const DEFAULT_BUDGET_MS = 5000;

/**
 * Drafts a report from an article's text.
 *
 * @param text - the article, plain text (HTML is stripped, with a warning)
 * @param options - title, publication date (YYYY-MM-DD), outlet, debug hook
 * @returns a draft report; for empty, markup-only, wordless or non-English text an empty draft whose `warnings` say why
 * @example
 * extractDraft("Floods killed at least 12 people in Kerala, officials said.", { published: "2024-07-30" }).figures[0].value
 * // { best: 12, low: 12, high: null }
 */
export function extractDraft(text: string, options: ExtractOptions = {}): DraftReport {
  const input = prepareInput(text);
  const published = options.published ? parsePublished(options.published) : undefined;
  const context: ExtractContext = {
    text: input.text,
    sentences: [],
    ...(published ? { published } : {}),
    debug: options.debug ?? (() => undefined),
  };
  const trace: Trace = options.trace ?? (() => undefined);
  context.trace = trace;
  const deadline = performance.now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  const warnings = [...input.warnings];
  if (input.refusal) return buildDraft(context, options, { warnings: [...input.warnings, input.refusal] });

  context.tables = findTables(context.text);
  const passages = findQuotes(context.text);
  context.sentences = mergeSentencesInQuotes(context.text, splitSentences(context.text), passages);
  const names = findNames(context);
  if (options.gazetteer) {
    countriesByGazetteer(context, names, options.gazetteer, trace);
    placesInPlaceSlots(context, names, options.gazetteer, trace);
  }
  const built = buildEntities(context, names);
  const { byMention } = built;
  addAppositiveRoles(context, byMention);
  // After the roles: a role in apposition ("a teacher who lives nearby") is a person's signal.
  const entities = requirePersonEvidence(context, built.entities, byMention);
  if (options.gazetteer) locatePlaces(context, entities, names, options.gazetteer, trace);
  const found = findStatements(context, passages, names, entities, byMention);
  const { attributions } = found;
  const statements = withoutOutletSources(context, found.findings, attributions);

  const figures: FigureFinding[] = [];
  const notFigures: NotAFigure[] = [];
  for (const sentence of context.sentences) {
    if (performance.now() > deadline) {
      warnings.push(
        `The draft took longer than its time budget: figures were read up to sentence ${sentence.index + 1} of ${context.sentences.length} only.`,
      );
      break;
    }
    const masked = maskQuotes(context.text, sentence, []);
    const last = figures[figures.length - 1];
    let previous =
      last && last.sentence.paragraph === sentence.paragraph && sentence.index - last.sentence.index <= 1 ? last : undefined;
    let previousDate = false;
    const row = context.tables.rowOfLine.get(context.text.lastIndexOf("\n", sentence.start - 1) + 1);
    const numbers = row
      ? rowNumbers(context.text, row)
      : mergeParts(context.text, findNumbers(context.text, sentence.start, sentence.end));
    for (const number of numbers) {
      const item = `figure '${number.text}' at ${number.start}`;
      const cell = cellFigure(context.tables, sentence, number);
      if (cell) {
        if ("reason" in cell) {
          trace({ item, rule: "figure.not-a-count", decided: cell.reason });
          notFigures.push(cell);
        } else {
          trace({ item, rule: cell.ruleId, decided: `${cell.measure} (${cell.measureWord.text})` });
          figures.push(cell);
        }
        continue;
      }
      const reason = notACount(context.text, number, previousDate);
      previousDate = reason === "a date";
      if (reason) {
        trace({ item, rule: "figure.not-a-count", decided: reason });
        notFigures.push({ number, reason });
        continue;
      }
      const own = findFigure(context.text, sentence, number, masked);
      const finding = "reason" in own && previous ? (partOfCount(context.text, sentence, number, previous) ?? own) : own;
      // An amount of money is a figure only as money ("funding"), never a count of the dead or the missing near it.
      if (moneyUnit(context.text, number) && ("reason" in finding || !MONEY_MEASURES.has(finding.measure)))
        notFigures.push({ number, reason: "an amount of money" });
      else if ("reason" in finding) {
        trace({ item, rule: "figure.measure", decided: finding.reason });
        notFigures.push(finding);
      } else {
        trace({ item, rule: finding.ruleId, decided: `${finding.measure} (${finding.measureWord.text})` });
        relate(context.text, sentence, finding, figures, trace, item);
        figures.push(finding);
        previous = finding;
      }
    }
  }
  const dates = findDates(context);
  const placed = placeFigures(context, figures, names, byMention, trace);
  return buildDraft(context, options, {
    warnings,
    entities,
    byMention,
    names,
    statements,
    figures,
    notFigures,
    dates,
    subjects: placed.subjects,
    sources: sourceFigures(context, figures, attributions),
    figureDates: dateFigures(context, figures, dates),
    counts: countFigures(context, figures),
    said: saidSpans(context, statements),
    statementDates: dateStatements(context, statements, dates),
    events: findEvents(context, dates, names, byMention),
    actorTypes: actorTypes(context, entities, placed.groups),
  });
}

/** "three of the dead", "two of them": the words after a number that make it a part of a count before. */
const OF_THE_WHOLE = /^\s+of\s+(?:the\s+(?:dead|injured|wounded|missing|victims|casualties)|them|those|whom)\b/i;

/** How far back a count on top of others looks for the count of its measure (figures, not characters). */
const RELATION_LOOKBACK = 20;

/**
 * Links a figure to the count it stands to, when its words say so and its measure rule did not: a part named by the
 * whole's word ("Of the dead, 12 …": the last count of the dead), or a count on top of an earlier one ("another 11",
 * "four more": the last count of its measure, else the last count). The two are never summed.
 */
function relate(text: string, sentence: Sentence, finding: FigureFinding, figures: FigureFinding[], trace: Trace, item: string) {
  const recent = figures.slice(-RELATION_LOOKBACK);
  if (finding.relation) {
    // "… and one in a house on Clarksville Street. Two of the victims were children": a part is of a larger whole,
    // not of the part before it.
    const to = finding.relation.to;
    if (finding.relation.kind === "part of" && (to.relation?.kind === "part of" || to.number.value <= finding.number.value)) {
      const whole = wholeOf(recent, finding);
      if (whole) finding.relation = { ...finding.relation, to: whole };
    }
    trace({ item, rule: "figure.relation", decided: `${finding.relation.kind} '${finding.relation.to.number.text}'` });
    return;
  }
  const sameMeasure = [...recent].reverse().find((f) => f.measure === finding.measure);
  const ofTheWhole = OF_THE_WHOLE.exec(text.slice(finding.valueEnd, Math.min(sentence.end, finding.valueEnd + 16)));
  const whole = ofTheWhole ? wholeOf(recent, finding) : undefined;
  if (finding.ruleId === "measure.of-the-named") {
    if (sameMeasure)
      finding.relation = { kind: "part of", to: sameMeasure, start: finding.measureWord.start, end: finding.measureWord.end };
  } else if (ofTheWhole && whole) {
    // "three of the dead were children", "Seventeen of the injured": a part of the whole count of its measure.
    const start = finding.valueEnd + ofTheWhole[0].search(/\S/);
    finding.relation = { kind: "part of", to: whole, start, end: finding.valueEnd + ofTheWhole[0].length };
  } else {
    const words = inAdditionTo(text, sentence, finding);
    // With no count of its measure before, the last whole count ("Another 11 were wounded" after "14 killed, nine
    // of them soldiers" is on top of the 14, not the nine).
    const to = sameMeasure ?? [...recent].reverse().find((f) => f.relation?.kind !== "part of");
    if (words && to) finding.relation = { kind: "in addition to", to, ...words };
  }
  trace({
    item,
    rule: "figure.relation",
    decided: finding.relation ? `${finding.relation.kind} '${finding.relation.to.number.text}'` : "no",
  });
}

/**
 * The whole a part ("four of the dead") may belong to: the largest recent count of its measure that is no part of
 * another and larger than it, since "the dead" are all of them, not "six bodies" found near the mosque.
 */
function wholeOf(recent: readonly FigureFinding[], part: FigureFinding): FigureFinding | undefined {
  let whole: FigureFinding | undefined;
  for (const f of recent) {
    if (f.measure !== part.measure || f.relation?.kind === "part of" || f.number.value <= part.number.value) continue;
    // Of equal counts, the later: the lead repeats the headline's toll with where it happened.
    if (!whole || f.number.value >= whole.number.value) whole = f;
  }
  return whole;
}

function parsePublished(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new RangeError(`The publication date '${value}' is not a date; give YYYY-MM-DD.`);
  }
  return date;
}
