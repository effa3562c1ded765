/**
 * Re-anchoring the spans of a report whose text was edited after its facts were anchored, as the Hypothesis client
 * re-anchors a W3C selector pair (TextPositionSelector + TextQuoteSelector, its `match-quote.ts`): each quote is
 * looked for in the text, the candidates scored by their W3C `prefix`/`suffix` where the span has them and by their
 * nearness to the old offsets. An exact quote is taken; failing that, an approximate match (approx-string-match,
 * Hypothesis's own matcher, within an error bound) is taken only when it differs from the quote in spacing,
 * punctuation or letter case, never in a letter or a digit: the words a fact stands on are never changed silently.
 * What cannot be found stays where it was, an orphan for the report's check to list. Time is bounded: occurrences
 * looked at per quote, the length of a quote searched approximately and the work of all approximate searches.
 */
import search from "approx-string-match";
import { distance } from "fastest-levenshtein";
import type { Report } from "./report";
import { spansIn, type SpanAt } from "./spans-in";

/** A span as a file may give it: the W3C TextQuoteSelector's prefix and suffix beside its exact quote. */
type Anchor = SpanAt & { prefix?: string; suffix?: string };

/** Occurrences of a quote looked at: bounded, whatever the text. */
const MAX_OCCURRENCES = 1_000;
/** Quotes longer than this are looked for exactly only. */
const MAX_FUZZY_QUOTE = 1_000;
/** The approximate searches of one report together: text length times 32-character blocks of the quotes. */
const FUZZY_WORK = 20_000_000;
/** Errors an approximate match may have: one in eight characters of the quote. */
const errorsAllowed = (quote: string) => Math.max(1, Math.floor(quote.length / 8));

/** How well the text around `at` fits the span: its prefix and suffix (0..1 each) and its nearness to the old place. */
function score(text: string, at: number, length: number, span: Anchor): number {
  const side = (expected: string | undefined, actual: string) =>
    expected ? 1 - distance(expected, actual) / Math.max(expected.length, actual.length, 1) : 0;
  const prefix = side(span.prefix, text.slice(Math.max(0, at - (span.prefix?.length ?? 0)), at));
  const suffix = side(span.suffix, text.slice(at + length, at + length + (span.suffix?.length ?? 0)));
  const nearness = 1 - Math.abs(at - span.start) / Math.max(text.length, 1);
  // Hypothesis's weights: context counts ten times more than position.
  return 20 * prefix + 20 * suffix + 2 * nearness;
}

/** Letters and digits only, case folded: what must not differ between a quote and its approximate match. */
const words = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");

interface Found {
  at: number;
  exact: string;
}

function exactly(text: string, span: Anchor, exact: string): Found | undefined {
  let best: { at: number; score: number } | undefined;
  for (let at = text.indexOf(exact), seen = 0; at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1), seen++) {
    const s = score(text, at, exact.length, span);
    if (!best || s > best.score) best = { at, score: s };
  }
  return best && { at: best.at, exact };
}

function approximately(text: string, span: Anchor, exact: string, work: { left: number }): Found | undefined {
  if (exact.length > MAX_FUZZY_QUOTE) return undefined;
  const cost = text.length * Math.ceil(exact.length / 32);
  if (cost > work.left) return undefined;
  work.left -= cost;
  let best: { found: Found; score: number } | undefined;
  for (const match of search(text, exact, errorsAllowed(exact)).slice(0, MAX_OCCURRENCES)) {
    const candidate = text.slice(match.start, match.end);
    if (candidate.length === 0 || words(candidate) !== words(exact)) continue;
    const s = score(text, match.start, candidate.length, span) - match.errors;
    if (!best || s > best.score) best = { found: { at: match.start, exact: candidate }, score: s };
  }
  return best?.found;
}

/**
 * Re-anchors, in place, every span whose offsets no longer hold its `exact`; returns what moved, by path
 * ("figures.0.valueText: moved from 10 to 14"). A span whose quote is nowhere in the text stays: an orphan.
 */
export function reanchor(report: Report): string[] {
  const text = report.source.text;
  const moved: string[] = [];
  const done = new Set<object>();
  const work = { left: FUZZY_WORK };
  for (const { path, span } of spansIn({ ...report, source: undefined }) as Array<{ path: string; span: Anchor }>) {
    const exact = span.exact;
    if (done.has(span) || typeof exact !== "string" || text.slice(span.start, span.end) === exact) continue;
    const found = exactly(text, span, exact) ?? approximately(text, span, exact, work);
    if (!found) continue;
    done.add(span);
    const how = found.exact === exact ? "" : ` (its spacing or punctuation was edited: “${found.exact.slice(0, 60)}”)`;
    moved.push(`${path}: moved from ${span.start} to ${found.at}${how}`);
    span.start = found.at;
    span.end = found.at + found.exact.length;
    span.exact = found.exact;
  }
  return moved;
}
