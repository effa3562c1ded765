/**
 * Scores a draft against hand-made truth, as TRUTH-FORMAT.md defines it:
 * - a figure is found when its valueText overlaps a truth figure's and value.best is equal (one to one); it counts for
 *   "figures (value and place)" when its place or group also matches by name or alias (case and space folded);
 *   precision = matched / found, recall = matched / truth; qualifier and measure: accuracy over value matches.
 * - a quote is found when it overlaps a truth quote by at least 80% of the longer, ends trimmed of punctuation and
 *   spaces; speakers: accuracy over matched quotes, by name or alias.
 * - non-names in people: the draft's person actors that name nothing of the truth, no actor of any type and no place,
 *   by name or alias (case and space folded, "the" aside) or by a person's surname ("Initially", "IED", "the
 *   Inquirer" drafted as people).
 */
import type { Span } from "../model/span";

interface Named {
  id: string;
  name: string;
  aliases: string[];
  /** An actor's type ("person", "organization", …); places have none. */
  type?: string;
}
interface ScorableFigure {
  subject: { id: string } | null;
  measure: string;
  qualifier: string;
  value: { best: number };
  valueText: Span;
}
interface ScorableStatement {
  speaker: string;
  quotes: Span[];
}
/** What scoring reads of a report or a draft. */
export interface Scorable {
  actors: Named[];
  places: Named[];
  figures: ScorableFigure[];
  statements: ScorableStatement[];
}

export interface Tally {
  matched: number;
  found: number;
  truth: number;
}
export interface Accuracy {
  correct: number;
  of: number;
}
export interface ArticleScore {
  /** Value only (a found figure's number at the right words). */
  values: Tally;
  /** Value and place: what the goal is set on. */
  figures: Tally;
  /** Of the figures found (value matches), how many have the right place or group: the "place right". */
  place: Accuracy;
  qualifier: Accuracy;
  measure: Accuracy;
  quotes: Tally;
  speakers: Accuracy;
  /** Of the draft's person actors (`of`), those that name nothing of the truth (`correct` counts them), and their names. */
  nonNames: NonNames;
}

export interface NonNames {
  /** How many of the draft's person actors name nothing of the truth. */
  count: number;
  /** The draft's person actors. */
  of: number;
  names: string[];
}

export const fold = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();

function namesOf(report: Scorable, id: string | undefined): Set<string> {
  if (!id) return new Set();
  const entity = [...report.actors, ...report.places].find((x) => x.id === id);
  if (!entity) return new Set();
  const names = [entity.name, ...entity.aliases].map(fold);
  // "the Gaza Strip" and "Gaza Strip" are one name.
  return new Set(names.flatMap((n) => [n, n.replace(/^the /, "")]));
}

/** Every name and alias, folded, with and without a leading "the". */
function foldedNames(entity: Named): string[] {
  return [entity.name, ...entity.aliases].map(fold).flatMap((n) => [n, n.replace(/^the /, "")]);
}
const lastWord = (name: string) => name.split(" ").pop() ?? name;

/** The draft's person actors whose name or alias is no truth actor's or place's name or alias, nor a truth person's surname. */
export function nonNamesInPeople(draft: Scorable, truth: Scorable): NonNames {
  const known = new Set([...truth.actors, ...truth.places].flatMap(foldedNames));
  const surnames = new Set(
    truth.actors
      .filter((a) => a.type === "person")
      .flatMap(foldedNames)
      .filter((n) => n.includes(" "))
      .map(lastWord),
  );
  const people = draft.actors.filter((a) => a.type === "person");
  const names = people
    .filter((a) => !foldedNames(a).some((n) => known.has(n) || surnames.has(n) || (n.includes(" ") && surnames.has(lastWord(n)))))
    .map((a) => a.name);
  return { count: names.length, of: people.length, names };
}

const intersects = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A span with punctuation and spaces trimmed from both ends, as [start, end). */
function trimmed(s: Span): [number, number] {
  let start = 0;
  let end = s.exact.length;
  while (start < end && /[\s\p{P}]/u.test(s.exact[start]!)) start++;
  while (end > start && /[\s\p{P}]/u.test(s.exact[end - 1]!)) end--;
  return [s.start + start, s.start + end];
}

export function quotesMatch(a: Span, b: Span): boolean {
  const [as, ae] = trimmed(a);
  const [bs, be] = trimmed(b);
  const common = Math.min(ae, be) - Math.max(as, bs);
  const longer = Math.max(ae - as, be - bs);
  return longer > 0 && common >= 0.8 * longer;
}

export function scoreDraft(draft: Scorable, truth: Scorable): ArticleScore {
  const values: Tally = { matched: 0, found: draft.figures.length, truth: truth.figures.length };
  const figures: Tally = { matched: 0, found: draft.figures.length, truth: truth.figures.length };
  const qualifier: Accuracy = { correct: 0, of: 0 };
  const measure: Accuracy = { correct: 0, of: 0 };
  const taken = new Set<number>();
  for (const found of draft.figures) {
    const candidates = truth.figures
      .map((t, i) => ({ t, i }))
      .filter(({ t, i }) => !taken.has(i) && overlaps(t.valueText, found.valueText) && t.value.best === found.value.best);
    if (candidates.length === 0) continue;
    // Prefer the truth figure whose place also matches.
    const withPlace = candidates.find(({ t }) => intersects(namesOf(draft, found.subject?.id), namesOf(truth, t.subject?.id)));
    const { t, i } = withPlace ?? candidates[0]!;
    taken.add(i);
    values.matched++;
    if (withPlace) figures.matched++;
    qualifier.of++;
    measure.of++;
    if (fold(t.qualifier) === fold(found.qualifier)) qualifier.correct++;
    if (fold(t.measure) === fold(found.measure)) measure.correct++;
  }

  const draftQuotes = draft.statements.flatMap((s) => s.quotes.map((q) => ({ q, speaker: s.speaker })));
  const truthQuotes = truth.statements.flatMap((s) => s.quotes.map((q) => ({ q, speaker: s.speaker })));
  const quotes: Tally = { matched: 0, found: draftQuotes.length, truth: truthQuotes.length };
  const speakers: Accuracy = { correct: 0, of: 0 };
  const used = new Set<number>();
  for (const found of draftQuotes) {
    const i = truthQuotes.findIndex((t, k) => !used.has(k) && quotesMatch(found.q, t.q));
    if (i < 0) continue;
    used.add(i);
    quotes.matched++;
    speakers.of++;
    if (intersects(namesOf(draft, found.speaker), namesOf(truth, truthQuotes[i]!.speaker))) speakers.correct++;
  }
  const place: Accuracy = { correct: figures.matched, of: values.matched };
  return { values, figures, place, qualifier, measure, quotes, speakers, nonNames: nonNamesInPeople(draft, truth) };
}

/** The sum of several articles' scores (micro-averaged: every figure and quote counts once). */
export function addScores(scores: ArticleScore[]): ArticleScore {
  const tally = (pick: (s: ArticleScore) => Tally): Tally => ({
    matched: scores.reduce((n, s) => n + pick(s).matched, 0),
    found: scores.reduce((n, s) => n + pick(s).found, 0),
    truth: scores.reduce((n, s) => n + pick(s).truth, 0),
  });
  const accuracy = (pick: (s: ArticleScore) => Accuracy): Accuracy => ({
    correct: scores.reduce((n, s) => n + pick(s).correct, 0),
    of: scores.reduce((n, s) => n + pick(s).of, 0),
  });
  return {
    values: tally((s) => s.values),
    figures: tally((s) => s.figures),
    place: accuracy((s) => s.place),
    qualifier: accuracy((s) => s.qualifier),
    measure: accuracy((s) => s.measure),
    quotes: tally((s) => s.quotes),
    speakers: accuracy((s) => s.speakers),
    nonNames: {
      count: scores.reduce((n, s) => n + s.nonNames.count, 0),
      of: scores.reduce((n, s) => n + s.nonNames.of, 0),
      names: scores.flatMap((s) => s.nonNames.names),
    },
  };
}

/** precision, recall and F1 of a tally, 0-1 (a draft that finds nothing where there is nothing scores 1). */
export function rates(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.found === 0 ? (t.truth === 0 ? 1 : 0) : t.matched / t.found;
  const recall = t.truth === 0 ? 1 : t.matched / t.truth;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export const accuracyRate = (a: Accuracy) => (a.of === 0 ? 1 : a.correct / a.of);
