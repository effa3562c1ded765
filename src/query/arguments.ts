import { fail, ok, type Result } from "../model/failure";
import type { NameIndex } from "./name-index";

/** What a user may pass for any argument: Excel gives numbers, strings, booleans, blanks or ranges. */
export type Argument = unknown;

function describe(value: Argument): string {
  if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : "a non-finite number";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (Array.isArray(value)) return "a range";
  if (typeof value === "string") return `'${value}'`;
  return `a ${typeof value}`;
}

export function isBlank(value: Argument): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** Text the user must give, such as a place or speaker name. */
export function requiredText(value: Argument, argument: string, expected: string): Result<string> {
  if (isBlank(value)) return fail({ code: "missing", argument, expected });
  if (typeof value !== "string") return fail({ code: "wrong-type", argument, expected, got: describe(value) });
  return ok(value.trim());
}

/** Text the user may leave out; blank means "not given". */
export function optionalText(value: Argument, argument: string, expected: string): Result<string | undefined> {
  return isBlank(value) ? ok(undefined) : requiredText(value, argument, expected);
}

/** A whole number of at least 1, with a default when blank. */
export function optionalCount(value: Argument, argument: string, fallback: number): Result<number> {
  if (isBlank(value)) return ok(fallback);
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) {
    return fail({ code: "wrong-type", argument, expected: "a whole number from 1", got: describe(value) });
  }
  return ok(n);
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
  return fail({ code: "unknown-choice", argument, input: text.value, choices, suggestion: index.suggest(text.value) });
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
  return fail({ code: "unknown-name", what, input: text.value, suggestion: index.suggest(text.value) });
}

/** TRUE or FALSE (also as text); blank is FALSE. */
export function optionalFlag(value: Argument, argument: string): Result<boolean> {
  if (isBlank(value)) return ok(false);
  if (typeof value === "boolean") return ok(value);
  if (typeof value === "string" && /^\s*(true|false)\s*$/i.test(value)) return ok(value.trim().toLowerCase() === "true");
  return fail({ code: "wrong-type", argument, expected: "TRUE or FALSE", got: describe(value) });
}
