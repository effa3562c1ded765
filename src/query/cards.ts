import type { Actor, Place } from "../model/actor";
import { fail, ok, type Result } from "../model/failure";
import type { Figure } from "../model/figure";
import { type Argument, requiredText, withinLimit } from "./arguments";
import { nameKey } from "./fold";
import { figureKey, perReport, type OpenReport } from "./open-report";
import type { Statement } from "../model/statement";
import { statementsBy } from "./statements";

/** What a card shows: a figure, a place with its figures, or an actor with statements and figures. */
export type CardSubject =
  | { kind: "figure"; figure: Figure }
  | { kind: "place"; place: Place; figures: Figure[] }
  | { kind: "actor"; actor: Actor; statements: readonly Statement[]; figures: Figure[] };

const WORD_BREAK = /[\s,;:/]+/;
/** The most words a measure's name has ("cross border attacks"): only the last few words of a name can be its measure. */
const measureWords = perReport((r) => Math.max(...r.measureIndex.names().map((name) => nameKey(name).split(" ").length)));

/**
 * "Gaza killed", "Hamas operatives, killed": a place or group, then a measure. Only the splits
 * that leave a measure of at most `measureWords` words are tried, so the work grows linearly
 * with the text, not with the square of its words.
 */
function asFigureName(r: OpenReport, text: string): Result<Figure> | undefined {
  const { subjectIndex, measureIndex, figuresByKey, figuresBySubject } = r;
  const words = text.split(WORD_BREAK).filter(Boolean);
  for (let split = words.length - 1; split >= Math.max(1, words.length - measureWords(r)); split--) {
    const subject = subjectIndex.find(words.slice(0, split).join(" "));
    const measure = measureIndex.find(words.slice(split).join(" "));
    if (subject && measure) {
      const figure = figuresByKey.get(figureKey(subject.id, measure));
      if (figure) return ok(figure);
      const available = (figuresBySubject.get(subject.id) ?? []).map((f) => f.measure);
      return fail({ code: "not-reported", subject: subject.name, measure, available });
    }
  }
  return undefined;
}

/** `REPORT.CARD`: resolves a figure ("Gaza killed"), a place ("Gaza") or an actor ("Khamenei"). */
export function cardSubject(r: OpenReport, name: Argument): Result<CardSubject> {
  const { subjectIndex, actorIndex, actorsById, figuresBySubject } = r;
  const given = requiredText(name, "name", "a person, group, place or figure such as 'Gaza killed'");
  if (!given.ok) return given;
  const text = withinLimit(given.value, "name", r.limits.figureName);
  if (!text.ok) return text;
  const figure = asFigureName(r, text.value);
  if (figure) return figure.ok ? ok({ kind: "figure", figure: figure.value }) : figure;
  const subject = subjectIndex.find(text.value);
  const place = subject && r.placesById.get(subject.id);
  if (place) {
    return ok({ kind: "place", place, figures: figuresBySubject.get(place.id) ?? [] });
  }
  const actor = actorIndex.find(text.value) ?? (subject ? actorsById.get(subject.id) : undefined);
  if (actor) {
    return ok({
      kind: "actor",
      actor,
      statements: statementsBy(r, actor.id),
      figures: figuresBySubject.get(actor.id) ?? [],
    });
  }
  const candidates = actorIndex.candidates(text.value);
  if (candidates.length > 1) return fail({ code: "ambiguous", what: "person or group", input: text.value, candidates });
  const suggestion = subjectIndex.suggest(text.value) ?? actorIndex.suggest(text.value);
  return fail({ code: "unknown-name", what: "person, group, place or figure", input: text.value, suggestion });
}
