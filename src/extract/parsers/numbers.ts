/**
 * Numbers as written: numerals ("1,400", "1.2 million", "$100 million"), number words ("six", "twenty-five",
 * "a dozen", "two hundred"), and ranges ("20 or 30", "10 to 12", "between 10 and 12"). Each with its span.
 */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** The second number of a range. */
  upper?: number;
  /** Written in words ("six"), not digits. */
  words: boolean;
  /** A currency sign or code before it ("$", "US$", "€"). */
  currency?: string;
}

/** A lookup table with no prototype: a word such as "constructor" is in none of them. */
function nullPrototype<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const UNITS_WORDS: Readonly<Record<string, number>> = nullPrototype({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
}); // prettier-ignore
const TENS_WORDS: Readonly<Record<string, number>> = nullPrototype({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}); // prettier-ignore
// "lakh" and "crore" (South Asian English): 100,000 and 10 million, for people and for money alike.
const SCALES: Readonly<Record<string, number>> = nullPrototype({
  hundred: 100, thousand: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, million: 1e6, billion: 1e9, trillion: 1e12,
}); // prettier-ignore

const SMALL = `(?:${[...Object.keys(TENS_WORDS)].join("|")})(?:[- ](?:${Object.keys(UNITS_WORDS).slice(1, 10).join("|")}))?|${Object.keys(UNITS_WORDS).join("|")}`;
const SCALE = "hundred|thousand|lakhs?|crores?|million|billion|trillion";
const WORD_NUMBER = `(?:a\\s+dozen|dozen|(?:${SMALL})(?:\\s+(?:${SCALE}))*(?:\\s+(?:and\\s+)?(?:${SMALL}))?|a\\s+(?:${SCALE})(?:\\s+(?:${SCALE}))*|half\\s+a\\s+(?:million|billion))`;
const DIGIT_NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s*(?:${SCALE}|mln|bn|m)\\b)?`;
const CURRENCY = "(?:US\\$|\\$|€|£|USD\\s?|EUR\\s?)";
const ONE = `(?:${CURRENCY})?(?:${DIGIT_NUMBER}|${WORD_NUMBER})`;
const DIGIT_ONE = `(?:${CURRENCY})?${DIGIT_NUMBER}`;
const RANGE = `(?:between\\s+(${ONE})\\s+and\\s+(${ONE})|(${ONE})\\s+(?:or|to)\\s+(${ONE})|(${DIGIT_ONE})\\s*[-–]\\s*(${DIGIT_ONE}))`;
const PATTERN = new RegExp(`(?<![\\w$£€.,:-])(?:${RANGE}|(${ONE}))(?![:\\w]|[.,]\\d|-\\d)`, "gi");

/** The value of one number as written, or undefined when it is not one. */
export function numberValue(written: string): number | undefined {
  const text = written
    .trim()
    .toLowerCase()
    .replace(/^(?:us\$|\$|€|£|usd\s?|eur\s?)/, "");
  const digits = /^([\d,]+(?:\.\d+)?)\s*(hundred|thousand|lakhs?|crores?|million|billion|trillion|mln|bn|m)?$/.exec(text);
  if (digits) {
    const base = Number(digits[1]!.replace(/,/g, ""));
    const scale = digits[2] ? (SCALES[digits[2]] ?? { mln: 1e6, bn: 1e9, m: 1e6 }[digits[2]]!) : 1;
    return Number.isFinite(base) ? Math.round(base * scale * 1e6) / 1e6 : undefined;
  }
  if (/^(a\s+)?dozen$/.test(text)) return 12;
  if (/^half\s+a\s+(million|billion)$/.test(text)) return SCALES[text.split(/\s+/)[2]!]! / 2;
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of text.replace(/-/g, " ").split(/\s+/)) {
    if (word === "and") continue;
    if (word === "a") {
      current = 1;
      continue;
    }
    if (word in UNITS_WORDS) current += UNITS_WORDS[word]!;
    else if (word in TENS_WORDS) current += TENS_WORDS[word]!;
    else if (word === "hundred") current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return undefined;
    any = true;
  }
  return any ? total + current : undefined;
}

/** Every number of the text, ranges as one mention. */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  const mentions: NumberMention[] = [];
  PATTERN.lastIndex = from;
  const slice = text.slice(0, to);
  for (let match = PATTERN.exec(slice); match; match = PATTERN.exec(slice)) {
    const [whole] = match;
    const low = match[1] ?? match[3] ?? match[5];
    const high = match[2] ?? match[4] ?? match[6];
    const words = !/\d/.test(whole);
    const currency = /^(US\$|\$|€|£|USD|EUR)/i.exec(whole.replace(/^between\s+/i, ""))?.[1];
    if (low && high) {
      const a = numberValue(low);
      const b = numberValue(high);
      // "one or two" and "20 or 30" are ranges; "2 to 1" and a year span ("2019-2020") are not counts.
      if (a !== undefined && b !== undefined && b > a && !/^\d{4}$/.test(low.trim())) {
        mentions.push({
          start: match.index,
          end: match.index + whole.length,
          text: whole,
          value: a,
          upper: b,
          words,
          ...(currency ? { currency } : {}),
        });
        continue;
      }
      // Not a range: take the first number alone and read on after it.
      const first = low;
      const offset = whole.indexOf(first);
      const value = numberValue(first);
      if (value !== undefined) {
        const start = match.index + offset;
        mentions.push({
          start,
          end: start + first.length,
          text: first,
          value,
          words: !/\d/.test(first),
          ...(currency ? { currency } : {}),
        });
      }
      PATTERN.lastIndex = match.index + offset + first.length;
      continue;
    }
    const value = numberValue(whole);
    if (value === undefined) continue;
    mentions.push({
      start: match.index,
      end: match.index + whole.length,
      text: whole,
      value,
      words,
      ...(currency ? { currency } : {}),
    });
  }
  return mentions;
}
