import { closest, distance } from "fastest-levenshtein";
import { nameKey } from "./fold";

/**
 * Names and aliases folded to keys, built once. A lookup folds its input and reads one Map; the answers a
 * recalculation repeats are memoized once, in front of every lookup, by the open report (`OpenReport.answers`).
 */
export class NameIndex<T> {
  private readonly byKey = new Map<string, T>();
  /** Key -> the name as written in the dataset, for "did you mean" suggestions. */
  private readonly display = new Map<string, string>();
  /** Key -> the names of the values that share it (a family name two people bear). */
  private readonly shared = new Map<string, readonly string[]>();
  private keys: string[] = [];
  private longest = 0;

  /** Adds a name; the first value added under a key keeps it. `display` is what "did you mean" offers for it. */
  add(name: string, value: T, display: string = name): this {
    const key = nameKey(name);
    if (key && !this.byKey.has(key) && !this.shared.has(key)) {
      this.byKey.set(key, value);
      this.display.set(key, display);
      this.keys.push(key);
      this.longest = Math.max(this.longest, key.length);
    }
    return this;
  }

  /** A name several values bear: it finds none of them, and `candidates` names them all. */
  addShared(name: string, candidates: readonly string[]): this {
    const key = nameKey(name);
    if (key && !this.byKey.has(key)) this.shared.set(key, candidates);
    return this;
  }

  /** The names of the values that share the input name, when several do; empty otherwise. */
  candidates(input: string): readonly string[] {
    return this.shared.get(nameKey(input)) ?? [];
  }

  find(input: string): T | undefined {
    return this.byKey.get(nameKey(input));
  }

  /** The length of the longest key: a folded input longer than this names nothing here. */
  get longestKey(): number {
    return this.longest;
  }

  /** The closest known name, when it is near enough to be a typo of the input. */
  suggest(input: string): string | undefined {
    const key = nameKey(input);
    // Edit distance costs length x length for every key: no suggestion for text far longer than any name.
    if (!key || this.keys.length === 0 || key.length > this.longest * 2) return undefined;
    const best = closest(key, this.keys);
    const allowed = Math.max(2, Math.floor(key.length / 3));
    return distance(key, best) <= allowed ? this.display.get(best) : undefined;
  }

  /** The names as written, once each (a short name shows as the full name it stands for). */
  names(): string[] {
    return [...new Set(this.display.values())];
  }
}

/** An index of a fixed set of choices (measures, fields), each under its own name and its synonyms. */
export function choiceIndex<T extends string>(
  choices: readonly T[],
  synonyms: Partial<Record<T, readonly string[]>>,
): NameIndex<T> {
  const index = new NameIndex<T>();
  for (const choice of choices) [choice, ...(synonyms[choice] ?? [])].forEach((name) => index.add(name, choice));
  return index;
}

/** Words after a name that are not a surname ("Martin Luther King Jr."). */
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The short names people type for a person's full name: the surname ("Kalita" for "Pranjal Kalita") and, for three
 * words or more, first name and surname ("Asif Khan" for "Asif Mehmood Khan"). None for a one-word name.
 */
export function shortNames(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/);
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!.toLowerCase().replace(/[.,]/g, ""))) words.pop();
  if (words.length < 2) return [];
  const surname = words[words.length - 1]!.replace(/[.,]+$/, "");
  if (surname.length < 2) return [];
  return words.length >= 3 ? [surname, `${words[0]} ${surname}`] : [surname];
}
