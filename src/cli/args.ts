/**
 * The one argument parser of every CLI command: `node:util` parseArgs, strict. A mistake is one line for stderr
 * (exit 2), never a stack trace.
 */
import { parseArgs } from "node:util";

type OptionSpec = { type: "string" | "boolean"; short?: string; multiple?: boolean };
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;
type Values<O extends OptionSpecs> = {
  [K in keyof O]?: O[K]["type"] extends "string" ? (O[K]["multiple"] extends true ? string[] : string) : boolean;
};

export type CommandLine<O extends OptionSpecs> =
  { ok: true; values: Values<O>; positionals: string[] } | { ok: false; message: string };

/** parseArgs' messages run to three lines; this says the same in one. */
function oneLine(error: { code?: string; message: string }): string {
  const option = /'(-[^' <]+)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `unknown option ${option}`;
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `${option} needs a value`;
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "no argument expected";
  return error.message.split("\n")[0]!;
}

/** Parses `argv` against `options`; `help` names the command for the hint at the end of a mistake's line. */
export function parseCommandLine<O extends OptionSpecs>(argv: readonly string[], options: O, command: string): CommandLine<O> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
    return { ok: true, values: values as Values<O>, positionals };
  } catch (error) {
    const failure = error as { code?: string; message: string };
    if (!failure.code?.startsWith("ERR_PARSE_ARGS")) throw error;
    return { ok: false, message: usageLine(command, oneLine(failure)) };
  }
}

/** "fx: unknown option --bogus (npm run --silent fx -- --help lists the options)" */
export const usageLine = (command: string, problem: string): string =>
  `${command}: ${problem} (npx report-data ${command} --help lists the options).`;
