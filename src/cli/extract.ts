/**
 * `npm run --silent extract -- <article.txt> [--published YYYY-MM-DD] [--title "…"] [--outlet "…"] [--review] [--debug]`
 * Prints the draft report as JSON (or, with --review, as a readable list). Exit 0 for a draft (an empty one with its
 * warnings included), 2 for a file that cannot be read, an empty file or bad arguments.
 */
import { readFileSync } from "node:fs";
import { extractDraft, type TraceStep } from "../extract";
import { formatReview } from "../extract/review";

const USAGE =
  'usage: npm run --silent extract -- <article.txt> [--published YYYY-MM-DD] [--title "..."] [--outlet "..."] [--review] [--debug]';

interface Arguments {
  file: string;
  published?: string;
  title?: string;
  outlet?: string;
  review: boolean;
  debug: boolean;
}

function parseArguments(argv: string[]): Arguments | string {
  const args: Partial<Arguments> = { review: false, debug: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    try {
      if (arg === "--published") args.published = value();
      else if (arg === "--title") args.title = value();
      else if (arg === "--outlet") args.outlet = value();
      else if (arg === "--review") args.review = true;
      else if (arg === "--debug") args.debug = true;
      else if (arg === "--help" || arg === "-h") return USAGE;
      else if (arg.startsWith("--")) return `unknown option ${arg}\n${USAGE}`;
      else if (args.file === undefined) args.file = arg;
      else return `one article at a time (got '${args.file}' and '${arg}')\n${USAGE}`;
    } catch (error) {
      return `${(error as Error).message}\n${USAGE}`;
    }
  }
  if (!args.file) return `no article given\n${USAGE}`;
  if (args.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.published))
    return `--published must be YYYY-MM-DD, not '${args.published}'`;
  return args as Arguments;
}

function main(argv: string[]): number {
  const args = parseArguments(argv);
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `Cannot read '${args.file}': ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : (error as Error).message}.`,
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
      ...(args.title ? { title: args.title } : {}),
      ...(args.published ? { published: args.published } : {}),
      ...(args.outlet ? { outlet: args.outlet } : {}),
      ...(args.debug ? { trace } : {}),
    });
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  for (const [item, lines] of steps) process.stderr.write(`${item}\n${lines.join("\n")}\n`);
  process.stdout.write(args.review ? formatReview(draft) : `${JSON.stringify(draft, null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
