import type { Actor, Place } from "../model/actor";
import type { Figure } from "../model/figure";
import type { Report } from "../model/report";
import type { Statement } from "../model/statement";
import { canonicalSynonyms, COMBINED_MEASURES, hasOwn, MEASURES, type Measure } from "../model/vocabulary";
import { inputLimits, type InputLimits } from "./arguments";
import { BoundedMemo } from "./bounded-memo";
import { nameKey, wordsKey } from "./fold";
import { NameIndex, shortNames } from "./name-index";
import type { Result } from "../model/failure";

/** A figure's subject: a place, or an actor counted as such ("Hamas operatives"). */
export interface Subject {
  id: string;
  name: string;
}

/**
 * One report with its lookups built once: what every query reads. Built by `openReport`, never a module-level
 * singleton, so any number of reports can be open side by side; everything derived from it later (its answer memo,
 * its search haystacks) lives in it too, and goes when it goes.
 */
export interface OpenReport {
  readonly report: Report;
  readonly actorIndex: NameIndex<Actor>;
  readonly subjectIndex: NameIndex<Subject>;
  readonly measureIndex: NameIndex<Measure>;
  readonly measures: readonly Measure[];
  readonly actorsById: ReadonlyMap<string, Actor>;
  readonly placesById: ReadonlyMap<string, Place>;
  readonly subjectsById: ReadonlyMap<string, Subject>;
  readonly figuresByKey: ReadonlyMap<string, Figure>;
  readonly figuresBySubject: ReadonlyMap<string, Figure[]>;
  readonly statementsBySpeaker: ReadonlyMap<string, Statement[]>;
  /** Each statement with its words folded once, for "who said it": its text and each quoted passage apart, so no match runs across them. */
  readonly statementWords: ReadonlyArray<{ statement: Statement; words: readonly string[] }>;
  readonly topicIndex: NameIndex<string>;
  /** How long a name, a figure name or words of a statement can be in this report: longer input names nothing. */
  readonly limits: InputLimits;
  /**
   * `REPORT.CASUALTIES` answers by the exact arguments a worksheet passes: a recalculation repeats the same few
   * argument lists thousands of times, and a report never changes once open. The one memo in front of its lookups.
   */
  readonly answers: BoundedMemo<Result<number | string>>;
  /** Values `perReport` derived from this report on first use, by the function that builds each. */
  readonly derived: Map<unknown, unknown>;
}

function buildActors(actors: readonly Actor[]): NameIndex<Actor> {
  const index = new NameIndex<Actor>();
  // A name two actors bear ("Al Thani") answers with both, never with whichever came first.
  const bearers = new Map<string, Set<Actor>>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases])
      bearers.set(nameKey(name), (bearers.get(nameKey(name)) ?? new Set()).add(actor));
  }
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const sharing = bearers.get(nameKey(name))!;
      if (sharing.size > 1)
        index.addShared(
          name,
          [...sharing].map((a) => a.name),
        );
      else index.add(name, actor);
    }
  }
  // Short names of people ("Kalita" for "Pranjal Kalita"), after every name and alias the report gives, in every
  // report whether or not its author wrote them as aliases; one two people share names neither.
  const shortBearers = new Map<string, { name: string; actors: Set<Actor> }>();
  for (const actor of actors.filter((a) => a.type === "person"))
    for (const name of shortNames(actor.name)) {
      const key = nameKey(name);
      const entry = shortBearers.get(key) ?? { name, actors: new Set<Actor>() };
      shortBearers.set(key, { ...entry, actors: entry.actors.add(actor) });
    }
  for (const { name, actors: bearing } of shortBearers.values()) {
    if (index.find(name) !== undefined || index.candidates(name).length > 0) continue;
    const [only] = bearing;
    if (bearing.size === 1) index.add(name, only!, only!.name);
    else
      index.addShared(
        name,
        [...bearing].map((a) => a.name),
      );
  }
  // Roles are names too ("Supreme Leader of Iran"), after every real name and alias.
  for (const actor of actors) if (actor.type === "person") index.add(actor.role, actor);
  return index;
}

/** Places first, then actors that figures count, so "Israel" is the place and "Hamas" the group. */
function buildSubjects(places: readonly Place[], actors: readonly Actor[], figures: readonly Figure[]): NameIndex<Subject> {
  const index = new NameIndex<Subject>();
  for (const place of places) [place.name, ...place.aliases].forEach((name) => index.add(name, place));
  const counted = new Set(figures.filter((f) => f.subject.kind === "actor").map((f) => f.subject.id));
  for (const actor of actors.filter((a) => counted.has(a.id))) {
    [actor.name, ...actor.aliases].forEach((name) => index.add(name, actor));
  }
  return index;
}

/**
 * The canonical measures and the report's own, each under its name and synonyms (the report's words added), then the
 * combined measures ("casualties") under theirs, unless the report's own words already name something by them.
 */
function buildMeasures(report: Report): { index: NameIndex<Measure>; measures: Measure[] } {
  const own = report.vocabulary?.measures ?? {};
  const measures = [...new Set<Measure>([...MEASURES, ...Object.keys(own)])];
  const index = new NameIndex<Measure>();
  for (const measure of measures) index.add(measure, measure);
  for (const measure of measures) {
    const synonyms = [...canonicalSynonyms(measure), ...(hasOwn(own, measure) ? own[measure]! : [])];
    synonyms.forEach((word) => index.add(word, measure));
  }
  for (const [measure, { synonyms }] of Object.entries(COMBINED_MEASURES)) {
    if (!index.find(measure)) measures.push(measure);
    [measure, ...synonyms].forEach((word) => index.add(word, measure));
  }
  return { index, measures };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export const figureKey = (subjectId: string, measure: Measure) => `${subjectId}|${measure}`;

/** Builds every lookup of one report. */
export function openReport(report: Report): OpenReport {
  const topicIndex = new NameIndex<string>();
  for (const [key, label] of Object.entries(report.topics)) topicIndex.add(key, key).add(label, key);
  const measures = buildMeasures(report);
  return {
    report,
    actorIndex: buildActors(report.actors),
    subjectIndex: buildSubjects(report.places, report.actors, report.figures),
    measureIndex: measures.index,
    measures: measures.measures,
    actorsById: new Map(report.actors.map((a) => [a.id, a])),
    placesById: new Map(report.places.map((p) => [p.id, p])),
    subjectsById: new Map<string, Subject>([...report.places, ...report.actors].map((s) => [s.id, s])),
    figuresByKey: new Map(report.figures.map((f) => [figureKey(f.subject.id, f.measure), f])),
    figuresBySubject: groupBy(report.figures, (f) => f.subject.id),
    statementsBySpeaker: groupBy(report.statements, (s) => s.speaker),
    statementWords: report.statements.map((s) => ({
      statement: s,
      words: [s.text, ...s.quotes].map((span) => wordsKey(span.exact)),
    })),
    topicIndex,
    limits: inputLimits(report, measures.index.names()),
    answers: new BoundedMemo(),
    derived: new Map(),
  };
}

/** The name of an actor or place by id. */
export const nameOf = (r: OpenReport, id: string): string => r.actorsById.get(id)?.name ?? r.subjectsById.get(id)?.name ?? id;

/**
 * A value derived from a report once, on first use, and kept as long as the report is: for lookups only some
 * surfaces need (search haystacks, the timeline), so opening a report stays cheap.
 */
export function perReport<T>(build: (r: OpenReport) => T): (r: OpenReport) => T {
  return (r) => {
    if (r.derived.has(build)) return r.derived.get(build) as T;
    const value = build(r);
    r.derived.set(build, value);
    return value;
  };
}
