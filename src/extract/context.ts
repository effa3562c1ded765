import type { Span } from "../model/span";
import type { Tables } from "./parsers/tables";
import type { Trace } from "./rules";

/** A sentence of the article: its offsets, its words and the paragraph it belongs to. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

/** What every parser and refiner sees: the text, its sentences, the publication date, and a debug hook. */
export interface ExtractContext {
  text: string;
  sentences: Sentence[];
  /** Publication date (UTC midnight), the reference for relative dates; undefined when not given. */
  published?: Date;
  /** Says which rule kept or dropped what (off unless a caller asks). */
  debug: (message: string) => void;
  /** Every rule tried on an item and what it decided (off unless a caller asks). */
  trace?: Trace;
  /** The text's flattened tables (parsers/tables.ts), found once before names and figures. */
  tables?: Tables;
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, exact: text.slice(start, end) };
}

/** The sentence that contains the offset (the last one whose start is at or before it). */
export function sentenceAt(context: ExtractContext, offset: number): Sentence | undefined {
  const { sentences } = context;
  let low = 0;
  let high = sentences.length - 1;
  let found: Sentence | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (sentence.start <= offset) {
      found = sentence;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Items grouped by the sentences they overlap, in one pass (so no rule scans the whole text per sentence). */
export function bySentence<T extends { start: number; end: number }>(context: ExtractContext, items: readonly T[]): T[][] {
  const groups: T[][] = context.sentences.map(() => []);
  for (const item of items) {
    const first = sentenceAt(context, item.start)?.index ?? 0;
    for (let i = first; i < context.sentences.length && context.sentences[i]!.start < Math.max(item.end, item.start + 1); i++) {
      if (context.sentences[i]!.end > item.start) groups[i]!.push(item);
    }
  }
  return groups;
}
