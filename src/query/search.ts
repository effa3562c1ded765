import { attributedTo, subjectName } from "./figures";
import { perReport, type OpenReport } from "./open-report";
import { matchesTerms, queryTerms, searchHaystack } from "./search-terms";

/** The ids of everything the search matches, by section. */
export interface SearchHits {
  figures: Set<string>;
  statements: Set<string>;
  events: Set<string>;
  actors: Set<string>;
  /** The query's folded words, for highlighting what they found (`matchedWords`). */
  terms: string[];
}

/** Every record's searchable words, folded once: its own text plus the names and aliases it links to. */
const haystacks = perReport((r: OpenReport) => {
  const { report, actorsById, subjectsById } = r;
  const names = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const found = actorsById.get(id) ?? subjectsById.get(id);
      return found ? [found.name, ...("aliases" in found ? (found.aliases as string[]) : [])] : [];
    });
  return {
    figures: report.figures.map((f) => ({
      id: f.id,
      words: searchHaystack(
        [
          subjectName(r, f),
          ...names([f.subject.id]),
          f.measure,
          f.qualifier,
          f.valueText.exact,
          attributedTo(r, f) ?? "",
          f.evidence.exact,
        ].join(" | "),
      ),
    })),
    statements: report.statements.map((s) => ({
      id: s.id,
      words: searchHaystack(
        [
          ...names([s.speaker]),
          actorsById.get(s.speaker)?.role ?? "",
          s.kind,
          s.setting,
          s.evidence.exact,
          ...s.topics.map((t) => report.topics[t] ?? t),
        ].join(" | "),
      ),
    })),
    events: report.events.map((e) => ({
      id: e.id,
      words: searchHaystack([e.summary, ...names(e.actors), ...names(e.places), e.evidence.exact].join(" | ")),
    })),
    actors: report.actors.map((a) => ({
      id: a.id,
      words: searchHaystack([a.name, ...a.aliases, a.role, a.type, ...(a.affiliation ? names([a.affiliation]) : [])].join(" | ")),
    })),
  };
});

/**
 * Records matching every word of the query, folded as `searchKey` folds them (case, diacritics, apostrophes,
 * possessives, plurals, digit-group separators). An empty query matches all.
 */
export function search(r: OpenReport, query: string): SearchHits {
  const lists = haystacks(r);
  const terms = queryTerms(query);
  const matching = (list: ReadonlyArray<{ id: string; words: string }>) =>
    new Set(list.filter((item) => matchesTerms(item.words, terms)).map((item) => item.id));
  return {
    figures: matching(lists.figures),
    statements: matching(lists.statements),
    events: matching(lists.events),
    actors: matching(lists.actors),
    terms,
  };
}
