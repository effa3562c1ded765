import { matchedWords } from "../../query";
import { el } from "../dom";

/** `text` with the words the search found in <mark class="hit">, the rest as plain text. */
export function highlighted(text: string, terms: readonly string[]): Array<Node | string> {
  const words = matchedWords(text, terms);
  if (words.length === 0) return [text];
  const parts: Array<Node | string> = [];
  let at = 0;
  for (const { start, end } of words) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(el("mark", { class: "hit" }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
