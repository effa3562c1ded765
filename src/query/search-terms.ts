/**
 * How search words are compared, in one place: what users type against the report's words.
 * Case, diacritics, typographic apostrophes, possessives ("Khamenei's"), plurals ("hostages") and
 * digit-group separators ("2,750") do not matter. The report's words and the query go through the
 * same folding, so a query finds a word when the query's key is part of the word's key.
 */

/** A word: letters and digits, joined through apostrophes ("Khamenei's") and digit-group separators ("2,750"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’‘`´]|(?<=\p{N})[,\u00a0\u202f\u2009.](?=\p{N}))[\p{L}\p{M}\p{N}]+)*(?:(?<=[sS])['’])?/gu;
const APOSTROPHES = /['’‘`´]/g;
/** A thousands separator: between digits, before a group of exactly three. */
const DIGIT_GROUP_SEPARATOR = /(?<=\d)[,\u00a0\u202f\u2009](?=\d{3}(?!\d))/g;

/** A plural's singular, enough to fold what news reports write: hostages, casualties, crashes, witnesses. */
function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith("s") || word.endsWith("ss") || /\d/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:[sxz]|[cs]h)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** One word's search key: lower case, no diacritics, no possessive, singular, digits without group separators. */
export function searchKey(word: string): string {
  const plain = word
    .replace(DIGIT_GROUP_SEPARATOR, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/'s$|'$/, "")
    .replace(/'/g, "");
  return singular(plain);
}

export interface SearchToken {
  /** Where the word is in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  key: string;
}

/** The words of a text, each with its place and search key. */
export function searchTokens(text: string): SearchToken[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: searchKey(m[0]) }));
}

/** The keys of a query's words, each once. */
export function queryTerms(query: string): string[] {
  return [...new Set(searchTokens(query).map((t) => t.key))].filter(Boolean);
}

/** A text's keys as one string that `matchesTerms` searches: each key between spaces. */
export function searchHaystack(text: string): string {
  return ` ${searchTokens(text)
    .map((t) => t.key)
    .join(" ")} `;
}

const NUMBER = /^[\d.]+$/;

/** A number finds only itself (2750 is not part of 27,500); a word finds any word it is part of ("rael" finds Israel). */
const termFinds = (term: string, key: string) => (NUMBER.test(term) ? key === term : key.includes(term));

/** Whether a haystack holds every term, each inside one word (a number as a whole word). No terms: everything matches. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  return terms.every((term) => haystack.includes(NUMBER.test(term) ? ` ${term} ` : term));
}

/** The words of `text` a query's terms find, to highlight: whole words, in text order. */
export function matchedWords(text: string, terms: readonly string[]): Array<{ start: number; end: number }> {
  if (terms.length === 0) return [];
  return searchTokens(text)
    .filter((t) => terms.some((term) => termFinds(term, t.key)))
    .map(({ start, end }) => ({ start, end }));
}
