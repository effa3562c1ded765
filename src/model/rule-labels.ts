/**
 * The extractor's rule ids (a draft item's `draft.rules`) in words for a reviewer: one table, so the review pane and
 * any other surface show the same trace ("place from: dateline; story place"). An id the table does not know yet is
 * shown as its own words ("place.new-rule" -> "new rule"), never hidden.
 */
export const RULE_LABELS: ReadonlyMap<string, string> = new Map([
  ["measure.verb-before", "the verb before the number"],
  ["measure.word-before", "the word before the number"],
  ["measure.phrase-after", "the phrase after the number"],
  ["measure.word-after", "the word after the number"],
  ["measure.word-after-far", "a word further after the number"],
  ["measure.part-of-count", "the count it is part of"],
  ["measure.of-the-named", "the count its words name before it"],
  ["measure.list-continues", "the list it continues"],
  ["measure.earlier-count", "the count it updates"],
  ["measure.table-column", "its table column"],
  ["place.who-acts-before", "who acts before the number"],
  ["place.force-before", "the force named before the number"],
  ["place.named-among-counted", "the place named among those counted"],
  ["place.named-among-counted-loose", "a place near those counted"],
  ["place.counted-group", "the group counted"],
  ["place.story-more-precise-than-lead", "the story's place, more precise than the lead's"],
  ["place.story-toll", "the story's place, for its toll"],
  ["place.facility-subject", "the facility its clause is about"],
  ["place.clause-subject", "the place its clause is about"],
  ["place.clause-locative", "in/at in the number's clause"],
  ["place.line-label", "the line's label"],
  ["place.same-sentence-figure", "another figure of the sentence"],
  ["place.owner-of-body", "the place a body belongs to"],
  ["place.country-of-body", "the country of a body"],
  ["place.headline", "the headline's place"],
  ["place.sentence", "the sentence's place"],
  ["place.whole-of-part", "the count it is part of"],
  ["place.other-year-country", "a country in another year's count"],
  ["place.paragraph", "the paragraph's place"],
  ["place.section", "its section's heading"],
  ["place.dateline", "dateline"],
  ["place.story", "story place"],
  ["place.last-figure", "the figure before"],
  ["place.none", "nothing found"],
  ["date.chrono-written", "a written date"],
  ["date.chrono-relative", "a date counted from publication"],
  ["figure.measure", "a number with a measure"],
  ["relation.part-of", "part of another count"],
  ["relation.in-addition-to", "on top of another count"],
  ["review.place", "set by you"],
]);

/** What each rule id's first part decides, as the trace's heading for it. */
const ASPECTS: ReadonlyMap<string, string> = new Map([
  ["measure", "measure from"],
  ["place", "place from"],
  ["date", "date from"],
  ["figure", "found by"],
  ["review", "place from"],
  ["relation", "counted as"],
  ["speaker", "speaker from"],
  ["quote", "quote from"],
  ["name", "name from"],
]);

export const ruleLabel = (id: string): string => RULE_LABELS.get(id) ?? id.slice(id.indexOf(".") + 1).replace(/-/g, " ");

/**
 * An item's rules as one line, grouped by what they decided, in the order they ran:
 * `["measure.verb-before", "place.story"]` -> "measure from: the verb before the number · place from: story place".
 */
export function traceLine(rules: readonly string[] | undefined): string {
  const groups = new Map<string, string[]>();
  for (const id of rules ?? []) {
    const aspect = ASPECTS.get(id.slice(0, id.indexOf("."))) ?? "rule";
    const labels = groups.get(aspect) ?? [];
    const label = ruleLabel(id);
    if (!labels.includes(label)) labels.push(label);
    groups.set(aspect, labels);
  }
  return [...groups].map(([aspect, labels]) => `${aspect}: ${labels.join("; ")}`).join(" · ");
}
