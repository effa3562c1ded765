/**
 * `npx report-data extract <article.txt> [--published YYYY-MM-DD] [--title "…"] [--outlet "…"] [--review] [--debug]`
 * Prints the draft report as JSON (or, with --review, as a readable list). Exit 0 for a draft (an empty one with its
 * warnings included), 2 for a file that cannot be read, an empty file or bad arguments. `--publish --library-url URL
 * --token T` also submits it to the team library as a draft for review (never as a reviewed report); 1 if refused.
 */
import { readFileSync } from "node:fs";
import { extractDraft, type TraceStep } from "../extract";
import { loadGazetteer } from "./gazetteer";
import { formatReview } from "../extract/review";
import { firstLineOf } from "../model/error-message";
import type { DraftReport } from "../model/draft";
import { parseCommandLine, usageLine } from "./args";
import { runCommand } from "./run-command";

const USAGE =
  'Usage: npx report-data extract <article.txt> [--published YYYY-MM-DD] [--title "..."] [--outlet "..."] [--review] [--debug] [--publish --library-url <url> --token <token>]';

/** Said when no publication date is given: "on Sunday", "yesterday" need one to become dates. */
export const NO_PUBLISHED_WARNING =
  'No --published date: relative dates ("on Sunday", "yesterday") cannot be placed, so the draft has none of them; give --published YYYY-MM-DD.';

const OPTIONS = {
  published: { type: "string" },
  title: { type: "string" },
  outlet: { type: "string" },
  review: { type: "boolean" },
  debug: { type: "boolean" },
  publish: { type: "boolean" },
  "library-url": { type: "string" },
  token: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

interface Arguments {
  file: string;
  published?: string;
  title?: string;
  outlet?: string;
  review: boolean;
  debug: boolean;
  /** Submit the draft to this team library, for review. */
  publish?: { url: string; token: string };
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
  const url = values["library-url"];
  const token = values.token ?? process.env.LIBRARY_TOKEN;
  if (values.publish && (url === undefined || !token))
    return usageLine("extract", "--publish needs --library-url and --token (or LIBRARY_TOKEN)");
  if (!values.publish && (url !== undefined || values.token !== undefined))
    return usageLine("extract", "--library-url and --token go with --publish");
  return {
    file: positionals[0]!,
    review: values.review === true,
    debug: values.debug === true,
    ...(values.published ? { published: values.published } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values.outlet ? { outlet: values.outlet } : {}),
    ...(values.publish && url !== undefined && token ? { publish: { url, token } } : {}),
  };
}

export async function main(argv: string[]): Promise<number> {
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
  return args.publish ? submitForReview(draft, args.publish) : 0;
}

/** Sends the draft to the team library as a draft for review; the answer (or why not) on stderr, stdout kept for the draft. */
async function submitForReview(draft: DraftReport, to: { url: string; token: string }): Promise<number> {
  // Loaded only when asked for (require: the CLI compiles to CommonJS), so an extraction without --publish starts fast.
  const { TeamClient } = require("../team/client") as typeof import("../team/client");
  try {
    const submitted = await new TeamClient(to.url, to.token).submitDraft(draft);
    console.error(
      `extract: submitted to ${to.url} as ${submitted.id} (${submitted.state}, by ${submitted.submittedBy}): a draft for review, not a reviewed report; search and compare do not see it.`,
    );
    return 0;
  } catch (error) {
    console.error(`extract: not submitted: ${firstLineOf(error)}`);
    return 1;
  }
}

if (require.main === module) runCommand("extract", main);
