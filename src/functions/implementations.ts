/** A custom function's implementation, as Excel calls it. */
export type Implementation = (...args: never[]) => unknown;

/**
 * Every REPORT function by its id in functions.json, filled as functions.ts loads (the `associate` calls the
 * metadata plugin appends to it): what the page's head registered answers from here (register.ts).
 */
export const implementations = new Map<string, Implementation>();
