import { bySentence, type ExtractContext } from "../context";
import type { DateFinding } from "../parsers/dates";
import type { StatementFinding } from "./statements";

/** Offsets of what a statement said. */
export interface SaidSpan {
  start: number;
  end: number;
}

/**
 * What each statement said: a quote's passages from the first to the last; otherwise the words after the speech verb
 * ("said that …"), or the other side of "according to", without a leading "that"/colon/comma or trailing punctuation.
 * When nothing is left, its sentences.
 */
export function saidSpans(context: ExtractContext, statements: readonly StatementFinding[]): Map<StatementFinding, SaidSpan> {
  const { text } = context;
  const out = new Map<StatementFinding, SaidSpan>();
  for (const statement of statements) {
    const first = statement.sentences[0]!;
    const last = statement.sentences[statement.sentences.length - 1]!;
    if (statement.kind === "quote" && statement.passages.length > 0) {
      out.set(statement, { start: statement.passages[0]!.start, end: statement.passages[statement.passages.length - 1]!.end });
      continue;
    }
    let start = statement.attribution ? statement.attribution.verb.end : first.start;
    let end = last.end;
    if (statement.attribution?.verb.text.toLowerCase() === "according to") {
      // "X happened, according to Y." or "According to Y, X happened.": what was said is the other side.
      const verb = statement.attribution.verb;
      const comma = text.indexOf(",", verb.end);
      if (verb.start - first.start > 15) {
        start = first.start;
        end = verb.start;
      } else if (comma > 0 && comma < last.end) start = comma + 1;
    }
    start += /^\s*(?:that\s+|:\s*|,\s*)?/.exec(text.slice(start, end))![0].length;
    while (end > start && /[.!?,;\s]/.test(text[end - 1]!)) end--;
    out.set(statement, end > start ? { start, end } : { start: first.start, end: last.end });
  }
  return out;
}

/** Each statement's date: the first date in its sentences, for the statements that have one. */
export function dateStatements(
  context: ExtractContext,
  statements: readonly StatementFinding[],
  dates: readonly DateFinding[],
): Map<StatementFinding, DateFinding> {
  const out = new Map<StatementFinding, DateFinding>();
  if (statements.length === 0) return out;
  const datesIn = bySentence(context, dates);
  for (const statement of statements) {
    const first = statement.sentences[0]!;
    const last = statement.sentences[statement.sentences.length - 1]!;
    const date = datesIn.slice(first.index, last.index + 1).flat()[0];
    if (date) out.set(statement, date);
  }
  return out;
}
