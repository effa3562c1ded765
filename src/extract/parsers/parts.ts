import type { NumberMention } from "./numbers";
import { numberValue } from "./numbers";

/** Nouns for people, as counted in a count made of parts ("four civilians and a soldier"). */
export const PERSON_NOUN =
  "(?:civilians?|soldiers?|troops|brothers?|sisters?|cousins?|sons?|daughters?|children|child|women|woman|men|man|" +
  "boys?|girls?|babies|baby|policem[ae]n|police officers?|officers?|journalists?|citizens?|students?|workers?|miners?|" +
  "passengers?|relatives?|nephews?|nieces?|uncles?|aunts?|wife|husband|parents?|fathers?|mothers?|friends?|guards?|" +
  "farmers?|fishermen|fisherman|villagers?|teachers?|doctors?|nurses?|firefighters?|rescuers?|crew members?|" +
  "tourists?|pilgrims?|residents?|neighbours?|neighbors?|pupils?|patients?|employees?|staff members?)";

const SECOND = new RegExp(
  `^(\\s+(?:[\\p{L}-]+\\s+)?${PERSON_NOUN})\\s+and\\s+(a|an|one|[\\p{L}\\d-]+)\\s+(?:other\\s+|more\\s+)?((?:[\\p{L}-]+\\s+)?${PERSON_NOUN})\\b`,
  "iu",
);
/** "a Reuters journalist, Issam Abdullah and two other citizens": one named person, then N others. */
const ONE_BEFORE = new RegExp(
  `\\b(an?)\\s+(?:[\\p{L}-]+\\s+){0,2}?${PERSON_NOUN}(?:,\\s*\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2},?)?\\s+and\\s+$`,
  "iu",
);

/**
 * Parts of a count written as a list, each its own figure, not one sum: the parts of a whole named beside them ("23
 * women and 11 children among the dead", "Of the dead, 12 were women and five were children"), parts of a count on top
 * of another ("three more soldiers and five civilians"), and parts said of with a verb ("12 were women").
 */
function separateParts(text: string, n: NumberMention, end: number): boolean {
  return (
    /^\s*(?:,\s*)?among\s+(?:the\s+)?(?:dead|victims|injured|wounded)\b/i.test(text.slice(end, end + 30)) ||
    /\bof\s+the\s+(?:dead|victims|injured|wounded)\s*,\s*$/i.test(text.slice(Math.max(0, n.start - 25), n.start)) ||
    /^\s+(?:more|were|are|was)\s/i.test(text.slice(n.end, n.end + 8))
  );
}

/**
 * Counts made of parts become one number with the whole phrase as its words: "four civilians and a soldier" (5),
 * "two brothers and a cousin" (3), "a Reuters journalist, Issam Abdullah and two other citizens" (3).
 */
export function mergeParts(text: string, numbers: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    if (n.upper !== undefined || n.currency) {
      out.push(n);
      continue;
    }
    const after = SECOND.exec(text.slice(n.end, n.end + 80));
    const second = after ? (/^(?:a|an|one)$/i.test(after[2]!) ? 1 : numberValue(after[2]!)) : undefined;
    if (after && second !== undefined && !separateParts(text, n, n.end + after[0].length)) {
      const end = n.end + after[0].length;
      // The second part's own number (if written as one) is inside the phrase now.
      while (numbers[i + 1] && numbers[i + 1]!.start < end) i++;
      out.push({ ...n, end, text: text.slice(n.start, end), value: n.value + second, words: true });
      continue;
    }
    const other = /^\s+other\s+/i.test(text.slice(n.end, n.end + 8));
    const one = other ? ONE_BEFORE.exec(text.slice(Math.max(0, n.start - 80), n.start)) : null;
    if (one) {
      const start = n.start - (Math.min(80, n.start) - one.index - one[0].indexOf(one[1]!));
      const noun = new RegExp(`^\\s+other\\s+(?:[\\p{L}-]+\\s+)?${PERSON_NOUN}\\b`, "iu").exec(text.slice(n.end, n.end + 60));
      const end = noun ? n.end + noun[0].length : n.end;
      out.push({ ...n, start, end, text: text.slice(start, end), value: n.value + 1, words: true });
      continue;
    }
    out.push(n);
  }
  return out;
}
