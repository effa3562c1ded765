import type { Sentence } from "./context";
import { isHardWrapped } from "./parsers/quotes";

/** Words that end in a full stop without ending a sentence ("Mr.", "Gen.", "U.S.", "a.m."). */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr rep sen gov pres rev st jr sr no nos vs etc inc co corp ltd " +
    "mt ft jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ fig al u.s u.n u.k e.u a.m p.m i.e e.g"
  ).split(" "),
);

const CLOSERS = `"'”’)]`;

/**
 * The longest sentence the rules read (characters): a longer run with no sentence end (a sitrep's flattened table, a
 * text of emoji or right-to-left marks where no capital follows a full stop) is cut into pieces at a clause break
 * (";", ",", a space) before this length. Every rule works within a sentence, so this bounds each rule's work and each
 * item's evidence, and keeps the whole draft linear in the text.
 */
export const MAX_SENTENCE = 600;

/**
 * The sentences of a text with their offsets: a sentence ends at `.`, `!` or `?` (with any closing quote marks) before
 * a space and a capital, a digit or an opening quote mark, or at a line break; abbreviations and initials do not end
 * one. Runs in time linear in the text.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const wrapped = isHardWrapped(text);
  const push = (end: number) => {
    while (end - start > MAX_SENTENCE) pushPiece(cutBefore(text, start, start + MAX_SENTENCE));
    pushPiece(end);
  };
  const pushPiece = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e), paragraph });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n" && wrapped && text[i + 1] !== "\n" && text[i - 1] !== "\n") continue;
    if (c === "\n") {
      push(i);
      if (sentences.length > 0 && sentences[sentences.length - 1]!.paragraph === paragraph) paragraph++;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (end < text.length && !/[ \t\u00a0]/.test(text[end]!)) continue;
    let next = end;
    while (next < text.length && /[ \t\u00a0]/.test(text[next]!)) next++;
    if (next < text.length && text[next] !== "\n" && !/[A-Z0-9"“‘'(\u00C0-\u024F]/.test(text[next]!)) continue;
    if (c === "." && end === i + 1 && isAbbreviation(text, i)) continue;
    push(end);
  }
  push(text.length);
  return sentences;
}

/** Where to cut a run that is too long: after the last ";", else ",", else space in its second half, else at `limit`. */
function cutBefore(text: string, start: number, limit: number): number {
  const piece = text.slice(start, limit);
  const half = piece.length / 2;
  for (const mark of [";", ",", " "]) {
    const at = piece.lastIndexOf(mark);
    if (at > half) return start + at + 1;
  }
  // Never inside a surrogate pair.
  return /[\uD800-\uDBFF]/.test(text[limit - 1] ?? "") ? limit - 1 : limit;
}

function isAbbreviation(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[A-Za-z.]/.test(text[wordStart - 1]!)) wordStart--;
  const word = text.slice(wordStart, dot).toLowerCase();
  if (/^[a-z]$/i.test(word)) return /[A-Z]/.test(text[wordStart]!); // an initial, "J."
  return ABBREVIATIONS.has(word.replace(/^\./, ""));
}
