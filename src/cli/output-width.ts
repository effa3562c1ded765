/** Where a table or the help is printed: a terminal says how wide it is, a pipe does not. */
export interface Output {
  isTTY?: boolean;
  columns?: number;
}

export const DEFAULT_WIDTH = 100;
/** Narrower than this no table is readable; the CLI lays out at this width instead. */
export const MIN_WIDTH = 20;

/**
 * The width to lay out for: COLUMNS when it is set to a number (the user's or a script's choice), else the
 * terminal's width, else 100 (a pipe or a file).
 */
export function outputWidth(output: Output, env: Readonly<Record<string, string | undefined>>): number {
  const fromEnv = /^\s*\d+\s*$/.test(env.COLUMNS ?? "") ? Number(env.COLUMNS) : 0;
  const width = fromEnv > 0 ? fromEnv : output.isTTY && output.columns ? output.columns : DEFAULT_WIDTH;
  return Math.max(width, MIN_WIDTH);
}
