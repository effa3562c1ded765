/**
 * The formula CLI: `npm run --silent fx -- '=REPORT.CASUALTIES("Gaza","killed")'`.
 * Exit 0 for a value, 1 for an Excel error, 2 for a formula it cannot parse, 3 for a damaged dataset.
 */
import { report } from "../dataset/report";
import { checkReport } from "../model/check-report";
import { formatCard, isCard } from "./format-card";
import { formatTable } from "./format-table";

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return formatTable(value as unknown[][]);
  if (isCard(value)) return formatCard(value);
  return String(value);
}

async function main(argv: string[]): Promise<number> {
  // The dataset is checked before the query layer indexes it, so a damaged one is named, not a stack trace.
  const { problems } = checkReport(report);
  if (problems.length > 0) {
    process.stderr.write(`The dataset is not valid:\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
    return 3;
  }
  const { evaluateFormula } = await import("./evaluate");
  const json = argv.includes("--json");
  const formula = argv.filter((arg) => arg !== "--json").join(" ");
  if (!formula.trim()) {
    process.stderr.write(`Usage: npm run --silent fx -- [--json] '=REPORT.CASUALTIES("Gaza","killed")'\n`);
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

void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
