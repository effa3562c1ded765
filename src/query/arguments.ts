import { fail, ok, quoted, type Result } from "../model/failure";
import type { Report } from "../model/report";
import { nameKey, wordsKey } from "./fold";
import type { NameIndex } from "./name-index";

/** What a user may pass for any argument: Excel gives numbers, strings, booleans, blanks or ranges. */
export type Argument = unknown;

function describe(value: Argument): string {
  if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : "a non-finite number";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return "a range";
  if (typeof value === "string") return quoted(value);
  return `a ${typeof value}`;
}

export function isBlank(value: Argument): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** A range (Excel passes a 2-D array) where one value is expected: a clear "one cell" failure. */
export function notACell(value: Argument, argument: string): Result<never> | undefined {
  if (!Array.isArray(value)) return undefined;
  const rows = value.length;
  const columns = Array.isArray(value[0]) ? (value[0] as unknown[]).length : 1;
  return fail({ code: "not-a-cell", argument, rows, columns });
}

/**
 * The longest text each kind of argument can usefully hold, from the report's own names and
 * words: anything longer names nothing, and is refused at once with #VALUE! instead of being
 * folded, split and compared at length. `vocabulary` adds the fixed choices (measures) a name
 * may carry, as in "Gaza killed".
 */
export interface InputLimits {
  /** Longest name, alias, role or topic label, folded as names are. */
  name: number;
  /** Longest words of a statement (its text or a quoted passage), folded as words are. */
  words: number;
  /** Longest "place-or-group measure" figure name. */
  figureName: number;
}

type ReportNames = Pick<Report, "actors" | "places" | "topics" | "statements">;

const longest = (texts: Iterable<string>, key: (text: string) => string) => {
  let max = 0;
  for (const text of texts) max = Math.max(max, key(text).length);
  return max;
};

export function inputLimits(report: ReportNames, vocabulary: readonly string[] = []): InputLimits {
  const names = [
    ...report.actors.flatMap((a) => [a.name, ...a.aliases, a.role]),
    ...report.places.flatMap((p) => [p.name, ...p.aliases]),
    ...Object.entries(report.topics).flatMap(([key, label]) => [key, label, `${key} ${label}`]),
  ];
  const name = longest(names, nameKey);
  const words = longest(
    report.statements.flatMap((s) => [s.text.exact, ...s.quotes.map((q) => q.exact)]),
    wordsKey,
  );
  return { name, words, figureName: name + 1 + longest(vocabulary, nameKey) };
}

/** Refuses text whose folded form (`key`) is longer than `limit`; the length is measured once, linearly. */
export function withinLimit(
  text: string,
  argument: string,
  limit: number,
  key: (text: string) => string = nameKey,
): Result<string> {
  const length = key(text).length;
  return length > limit ? fail({ code: "too-long", argument, input: text, length: text.length, limit }) : ok(text);
}

/** Whether text has a letter or a digit: punctuation alone names and matches nothing. */
export const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Text the user must give, such as a place or speaker name. */
export function requiredText(value: Argument, argument: string, expected: string): Result<string> {
  const range = notACell(value, argument);
  if (range) return range;
  if (isBlank(value)) return fail({ code: "missing", argument, expected });
  if (typeof value !== "string") return fail({ code: "wrong-type", argument, expected, got: describe(value) });
  return ok(value.trim());
}

/** A whole number of at least 1, with a default when blank. */
export function optionalCount(value: Argument, argument: string, fallback: number): Result<number> {
  const range = notACell(value, argument);
  if (range) return range;
  if (isBlank(value)) return ok(fallback);
  const n = typeof value === "string" && /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) {
    return fail({ code: "wrong-type", argument, expected: "a whole number from 1", got: describe(value) });
  }
  return ok(n);
}

/** The failure for text an index does not hold: too long, or unknown with "did you mean". */
function notFound<T>(text: string, argument: string, index: NameIndex<T>, unknown: (suggestion?: string) => Result<T>) {
  const short = withinLimit(text, argument, index.longestKey);
  return short.ok ? unknown(index.suggest(text)) : short;
}

/** One of a fixed set of choices (a measure, a field), by any synonym, with "did you mean". */
export function choice<T>(
  value: Argument,
  argument: string,
  index: NameIndex<T>,
  choices: readonly string[],
  fallback?: T,
): Result<T> {
  if (typeof value === "string") {
    const found = index.find(value);
    if (found !== undefined) return ok(found);
  }
  if (isBlank(value) && fallback !== undefined) return ok(fallback);
  // Only a failure builds a message: the success path above is what recalculation pays for.
  const text = requiredText(value, argument, `one of: ${choices.join(", ")}`);
  if (!text.ok) return text;
  return notFound(text.value, argument, index, (suggestion) =>
    fail({ code: "unknown-choice", argument, input: text.value, choices, suggestion }),
  );
}

/** A name looked up in an index, with "did you mean" when it is not there. */
export function named<T>(value: Argument, argument: string, what: string, index: NameIndex<T>): Result<T> {
  if (typeof value === "string") {
    const found = index.find(value);
    if (found !== undefined) return ok(found);
  }
  const text = requiredText(value, argument, `a ${what} name`);
  if (!text.ok) return text;
  const candidates = index.candidates(text.value);
  if (candidates.length > 1) return fail({ code: "ambiguous", what, input: text.value, candidates });
  return notFound(text.value, argument, index, (suggestion) =>
    fail({ code: "unknown-name", what, input: text.value, suggestion }),
  );
}

/** TRUE or FALSE (also as text); blank is FALSE. */
export function optionalFlag(value: Argument, argument: string): Result<boolean> {
  const range = notACell(value, argument);
  if (range) return range;
  if (isBlank(value)) return ok(false);
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "string" && /^\s*(true|false)\s*$/i.test(value)) return ok(value.trim().toLowerCase() === "true");
  return fail({ code: "wrong-type", argument, expected: "TRUE or FALSE", got: describe(value) });
}
