import type { Sentence } from "../context";
import type { QuotePassage } from "../parsers/quotes";

/** The passage that contains the offset strictly inside it, if any (passages are in text order and never overlap). */
function passageAround(passages: QuotePassage[], offset: number): QuotePassage | undefined {
  let low = 0;
  let high = passages.length - 1;
  let found: QuotePassage | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (passages[middle]!.start < offset) {
      found = passages[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found && found.end >= offset ? found : undefined;
}

/**
 * A sentence boundary inside a quoted passage is not one for the reporter: "“We ran. It was dark,” she said." is one
 * sentence, and so is "“Run!” he shouted." (a quote's end followed by a lower-case attribution).
 */
export function mergeSentencesInQuotes(text: string, sentences: Sentence[], passages: QuotePassage[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    const around = previous && previous.paragraph === sentence.paragraph ? passageAround(passages, previous.end) : undefined;
    const inside = around !== undefined && around.end > previous!.end && around.end >= sentence.start;
    const quoteThenAttribution =
      previous !== undefined &&
      previous.paragraph === sentence.paragraph &&
      /^\p{Ll}/u.test(sentence.text) &&
      /[”"’']\s*$/.test(previous.text);
    if (previous && (inside || quoteThenAttribution)) {
      merged[merged.length - 1] = { ...previous, end: sentence.end, text: text.slice(previous.start, sentence.end) };
    } else merged.push({ ...sentence, index: merged.length });
  }
  return merged;
}
