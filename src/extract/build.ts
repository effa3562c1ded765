import { UTF16_UNIT } from "../model/offset-unit";
import type { ReportDate } from "../model/date";
import type { DraftActor, DraftEvent, DraftFigure, DraftPlace, DraftReport, DraftStatement } from "../model/draft";
import { boundKindOf } from "../model/report-vocabulary";
import { boundsFor, MEASURES, UNITS } from "../model/vocabulary";
import { span, type ExtractContext } from "./context";
import type { DateFinding } from "./parsers/dates";
import type { FigureFinding, NotAFigure } from "./parsers/figures";
import type { NameMention } from "./parsers/names";
import type { Entity } from "./refiners/entities";
import type { FigureSource, FigureSubject } from "./refiners/figure-context";
import type { FigureCount } from "./refiners/figure-units";
import type { EventFinding } from "./refiners/events";
import type { SaidSpan } from "./refiners/statement-context";
import type { StatementFinding } from "./refiners/statements";
import { sha256Hex } from "./sha256";
import { slug, uniqueId } from "../model/slug";
import { confidenceOf } from "./rules";

export interface Findings {
  warnings: string[];
  entities?: Entity[];
  byMention?: Map<NameMention, Entity>;
  names?: NameMention[];
  statements?: StatementFinding[];
  figures?: FigureFinding[];
  notFigures?: NotAFigure[];
  dates?: DateFinding[];
  /** Each figure's place or group (refiners/figure-context.ts: placeFigures). */
  subjects?: Map<FigureFinding, FigureSubject>;
  /** Each figure's source (sourceFigures). */
  sources?: Map<FigureFinding, FigureSource>;
  /** Each figure's date (dateFigures). */
  figureDates?: Map<FigureFinding, DateFinding>;
  /** Each figure's counted noun and unit (refiners/figure-units.ts). */
  counts?: Map<FigureFinding, FigureCount>;
  /** What each statement said (refiners/statement-context.ts: saidSpans). */
  said?: Map<StatementFinding, SaidSpan>;
  /** Each statement's date (dateStatements). */
  statementDates?: Map<StatementFinding, DateFinding>;
  /** Dated sentences with the entities they name (refiners/events.ts). */
  events?: EventFinding[];
  /** Each entity's type as an actor (refiners/actor-types.ts). */
  actorTypes?: Map<Entity, DraftActor["type"]>;
}

export const UNCLASSIFIED_TOPIC = "unclassified";

/** Writes the findings out as a draft report: ids, spans, bounds by the qualifier rule, references between items. */
export function buildDraft(
  context: ExtractContext,
  options: { title?: string; published?: string; outlet?: string },
  findings: Findings,
): DraftReport {
  const { text } = context;
  const used = new Set<string>();
  // The next suffix to try per base, so a hundred figures of one place stay linear.
  const next = new Map<string, number>();
  const id = (kind: string, name: string) => {
    const base = `${kind}:${slug(name)}`;
    const key = uniqueId(base, (candidate) => used.has(candidate), next.get(base) ?? 2);
    used.add(key);
    if (key !== base) next.set(base, Number(key.slice(base.length + 1)) + 1);
    return key;
  };
  const entities = findings.entities ?? [];
  const statements = findings.statements ?? [];
  const speakers = new Set(statements.map((s) => s.speaker));
  const types = findings.actorTypes ?? new Map<Entity, DraftActor["type"]>();
  const typeOf = (entity: Entity) => types.get(entity) ?? "organization";

  // Places, and actors: people, organizations, unnamed speakers, and a place that speaks or acts (as a state).
  const placeId = new Map<Entity, string>();
  const actorId = new Map<Entity, string>();
  const places: DraftPlace[] = [];
  const actors: DraftActor[] = [];
  const draft = (confidence: number, rule: string, rules: string[]) => ({
    confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100,
    rule,
    rules,
  });
  const entityRules = (entity: Entity) => [entity.rule.replace(/^name:/, "name.").replace(/\s+/g, "-")];
  const addActor = (entity: Entity, type: DraftActor["type"]) => {
    const actorKey = id("actor", entity.name);
    actorId.set(entity, actorKey);
    actors.push({
      id: actorKey,
      name: entity.name,
      type,
      aliases: entity.aliases,
      role: entity.roles[0] ?? "",
      affiliation: null,
      mentions: entity.mentions,
      draft: draft(entity.confidence, entity.rule, entityRules(entity)),
    });
    return actorKey;
  };
  for (const entity of entities) {
    if (entity.mentions.length === 0) continue;
    if (entity.kind === "place") {
      const key = id("place", entity.name);
      placeId.set(entity, key);
      places.push({
        id: key,
        name: entity.name,
        kind: entity.placeKind ?? "site",
        aliases: entity.aliases,
        mentions: entity.mentions,
        ...(entity.geo ? { geo: entity.geo } : {}),
        draft: draft(entity.confidence, entity.rule, entityRules(entity)),
      });
      if (speakers.has(entity)) addActor(entity, typeOf(entity));
    } else addActor(entity, typeOf(entity));
  }
  const actorFor = (entity: Entity) => actorId.get(entity) ?? addActor(entity, typeOf(entity));

  const dateOf = (finding: DateFinding | undefined): ReportDate | null => finding?.date ?? null;
  const said = findings.said ?? new Map<StatementFinding, SaidSpan>();
  const statementDates = findings.statementDates ?? new Map<StatementFinding, DateFinding>();

  // Statements.
  const draftStatements: DraftStatement[] = statements.map((statement) => {
    const first = statement.sentences[0]!;
    const last = statement.sentences[statement.sentences.length - 1]!;
    const quotes = statement.passages.map((p) => span(text, p.start, p.end));
    const evidence = span(text, first.start, last.end);
    const saidSpan = said.get(statement);
    const saidText = saidSpan ? span(text, saidSpan.start, saidSpan.end) : evidence;
    return {
      id: id("statement", `${statement.speaker.name} ${saidText.exact.split(/\s+/).slice(0, 4).join(" ")}`),
      speaker: actorFor(statement.speaker),
      speakerBasis: statement.speakerBasis,
      kind: statement.kind,
      text: saidText,
      quotes,
      evidence,
      date: dateOf(statementDates.get(statement)),
      setting: "unspecified",
      settingBasis: null,
      topics: [UNCLASSIFIED_TOPIC],
      audience: [],
      draft: draft(statement.confidence, statement.rule, [
        `statement.${statement.kind}`,
        `speaker.${statement.attribution?.rule ?? "continues-the-quote-before"}`,
      ]),
    };
  });

  // Figures.
  const units = new Set<string>(UNITS);
  const extraUnits = new Set<string>();
  // Measures outside the canonical list (rescued, aboard, ...), with the words that named them, for the vocabulary.
  const canonical = new Set<string>(MEASURES);
  const extraMeasures = new Map<string, Set<string>>();
  const draftFigures: DraftFigure[] = [];
  const figureId = new Map<FigureFinding, string>();
  const subjects = findings.subjects ?? new Map<FigureFinding, FigureSubject>();
  const sources = findings.sources ?? new Map<FigureFinding, FigureSource>();
  const figureDates = findings.figureDates ?? new Map<FigureFinding, DateFinding>();
  const counts = findings.counts ?? new Map<FigureFinding, FigureCount>();
  for (const figure of findings.figures ?? []) {
    const subject = subjects.get(figure);
    const attribution = sources.get(figure);
    const kind = boundKindOf(figure.qualifier, undefined) ?? "exact";
    const value =
      figure.number.upper !== undefined
        ? boundsFor("range", figure.number.value, figure.number.upper)
        : boundsFor(kind, figure.number.value);
    const { counted, unit } = counts.get(figure) ?? { counted: "people", unit: "people" };
    if (!units.has(unit)) extraUnits.add(unit);
    if (!canonical.has(figure.measure)) {
      const words = extraMeasures.get(figure.measure) ?? new Set<string>([figure.measure]);
      words.add(figure.measureWord.text.toLowerCase());
      extraMeasures.set(figure.measure, words);
    }
    const subjectRef = subject
      ? subject.entity.kind === "place"
        ? { kind: "place" as const, id: placeId.get(subject.entity)! }
        : { kind: "actor" as const, id: actorFor(subject.entity) }
      : null;
    const figureKey = id("figure", `${subject?.entity.name ?? "unplaced"} ${figure.measure}`);
    figureId.set(figure, figureKey);
    const related = figure.relation ? figureId.get(figure.relation.to) : undefined;
    draftFigures.push({
      id: figureKey,
      subject: subjectRef ? { ...subjectRef, basis: subject!.basis } : null,
      measure: figure.measure,
      ...(figure.measureWord.text.toLowerCase() !== figure.measure
        ? { measureText: span(text, figure.measureWord.start, figure.measureWord.end) }
        : {}),
      counted,
      value,
      qualifier: figure.qualifier,
      unit,
      valueText: span(text, figure.valueStart, figure.valueEnd),
      ...(figure.relation && related
        ? {
            relation: {
              kind: figure.relation.kind,
              figure: related,
              text: span(text, figure.relation.start, figure.relation.end),
            },
          }
        : {}),
      date: dateOf(figureDates.get(figure)),
      attribution: attribution
        ? {
            actor: actorFor(attribution.entity),
            basis: attribution.basis,
            text: span(text, attribution.text.start, attribution.text.end),
          }
        : { actor: null, basis: null },
      evidence: span(text, figure.sentence.start, figure.sentence.end),
      draft: draft(
        figure.confidence * confidenceOf(subject?.id ?? "place.none"),
        `${figure.rule}; ${subject?.rule ?? "no place or group found"}`,
        [
          figure.ruleId,
          subject?.id ?? "place.none",
          ...(figure.relation && related
            ? [figure.relation.kind === "part of" ? "relation.part-of" : "relation.in-addition-to"]
            : []),
        ],
      ),
    });
  }

  // Events, with the actors and places their sentences name.
  const events: DraftEvent[] = (findings.events ?? []).map(({ date, sentence, entities: named }) => ({
    id: id("event", `${date.date.start} ${sentence.text.split(/\s+/).slice(0, 4).join(" ")}`),
    summary: sentence.text.length > 160 ? `${sentence.text.slice(0, 157)}...` : sentence.text,
    date: date.date,
    actors: [...new Set(named.filter((e) => actorId.has(e)).map((e) => actorId.get(e)!))],
    places: [...new Set(named.filter((e) => placeId.has(e)).map((e) => placeId.get(e)!))],
    evidence: span(text, sentence.start, sentence.end),
    draft: draft(date.confidence * confidenceOf("event.dated-sentence"), `event: ${date.rule}`, [
      date.rule.includes("relative") ? "date.chrono-relative" : "date.chrono-written",
    ]),
  }));

  const title = options.title?.trim() || context.sentences[0]?.text.slice(0, 120) || "Untitled report";
  const report: DraftReport = {
    $comment: "Draft made by src/extract (npm run extract); every item is a proposal until a reviewer accepts it.",
    source: {
      id: `report:${slug(title)}`,
      title,
      file: "article.txt",
      sha256: sha256Hex(text),
      outlet: options.outlet ?? null,
      published: options.published
        ? {
            value: options.published,
            precision: "day",
            notBefore: options.published,
            inferred: false,
            basis: "Given with the text.",
          }
        : {
            value: "",
            precision: "day",
            notBefore: "",
            inferred: true,
            basis: "No publication date was given: dates without a year and relative dates were left undated.",
          },
      offsetUnit: UTF16_UNIT,
      normalization: "none",
      text,
    },
    topics: { [UNCLASSIFIED_TOPIC]: "Not yet classified" },
    actors,
    places,
    figures: draftFigures,
    statements: draftStatements,
    events,
    otherNumerals: (findings.notFigures ?? []).map((n) => ({ text: span(text, n.number.start, n.number.end), reason: n.reason })),
    ...(extraUnits.size > 0 || extraMeasures.size > 0
      ? {
          vocabulary: {
            ...(extraUnits.size > 0 ? { units: [...extraUnits] } : {}),
            ...(extraMeasures.size > 0
              ? { measures: Object.fromEntries([...extraMeasures].map(([m, words]) => [m, [...words]])) }
              : {}),
          },
        }
      : {}),
    warnings: findings.warnings,
  };
  return report;
}
