import type { ReportDate } from "../../src/model/date";
import type { Basis, Span } from "../../src/model/span";

/**
 * Helpers that turn the words of the report into spans, so the dataset is written with the
 * report's own words and the offsets are computed, never typed by hand. Every lookup must be
 * unambiguous: a context that occurs twice, or words missing from it, stop the build.
 */
export class Anchor {
  private readonly sentenceEnds: number[];

  constructor(private readonly text: string) {
    this.sentenceEnds = [...text.matchAll(/[.!?]["”]?(?=\s|$)|\n/g)].map((m) => m.index + m[0].length);
  }

  /** The span of `exact`, found once inside `context` (itself found once in the text). */
  span(exact: string, context: string = exact): Span {
    const contextStart = this.uniqueIndex(context, this.text, "context");
    const within = this.uniqueIndex(exact, context, `"${exact}" in context "${context}"`);
    const start = contextStart + within;
    return { start, end: start + exact.length, exact };
  }

  /**
   * Every occurrence of `exact` as a whole name (not inside a longer word; a hyphen or an apostrophe
   * ends a word), except those inside one of the `except` contexts (each found once, each holding it).
   */
  every(exact: string, except: readonly string[] = []): Span[] {
    const excluded = except.map((context) => this.span(exact, context));
    const found: Span[] = [];
    for (let at = this.text.indexOf(exact); at >= 0; at = this.text.indexOf(exact, at + 1)) {
      const wordChar = /[\p{L}\p{N}]/u;
      if (wordChar.test(this.text[at - 1] ?? "") || wordChar.test(this.text[at + exact.length] ?? "")) continue;
      if (excluded.some((e) => e.start === at)) continue;
      found.push({ start: at, end: at + exact.length, exact });
    }
    if (found.length === 0) throw new Error(`no occurrence of "${exact}" left`);
    return found;
  }

  /** The whole sentence that contains `words` (found once in the text). */
  sentence(words: string): Span {
    const at = this.uniqueIndex(words, this.text, "sentence words");
    let start = 0;
    let end = this.text.length;
    for (const boundary of this.sentenceEnds) {
      if (boundary <= at) start = boundary;
      else if (boundary >= at + words.length) {
        end = boundary;
        break;
      }
    }
    while (/\s/.test(this.text[start] ?? "")) start++;
    while (/\s/.test(this.text[end - 1] ?? "")) end--;
    return { start, end, exact: this.text.slice(start, end) };
  }

  private uniqueIndex(needle: string, haystack: string, what: string): number {
    const first = haystack.indexOf(needle);
    if (first < 0) throw new Error(`${what} not found: "${needle}"`);
    if (haystack.indexOf(needle, first + 1) >= 0) throw new Error(`${what} is ambiguous: "${needle}"`);
    return first;
  }
}

/** The words that give the date (basis `stated` unless told), or no words and how it is known. */
type DateWords = { words: Span; basis?: Basis } | { words?: undefined; basis: Exclude<Basis, "stated"> };

/** A day-precision date; the year is `stated` only when the words contain it. */
export function day(iso: string, how: DateWords, note?: string): ReportDate {
  return reportDate(iso, "day", how, note);
}

export function month(iso: string, how: DateWords, note?: string): ReportDate {
  return reportDate(iso, "month", how, note);
}

export function year(iso: string, how: DateWords, note?: string): ReportDate {
  return reportDate(iso, "year", how, note);
}

function reportDate(start: string, precision: ReportDate["precision"], how: DateWords, note?: string): ReportDate {
  const words = how.words;
  return {
    start,
    precision,
    basis: how.basis ?? "stated",
    year: words && /\b\d{4}\b/.test(words.exact) ? "stated" : "inferred",
    ...(words ? { text: words } : {}),
    ...(note ? { note } : {}),
  };
}
