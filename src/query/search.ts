import { report } from "../dataset/report";
import { attributedTo, subjectName } from "./figures";
import { wordsKey } from "./fold";
import { actorsById, subjectsById } from "./indexes";

/** The ids of everything the search matches, by section. */
export interface SearchHits {
  figures: Set<string>;
  statements: Set<string>;
  events: Set<string>;
  actors: Set<string>;
}

const names = (ids: readonly string[]) =>
  ids.flatMap((id) => {
    const found = actorsById.get(id) ?? subjectsById.get(id);
    return found ? [found.name, ...("aliases" in found ? (found.aliases as string[]) : [])] : [];
  });

/** Every record's searchable words, folded once: its own text plus the names and aliases it links to. */
const haystacks = {
  figures: report.figures.map((f) => ({
    id: f.id,
    words: wordsKey(
      [
        subjectName(f),
        ...names([f.subject.id]),
        f.measure,
        f.qualifier,
        f.valueText.exact,
        attributedTo(f) ?? "",
        f.evidence.exact,
      ].join(" | "),
    ),
  })),
  statements: report.statements.map((s) => ({
    id: s.id,
    words: wordsKey(
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
    words: wordsKey([e.summary, ...names(e.actors), ...names(e.places), e.evidence.exact].join(" | ")),
  })),
  actors: report.actors.map((a) => ({
    id: a.id,
    words: wordsKey([a.name, ...a.aliases, a.role, a.type, ...(a.affiliation ? names([a.affiliation]) : [])].join(" | ")),
  })),
};

/** Records matching every word of the query (case, quote marks and apostrophes folded). An empty query matches all. */
export function search(query: string): SearchHits {
  const terms = wordsKey(query).split(" ").filter(Boolean);
  const matching = (list: ReadonlyArray<{ id: string; words: string }>) =>
    new Set(list.filter((item) => terms.every((term) => item.words.includes(term))).map((item) => item.id));
  return {
    figures: matching(haystacks.figures),
    statements: matching(haystacks.statements),
    events: matching(haystacks.events),
    actors: matching(haystacks.actors),
  };
}
