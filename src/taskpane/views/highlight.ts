import { matchedWords } from "../../query";
import { el } from "../dom";

type Range = { start: number; end: number };

/**
 * `text`, found at `offset` in a longer text, with the parts inside `hits` (ranges of that longer text, in order,
 * not overlapping) in <mark class="hit">, the rest as plain text. A hit that runs past `text` is cut at its ends.
 */
export function markHits(text: string, hits: readonly Range[], offset = 0): Array<Node | string> {
  const parts: Array<Node | string> = [];
  let at = 0;
  for (const hit of hits) {
    const start = Math.max(hit.start - offset, at);
    const end = Math.min(hit.end - offset, text.length);
    if (start >= text.length) break;
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(el("mark", { class: "hit" }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push(text.slice(at));
  return parts;
}

/** `text` with the words the search found in <mark class="hit">, the rest as plain text. */
export function highlighted(text: string, terms: readonly string[]): Array<Node | string> {
  return markHits(text, matchedWords(text, terms));
}
