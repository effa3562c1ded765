/** The command line of `fx`: options, then the formula (the rest, joined by spaces), `-` or `--file` for a batch. */
import { parseCommandLine, usageLine } from "./args";

export type Output = "text" | "json" | "csv";
export type FxCommand =
  | {
      kind: "help";
      /** The reports in use, whose measures, places and speakers the help lists. */
      reportFile?: string;
      libraryDir?: string;
      draft?: boolean;
      keepBoth?: boolean;
      withoutOrphans?: boolean;
    }
  | { kind: "usage"; message: string }
  | {
      kind: "evaluate";
      /** One formula, or, with `batch`, none: the formulas come from the batch file or stdin. */
      formula: string;
      output: Output;
      reportFile?: string;
      libraryDir?: string;
      /** `--file <formulas.txt>`, or "-" for stdin: one formula a line, `#` comments. */
      batch?: string;
      /** Answer from a draft file (unreviewed), said on every answer. */
      draft?: boolean;
      /** A report whose id is taken gets a new id instead of being refused. */
      keepBoth?: boolean;
      /** A report file refused only for orphans is used without them. */
      withoutOrphans?: boolean;
      /** The team library `COMPARE(…, "team")` asks, with its token. */
      team?: { url: string; token: string };
    };

export const USAGE =
  "Usage: npx report-data fx [--json | --csv] [--report <file.json>] [--library <dir>] [--draft] [--without-orphans] [--library-url <url> --token <token>] ('<formula>' | --file <formulas.txt> | -)";

const OPTIONS = {
  json: { type: "boolean" },
  csv: { type: "boolean" },
  report: { type: "string" },
  library: { type: "string" },
  file: { type: "string" },
  draft: { type: "boolean" },
  "keep-both": { type: "boolean" },
  "without-orphans": { type: "boolean" },
  "library-url": { type: "string" },
  token: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const usage = (problem: string): FxCommand => ({ kind: "usage", message: `${usageLine("fx", problem)}\n` });

export function parseFxArgs(argv: readonly string[]): FxCommand {
  const parsed = parseCommandLine(argv, OPTIONS, "fx");
  if (!parsed.ok) return { kind: "usage", message: `${parsed.message}\n` };
  const { values, positionals } = parsed;
  if (values.help)
    return {
      kind: "help",
      reportFile: values.report,
      libraryDir: values.library,
      ...(values.draft ? { draft: true } : {}),
      ...(values["keep-both"] ? { keepBoth: true } : {}),
      ...(values["without-orphans"] ? { withoutOrphans: true } : {}),
    };
  if (values.json && values.csv) return usage("--json and --csv go one at a time");
  const output: Output = values.json ? "json" : values.csv ? "csv" : "text";
  const stdin = positionals.length === 1 && positionals[0] === "-";
  const formula = stdin ? "" : positionals.join(" ");
  if (values.file !== undefined && formula.trim()) return usage("a formula or --file, not both");
  const batch = stdin ? "-" : values.file;
  if (!batch && !formula.trim()) return usage("no formula given");
  const url = values["library-url"];
  const token = values.token ?? process.env.LIBRARY_TOKEN;
  if (url !== undefined && !token) return usage("--library-url needs --token (or LIBRARY_TOKEN)");
  if (url === undefined && values.token !== undefined) return usage("--token goes with --library-url");
  return {
    kind: "evaluate",
    formula,
    output,
    reportFile: values.report,
    libraryDir: values.library,
    ...(batch ? { batch } : {}),
    ...(values.draft ? { draft: true } : {}),
    ...(values["keep-both"] ? { keepBoth: true } : {}),
    ...(values["without-orphans"] ? { withoutOrphans: true } : {}),
    ...(url !== undefined && token ? { team: { url, token } } : {}),
  };
}
