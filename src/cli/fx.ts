/**
 * The formula CLI: `npm run --silent fx -- '=REPORT.CASUALTIES("Gaza","killed")'`; `--help` for the rest.
 * Exit 0 for a value, 1 for an Excel error, 2 for a formula it cannot parse or a usage error, 3 for a damaged dataset.
 */
import { report } from "../dataset/report";
import { checkReport } from "../model/check-report";
import { formatCard, isCard } from "./format-card";
import { valueAsCsv } from "./format-csv";
import { formatTable } from "./format-table";
import { parseFxArgs } from "./fx-args";
import { formatHelp, readFunctionDocs } from "./help";
import { outputWidth } from "./output-width";

function describeValue(value: unknown, width: number): string {
  if (Array.isArray(value)) return formatTable(value as unknown[][], { width });
  if (isCard(value)) return formatCard(value, width);
  return String(value);
}

async function main(argv: string[]): Promise<number> {
  const command = parseFxArgs(argv);
  const width = outputWidth(process.stdout, process.env);
  if (command.kind === "help") {
    process.stdout.write(`${formatHelp(await readFunctionDocs(), width)}\n`);
    return 0;
  }
  if (command.kind === "usage") {
    process.stderr.write(command.message);
    return 2;
  }
  // The dataset is checked before the query layer indexes it, so a damaged one is named, not a stack trace.
  const { problems } = checkReport(report);
  if (problems.length > 0) {
    process.stderr.write(`The dataset is not valid:\n${problems.map((p) => `  ${p}`).join("\n")}\n`);
    return 3;
  }
  const { Library } = await import("../query");
  const { createFunctions } = await import("../functions/functions");
  const { addReportFiles } = await import("./cli-library");
  const { evaluateFormula } = await import("./evaluate");
  const library = new Library([{ report, origin: "bundled" }]);
  const added = await addReportFiles(library, { reportFile: command.reportFile, libraryDir: command.libraryDir });
  if (!added.ok) {
    process.stderr.write(added.message);
    return 2;
  }
  const result = evaluateFormula(command.formula, createFunctions(library));
  switch (result.kind) {
    case "syntax":
      process.stderr.write(`${result.message}\n`);
      return 2;
    case "error":
      if (command.output === "json")
        process.stdout.write(`${JSON.stringify({ error: result.error.code, message: result.error.message ?? "" })}\n`);
      else process.stdout.write(`${result.error.code} ${result.error.message ?? ""}\n`);
      return 1;
    case "value":
      if (command.output === "json") process.stdout.write(`${JSON.stringify(result.value)}\n`);
      else if (command.output === "csv") process.stdout.write(valueAsCsv(result.value));
      else process.stdout.write(`${describeValue(result.value, width)}\n`);
      return 0;
  }
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
