import type { Sentence } from "../context";
import type { QuotePassage } from "../parsers/quotes";

/** A sentence boundary inside a quoted passage is not one for the reporter: "“We ran. It was dark,” she said." is one. */
export function mergeSentencesInQuotes(text: string, sentences: Sentence[], passages: QuotePassage[]): Sentence[] {
  const merged: Sentence[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    const inside =
      previous &&
      previous.paragraph === sentence.paragraph &&
      passages.some(
        (p) =>
          p.start < previous.end &&
          p.end > previous.end &&
          p.end >= sentence.start &&
          !(p.end <= sentence.start + 1 && p.end === sentence.start),
      );
    const endsInQuoteAtAttribution =
      previous &&
      previous.paragraph === sentence.paragraph &&
      passages.some((p) => p.end > previous.start && p.end <= previous.end && /^[\p{Ll}]/u.test(sentence.text));
    if (previous && (inside || endsInQuoteAtAttribution)) {
      merged[merged.length - 1] = { ...previous, end: sentence.end, text: text.slice(previous.start, sentence.end) };
    } else merged.push({ ...sentence, index: merged.length });
  }
  return merged;
}
