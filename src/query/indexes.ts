import { report } from "../dataset/report";
import type { Actor, Place } from "../model/actor";
import type { Figure } from "../model/figure";
import type { Statement } from "../model/statement";
import { MEASURES, type Measure } from "../model/vocabulary";
import { nameKey, wordsKey } from "./fold";
import { choiceIndex, NameIndex } from "./name-index";

/** A figure's subject: a place, or an actor counted as such ("Hamas operatives"). */
export interface Subject {
  id: string;
  name: string;
}

const MEASURE_SYNONYMS: Record<Measure, readonly string[]> = {
  killed: ["dead", "deaths", "death toll", "fatalities", "killings", "died", "eliminated", "kill"],
  injured: ["wounded", "injuries", "hurt", "injury"],
  hostages: ["hostage", "abducted", "taken hostage", "kidnapped", "captives", "taken hostages"],
  "rockets launched": ["rockets", "rocket", "rocket launches", "launched"],
  attacks: ["attack", "cross-border attacks"],
  funding: ["funds", "funded", "money", "financing", "finance"],
};

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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export const figureKey = (subjectId: string, measure: Measure) => `${subjectId}|${measure}`;

export const actorIndex = buildActors(report.actors);
export const subjectIndex = buildSubjects(report.places, report.actors, report.figures);
export const measureIndex = choiceIndex(MEASURES, MEASURE_SYNONYMS);
export const actorsById = new Map(report.actors.map((a) => [a.id, a]));
export const subjectsById = new Map<string, Subject>([...report.places, ...report.actors].map((s) => [s.id, s]));
/** The name of an actor or place by id. */
export const nameOf = (id: string): string => actorsById.get(id)?.name ?? subjectsById.get(id)?.name ?? id;
export const figuresByKey = new Map(report.figures.map((f) => [figureKey(f.subject.id, f.measure), f]));
export const figuresBySubject = groupBy(report.figures, (f) => f.subject.id);
export const statementsBySpeaker = groupBy(report.statements, (s) => s.speaker);

/** Each statement with its words folded once, for "who said it". */
export const statementWords: ReadonlyArray<{ statement: Statement; words: string }> = report.statements.map((s) => ({
  statement: s,
  words: [s.text, ...s.quotes].map((span) => wordsKey(span.exact)).join(" | "),
}));

export const topicIndex = (() => {
  const index = new NameIndex<string>();
  for (const [key, label] of Object.entries(report.topics)) index.add(key, key).add(label, key);
  return index;
})();
