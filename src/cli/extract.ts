/**
 * `npx report-data extract <article.txt> [--published YYYY-MM-DD] [--title "…"] [--outlet "…"] [--review] [--debug]`
 * Prints the draft report as JSON (or, with --review, as a readable list). Exit 0 for a draft (an empty one with its
 * warnings included), 2 for a file that cannot be read, an empty file or bad arguments.
 */
import { readFileSync } from "node:fs";
import { extractDraft, type TraceStep } from "../extract";
import { loadGazetteer } from "./gazetteer";
import { formatReview } from "../extract/review";
import { firstLineOf } from "../model/error-message";
import { parseCommandLine, usageLine } from "./args";
import { runCommand } from "./run-command";

const USAGE =
  'Usage: npx report-data extract <article.txt> [--published YYYY-MM-DD] [--title "..."] [--outlet "..."] [--review] [--debug]';

/** Said when no publication date is given: "on Sunday", "yesterday" need one to become dates. */
export const NO_PUBLISHED_WARNING =
  'No --published date: relative dates ("on Sunday", "yesterday") cannot be placed, so the draft has none of them; give --published YYYY-MM-DD.';

const OPTIONS = {
  published: { type: "string" },
  title: { type: "string" },
  outlet: { type: "string" },
  review: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

interface Arguments {
  file: string;
  published?: string;
  title?: string;
  outlet?: string;
  review: boolean;
  debug: boolean;
}

function parseArguments(argv: string[]): Arguments | { help: true } | string {
  const parsed = parseCommandLine(argv, OPTIONS, "extract");
  if (!parsed.ok) return parsed.message;
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length === 0) return usageLine("extract", "no article given");
  if (positionals.length > 1)
    return usageLine("extract", `one article at a time (got '${positionals[0]}' and '${positionals[1]}')`);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published))
    return usageLine("extract", `--published must be YYYY-MM-DD, not '${values.published}'`);
  return {
    file: positionals[0]!,
    review: values.review === true,
    debug: values.debug === true,
    ...(values.published ? { published: values.published } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values.outlet ? { outlet: values.outlet } : {}),
  };
}

export function main(argv: string[]): number {
  const args = parseArguments(argv);
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  if ("help" in args) {
    console.log(
      `${USAGE}\nPrints the draft as JSON (--review: as a list). Exit 0 a draft; 2 a usage error, a file that cannot be read, or an empty file.`,
    );
    return 0;
  }
  let text: string;
  try {
    text = readFileSync(args.file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `${args.file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder, not a file" : `cannot read it (${code})`}.`,
    );
    return 2;
  }
  if (text.trim() === "") {
    console.error(`'${args.file}' is empty: nothing to extract.`);
    return 2;
  }
  let draft;
  // --debug: every rule tried on each item and what it decided, on stderr (the draft stays alone on stdout).
  const steps = new Map<string, string[]>();
  const trace = (step: TraceStep) => {
    const lines = steps.get(step.item) ?? steps.set(step.item, []).get(step.item)!;
    lines.push(`  ${step.rule}: ${step.decided}`);
  };
  try {
    draft = extractDraft(text, {
      gazetteer: loadGazetteer(),
      ...(args.title ? { title: args.title } : {}),
      ...(args.published ? { published: args.published } : {}),
      ...(args.outlet ? { outlet: args.outlet } : {}),
      ...(args.debug ? { trace } : {}),
    });
  } catch (error) {
    console.error(firstLineOf(error));
    return 2;
  }
  if (!args.published) {
    draft.warnings.push(NO_PUBLISHED_WARNING);
    console.error(`extract: ${NO_PUBLISHED_WARNING}`);
  }
  for (const [item, lines] of steps) process.stderr.write(`${item}\n${lines.join("\n")}\n`);
  process.stdout.write(args.review ? formatReview(draft) : `${JSON.stringify(draft, null, 2)}\n`);
  return 0;
}

if (require.main === module) runCommand("extract", main);
