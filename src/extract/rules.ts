/**
 * The extractor's rules, chrono-node's way: each a named step with one job, run in a fixed order by `runRules`, which
 * reports every rule it tried and what it decided to the draft's trace, and returns the first that decides. A draft
 * item keeps the ids of the rules that made and changed it (`draft.rules`), and its confidence comes from
 * `CONFIDENCE`, one table keyed by rule id.
 */

/** One rule: an id (kebab-case, "place.clause-locative") and the step, undefined when it does not apply. */
export interface Rule<In, Out> {
  name: string;
  apply: (input: In) => Out | undefined;
}

/** One line of the trace: which item, which rule, what it decided ("no" when it did not apply). */
export interface TraceStep {
  item: string;
  rule: string;
  decided: string;
}

export type Trace = (step: TraceStep) => void;

/** Runs the rules in order; every one tried goes to the trace; the first that decides wins. */
export function runRules<In, Out>(
  rules: ReadonlyArray<Rule<In, Out>>,
  input: In,
  item: string,
  trace: Trace,
  describe: (out: Out) => string,
): { rule: string; out: Out } | undefined {
  for (const rule of rules) {
    const out = rule.apply(input);
    if (out === undefined) {
      trace({ item, rule: rule.name, decided: "no" });
      continue;
    }
    trace({ item, rule: rule.name, decided: describe(out) });
    return { rule: rule.name, out };
  }
  return undefined;
}

/**
 * How sure a rule's decision is, by rule id: one table, so confidences are compared and tuned in one place. A figure's
 * confidence is its measure rule's times its place rule's.
 */
export const CONFIDENCE: ReadonlyMap<string, number> = new Map([
  // Names (parsers/names.ts and the name refiners): a name's confidence, where the table gives one.
  ["name.gazetteer-country", 0.9],
  // Measures (parsers/figures.ts).
  ["measure.verb-before", 0.85],
  ["measure.word-before", 0.75],
  ["measure.phrase-after", 0.75],
  ["measure.word-after", 0.85],
  ["measure.word-after-far", 0.7],
  ["measure.part-of-count", 0.65],
  ["measure.of-the-named", 0.7],
  ["measure.list-continues", 0.65],
  ["measure.earlier-count", 0.6],
  ["measure.table-column", 0.85],
  // Places and groups (refiners/figure-context.ts): a figure with a place keeps its measure's confidence; one
  // without is less sure (0.6). Per-rule place confidences are for the next tuning round, on the tuning set.
  ["place.who-acts-before", 1],
  ["place.force-before", 1],
  ["place.named-among-counted-loose", 1],
  ["place.counted-group", 1],
  ["place.named-among-counted", 1],
  ["place.story-more-precise-than-lead", 1],
  ["place.story-toll", 1],
  ["place.facility-subject", 1],
  ["place.clause-locative", 1],
  ["place.clause-subject", 1],
  ["place.line-label", 1],
  ["place.same-sentence-figure", 1],
  ["place.whole-of-part", 1],
  ["place.owner-of-body", 1],
  ["place.country-of-body", 1],
  ["place.headline", 1],
  ["place.sentence", 1],
  ["place.other-year-country", 1],
  ["place.paragraph", 1],
  ["place.section", 1],
  ["place.story", 1],
  ["place.last-figure", 1],
  ["place.none", 0.6],
  // Events (refiners/events.ts): a dated sentence is an event only as a proposal; its date rule's confidence times this.
  ["event.dated-sentence", 0.6],
]);

export const confidenceOf = (rule: string): number => CONFIDENCE.get(rule) ?? 0.5;
