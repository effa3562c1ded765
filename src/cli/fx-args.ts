/** The command line of `fx`: options, then the formula (the rest, joined by spaces). */
export type FxCommand =
  | { kind: "help" }
  | { kind: "usage"; message: string }
  | { kind: "evaluate"; formula: string; output: "text" | "json" | "csv"; reportFile?: string; libraryDir?: string };

export const USAGE = "Usage: npm run --silent fx -- [--json | --csv] [--report <file.json>] [--library <dir>] '<formula>'";
const MORE = "npm run --silent fx -- --help lists the options and every function.";

const usage = (problem: string): FxCommand => ({ kind: "usage", message: `${problem}\n${USAGE}\n${MORE}\n` });

export function parseFxArgs(argv: readonly string[]): FxCommand {
  const words: string[] = [];
  const formats = new Set<"json" | "csv">();
  let reportFile: string | undefined;
  let libraryDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h" || arg === "--help") return { kind: "help" };
    if (arg === "--json" || arg === "--csv") formats.add(arg === "--json" ? "json" : "csv");
    else if (arg === "--report" || arg === "--library") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("-")) return usage(`${arg} needs a ${arg === "--report" ? "file" : "folder"}.`);
      if (arg === "--report") reportFile = value;
      else libraryDir = value;
    } else if (/^-[A-Za-z-]/.test(arg)) return usage(`Unknown option ${arg}.`);
    else words.push(arg);
  }
  if (formats.size > 1) return usage("--json and --csv go one at a time.");
  const formula = words.join(" ");
  if (!formula.trim()) return usage("No formula given.");
  const [format] = formats;
  return { kind: "evaluate", formula, output: format ?? "text", reportFile, libraryDir };
}
