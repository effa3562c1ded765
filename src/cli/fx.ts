/**
 * The formula CLI: `npm run --silent fx -- '=REPORT.CASUALTIES("Gaza","killed")'`.
 * Exit 0 for a value, 1 for an Excel error, 2 for a formula it cannot parse.
 */
import { runtimeLibrary } from "../functions/runtime-library";
import { addReportFiles, optionValue, positional } from "./cli-library";
import { evaluateFormula } from "./evaluate";
import { formatCard, isCard } from "./format-card";
import { formatTable } from "./format-table";

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return formatTable(value as unknown[][]);
  if (isCard(value)) return formatCard(value);
  return String(value);
}

const VALUED = ["--report", "--library"];

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const formula = positional(argv, VALUED).join(" ");
  if (!formula.trim()) {
    process.stderr.write(
      `Usage: npm run --silent fx -- [--json] [--report <file.json>] [--library <dir>] '=REPORT.CASUALTIES("Gaza","killed")'\n`,
    );
    return 2;
  }
  const added = await addReportFiles(runtimeLibrary, {
    reportFile: optionValue(argv, "--report"),
    libraryDir: optionValue(argv, "--library"),
  });
  if (!added.ok) {
    process.stderr.write(added.message);
    return 2;
  }
  const result = evaluateFormula(formula);
  switch (result.kind) {
    case "syntax":
      process.stderr.write(`${result.message}\n`);
      return 2;
    case "error":
      if (json) process.stdout.write(`${JSON.stringify({ error: result.error.code, message: result.error.message ?? "" })}\n`);
      else process.stdout.write(`${result.error.code} ${result.error.message ?? ""}\n`);
      return 1;
    case "value":
      if (json) process.stdout.write(`${JSON.stringify(result.value)}\n`);
      else process.stdout.write(`${describeValue(result.value)}\n`);
      return 0;
  }
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
