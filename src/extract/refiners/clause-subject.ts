import type { NameMention } from "../parsers/names";

/**
 * Between a place that heads a clause and the clause's count: a list item ("Mangochi 5"), a place that reports
 * ("Chikwawa has recorded 6"), a hospital that treats ("Herat Regional Hospital has received 500"), a place with its toll ("Blantyre district is the worst hit, with 14", "followed by
 * Nsanje with nine", "Mogovolas (six)").
 */
const SUBJECT_GAP =
  /^\s(?:(?:has|have|had)\s(?:been\s)?|(?:is|was|were)\s)?(?:reported|recorded|confirmed|registered|counted|received|treated|admitted|reports|records|confirms|registers|counts|treating|receiving|admitting|caring\sfor|sheltering|hosting|hosts|treats|receives)\s$|^\s(?:(?:is|was)\s[\p{L} -]{1,30},\s)?with\s$|^\s\(?$/u;

/**
 * The place the count's clause is about, named as its subject right before it: the last place before the count,
 * when only a reporting verb or "with" stands between them. `places` are the sentence's, in text order.
 *
 * @example
 * clauseSubject(text, places, valueStart) // "Chikwawa" in "Chikwawa has recorded 6 deaths"
 */
export function clauseSubject(text: string, places: readonly NameMention[], valueStart: number): NameMention | undefined {
  let last: NameMention | undefined;
  for (const m of places) if (m.end <= valueStart) last = m;
  return last && SUBJECT_GAP.test(text.slice(last.end, valueStart)) ? last : undefined;
}
