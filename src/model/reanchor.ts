/**
 * Re-anchoring the spans of a report whose text was edited after its facts were anchored, as the Hypothesis client
 * re-anchors a W3C selector pair (TextPositionSelector + TextQuoteSelector, its `match-quote.ts`): each quote is
 * looked for in the text, the candidates scored by their W3C `prefix`/`suffix` where the span has them and by their
 * nearness to the old offsets. An exact quote is taken; failing that, an approximate one, within a bound (an edit
 * distance of one in eight characters, fastest-levenshtein), and only when it differs from the quote in spacing,
 * punctuation or letter case, never in a letter or a digit: the words a fact stands on are never changed silently.
 * Such a match is found exactly, in the text's letters and digits (a projection that remembers where each came
 * from), so no approximate search is needed (Hypothesis's approx-string-match is an ES module the CLI's CommonJS
 * build cannot load). What cannot be found stays where it was, an orphan for the report's check to list. Time is
 * bounded: occurrences looked at per quote, the length of a quote matched approximately, and the text searched.
 */
import { distance } from "fastest-levenshtein";
import type { Report } from "./report";
import { spansIn, type SpanAt } from "./spans-in";

/** A span as a file may give it: the W3C TextQuoteSelector's prefix and suffix beside its exact quote. */
type Anchor = SpanAt & { prefix?: string; suffix?: string };

/** Occurrences of a quote looked at: bounded, whatever the text. */
const MAX_OCCURRENCES = 1_000;
/** Quotes longer than this are looked for exactly only (the edit distance is quadratic in the quote). */
const MAX_FUZZY_QUOTE = 1_000;
/** Characters of text the approximate searches of one report may scan together. */
const FUZZY_WORK = 200_000_000;
/** Edits an approximate match may have: one in eight characters of the quote. */
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

/** A text's letters and digits, case folded (NFKC, lower case), and the offset in the text each came from. */
interface Projection {
  chars: string;
  from: number[];
  /** The UTF-16 length, in the text, of the character each came from. */
  width: number[];
}
function project(text: string): Projection {
  let chars = "";
  const from: number[] = [];
  const width: number[] = [];
  let at = 0;
  for (const character of text) {
    for (const folded of character.normalize("NFKC").toLowerCase())
      if (/[\p{L}\p{N}]/u.test(folded)) {
        chars += folded;
        from.push(at);
        width.push(character.length);
      }
    at += character.length;
  }
  return { chars, from, width };
}

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

function approximately(
  text: string,
  span: Anchor,
  exact: string,
  projection: () => Projection,
  work: { left: number },
): Found | undefined {
  if (exact.length > MAX_FUZZY_QUOTE || work.left < text.length) return undefined;
  work.left -= text.length;
  const wanted = project(exact).chars;
  if (wanted.length === 0) return undefined;
  const { chars, from, width } = projection();
  const lead = /^[^\p{L}\p{N}]*/u.exec(exact)![0];
  const trail = /[^\p{L}\p{N}]*$/u.exec(exact)![0];
  let best: { found: Found; score: number } | undefined;
  for (let k = chars.indexOf(wanted), seen = 0; k >= 0 && seen < MAX_OCCURRENCES; k = chars.indexOf(wanted, k + 1), seen++) {
    const last = k + wanted.length - 1;
    // The quote's own punctuation at its edges (a closing full stop, an opening quote mark), where the text has it.
    let start = from[k]!;
    let end = from[last]! + width[last]!;
    if (text.slice(start - lead.length, start) === lead) start -= lead.length;
    if (text.slice(end, end + trail.length) === trail) end += trail.length;
    const candidate = text.slice(start, end);
    const errors = distance(candidate, exact);
    if (errors > errorsAllowed(exact)) continue;
    const s = score(text, start, candidate.length, span) - errors;
    if (!best || s > best.score) best = { found: { at: start, exact: candidate }, score: s };
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
  let projected: Projection | undefined;
  const projection = () => (projected ??= project(text));
  for (const { path, span } of spansIn({ ...report, source: undefined }) as Array<{ path: string; span: Anchor }>) {
    const exact = span.exact;
    if (done.has(span) || typeof exact !== "string" || text.slice(span.start, span.end) === exact) continue;
    const found = exactly(text, span, exact) ?? approximately(text, span, exact, projection, work);
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
