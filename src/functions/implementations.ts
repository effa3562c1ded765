/** A custom function's implementation, as Excel calls it. */
export type Implementation = (...args: never[]) => unknown;
