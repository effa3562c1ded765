/**
 * Passages in quote marks: straight, curly and single marks, mismatched pairs kept (“…" is a quote), a quote that
 * runs over a paragraph break (the paragraph ends open and the next one opens again) as linked passages.
 * Apostrophes inside words (Iran’s, Hamas’) are not quote marks.
 */
export interface QuotePassage {
  /** The words inside the marks (marks excluded). */
  start: number;
  end: number;
  /** The opening and closing marks' offsets. */
  open: number;
  close: number;
  /** Passages of one quote that runs over paragraph breaks share a group number. */
  group: number;
  /** Where the passage ends a paragraph without a closing mark (it goes on in the next). */
  continues: boolean;
}

const DOUBLE_OPEN = new Set(["“", '"', "«", "„"]);
const DOUBLE_CLOSE = new Set(["”", '"', "»", "“"]);
const SINGLE_OPEN = new Set(["‘", "'"]);
const SINGLE_CLOSE = new Set(["’", "'"]);

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** A mark opens a quote where a word starts after it and none ends before it. */
const canOpen = (text: string, i: number) =>
  !isWordChar(text[i - 1]) && !isSpace(text[i + 1]) && /[\s([—–:,;-]|^$/.test(text[i - 1] ?? "");
/** A mark closes a quote where a word (or punctuation) ends before it and no word starts after it. */
const canClose = (text: string, i: number) => !isSpace(text[i - 1]) && !isWordChar(text[i + 1]);

/** Longest passage in marks (characters) before an unclosed mark is given up, so no text makes this quadratic. */
const MAX_QUOTE = 5000;

export function findQuotes(text: string): QuotePassage[] {
  const wrapped = isHardWrapped(text);
  const passages: QuotePassage[] = [];
  let group = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const double = DOUBLE_OPEN.has(c);
    const single = !double && SINGLE_OPEN.has(c);
    if (!(double || single) || !canOpen(text, i)) {
      i++;
      continue;
    }
    const closers = double ? DOUBLE_CLOSE : SINGLE_CLOSE;
    const found = scan(text, i, closers, single, wrapped);
    if (!found) {
      i++;
      continue;
    }
    const current = group++;
    found.forEach((passage) => passages.push({ ...passage, group: current }));
    i = found[found.length - 1]!.close + 1;
  }
  return passages;
}

type Found = Omit<QuotePassage, "group">[];

/** The passage(s) opened at `open`: up to a closing mark, or over paragraph breaks where the next paragraph reopens. */
function scan(text: string, open: number, closers: Set<string>, single: boolean, wrapped: boolean): Found | undefined {
  const out: Found = [];
  let start = open + 1;
  const limit = Math.min(text.length, open + MAX_QUOTE);
  for (let j = start; j < limit; j++) {
    const c = text[j]!;
    if (c === "\n" && wrapped && text[j + 1] !== "\n" && text[j - 1] !== "\n") continue;
    if (c === "\n") {
      if (single) return undefined;
      // A paragraph that ends inside a quote: the quote goes on if the next paragraph opens with a mark.
      let next = j;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      if (!DOUBLE_OPEN.has(text[next] ?? "")) return undefined;
      let end = j;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) out.push({ start, end, open: start - 1, close: j, continues: true });
      start = next + 1;
      j = next;
      continue;
    }
    if (closers.has(c) && canClose(text, j)) {
      if (
        single &&
        c === "’" &&
        /s/i.test(text[j - 1] ?? "") &&
        /[\p{L}]/u.test(text[j - 2] ?? "") &&
        !/[.,!?;:]/.test(text[j + 1] ?? " ")
      ) {
        // "Hamas’ deadly attack": a plural possessive, unless punctuation follows.
        const ahead = text.indexOf("’", j + 1);
        if (ahead > 0 && ahead < limit && text.slice(j, ahead).indexOf("\n") < 0) continue;
      }
      if (j > start) out.push({ start, end: j, open: start - 1, close: j, continues: false });
      return out.length > 0 ? out : undefined;
    }
    if (!single && DOUBLE_OPEN.has(c) && c !== '"' && canOpen(text, j) && c === "“") {
      // A new opening curly mark before this quote closed: the first was never closed.
      return undefined;
    }
  }
  return undefined;
}

/** Text whose paragraphs are separated by blank lines and whose lines are wrapped inside them. */
export function isHardWrapped(text: string): boolean {
  if (!/\n[ \t]*\n/.test(text)) return false;
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const open = lines.filter((line) => !/[.!?"”’:)]\s*$/.test(line)).length;
  return open > lines.length / 3;
}
