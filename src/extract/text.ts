/**
 * Small string helpers that replace end-anchored regexes (/[,\s]+$/, /(\S+)$/): a backtracking engine retries those
 * from every start position, which is quadratic on a long run of the repeated character. These walk back once.
 */

/** The string without the characters at its end that `drop` accepts. */
export function trimEndWhile(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Where the run of characters that `keep` accepts, at the end of the string, starts. */
export function runStartAtEnd(text: string, keep: (char: string) => boolean): number {
  let start = text.length;
  while (start > 0 && keep(text[start - 1]!)) start--;
  return start;
}

export const isSpace = (char: string) => /\s/.test(char);
