/**
 * The formula CLI: `npm run --silent fx -- '=REPORT.CASUALTIES("Gaza","killed")'`; `--help` for the rest.
 * Exit 0 for a value, 1 for an Excel error, 2 for a formula it cannot parse, a usage error or a file it cannot read
 * (a draft without --draft included), 3 for a damaged dataset. `--file`/`-` evaluate a batch into one table.
 */
import { counted } from "../model/count";
import { readFileSync } from "node:fs";
import { report } from "../dataset/report";
import { checkReport } from "../model/check-report";
import { createFunctions } from "../functions/functions";
import { FunctionRuntime } from "../functions/runtime";
import { Library } from "../query";
import { addReportFiles, unreviewedNote } from "./cli-library";
import { evaluateFormula, settled, type Evaluation } from "./evaluate";
import { formatCard, isCard } from "./format-card";
import { valueAsCsv } from "./format-csv";
import { formatTable } from "./format-table";
import { parseFxArgs } from "./fx-args";
import { outputWidth } from "./output-width";
import { runCommand } from "./run-command";

function describeValue(value: unknown, width: number): string {
  if (Array.isArray(value)) return formatTable(value as unknown[][], { width });
  if (isCard(value)) return formatCard(value, width);
  return String(value);
}

/** The formulas of a batch: one a line, blank lines and `#` comments skipped. */
export const batchFormulas = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));

function readBatch(source: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: readFileSync(source === "-" ? 0 : source, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder, not a file" : `cannot read it (${code})`;
    return { ok: false, message: `${source}: ${why}.\n` };
  }
}

/** A batch answer's cell: the value, an Excel error as code and message, a table or card by its size. */
function batchCell(result: Evaluation): string | number | boolean {
  if (result.kind === "syntax") return `error: ${result.message}`;
  if (result.kind === "error") return `${result.error.code} ${result.error.message ?? ""}`.trim();
  const { value } = result;
  if (Array.isArray(value))
    return `(a table of ${counted(Math.max(value.length - 1, 0), "row")}: run the formula alone to see it)`;
  if (isCard(value)) return "(a card: run the formula alone to see it)";
  return value as string | number | boolean;
}

/** The team library's client, loaded only when --library-url is given; a bad address is one line. */
async function connectTeam(team: { url: string; token: string }) {
  // Loaded only when asked for (require: the CLI compiles to CommonJS), so a formula without it starts fast.
  const { TeamClient } = require("../team/client") as typeof import("../team/client");
  try {
    return new TeamClient(team.url, team.token);
  } catch (error) {
    return (error as Error).message;
  }
}

export async function main(argv: string[]): Promise<number> {
  const command = parseFxArgs(argv);
  const width = outputWidth(process.stdout, process.env);
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
  const library = new Library([{ report, origin: "bundled" }]);
  const added = await addReportFiles(library, {
    reportFile: command.reportFile,
    libraryDir: command.libraryDir,
    draft: command.draft,
    keepBoth: command.keepBoth,
    withoutOrphans: command.withoutOrphans,
  });
  if (!added.ok) {
    process.stderr.write(added.message);
    return 2;
  }
  for (const line of added.notes) process.stderr.write(`${line}\n`);
  if (command.kind === "help") {
    // The help reads the functions' JSDoc with TypeScript: loaded only for --help, so a formula starts fast.
    const { formatHelp, readFunctionDocs } = require("./help") as typeof import("./help");
    process.stdout.write(`${formatHelp(await readFunctionDocs(), width, library.list())}\n`);
    return 0;
  }
  const runtime = new FunctionRuntime(library);
  if (command.team) {
    const team = await connectTeam(command.team);
    if (typeof team === "string") {
      process.stderr.write(`fx: ${team}\n`);
      return 2;
    }
    runtime.team = team;
  }
  const functions = createFunctions(runtime);
  const note = added.drafts.length > 0 ? unreviewedNote(added.drafts) : undefined;
  if (note) process.stderr.write(`${note}\n`);
  // The note under a table or value printed for people; JSON and CSV stay machine-readable (the note is on stderr).
  const footnote = note && command.output === "text" ? `\nNote: ${note}\n` : "";

  if (command.batch) {
    const batch = readBatch(command.batch);
    if (!batch.ok) {
      process.stderr.write(batch.message);
      return 2;
    }
    const formulas = batchFormulas(batch.text);
    if (formulas.length === 0) {
      process.stderr.write(`fx: ${command.batch === "-" ? "stdin" : command.batch} holds no formula.\n`);
      return 2;
    }
    const results: Array<{ formula: string; result: Evaluation }> = [];
    for (const formula of formulas) results.push({ formula, result: await settled(evaluateFormula(formula, functions)) });
    const table = [["formula", "value"], ...results.map(({ formula, result }) => [formula, batchCell(result)])];
    if (command.output === "json") process.stdout.write(`${JSON.stringify(table)}\n`);
    else if (command.output === "csv") process.stdout.write(valueAsCsv(table));
    else process.stdout.write(`${formatTable(table, { width })}\n${footnote}`);
    if (results.some(({ result }) => result.kind === "syntax")) return 2;
    return results.some(({ result }) => result.kind === "error") ? 1 : 0;
  }

  const result = await settled(evaluateFormula(command.formula, functions));
  switch (result.kind) {
    case "syntax":
      process.stderr.write(`${result.message}\n`);
      return 2;
    case "error":
      if (command.output === "json")
        process.stdout.write(`${JSON.stringify({ error: result.error.code, message: result.error.message ?? "" })}\n`);
      else process.stdout.write(`${result.error.code} ${result.error.message ?? ""}\n${footnote}`);
      return 1;
    case "value":
      if (command.output === "json") process.stdout.write(`${JSON.stringify(result.value)}\n`);
      else if (command.output === "csv") process.stdout.write(valueAsCsv(result.value));
      else process.stdout.write(`${describeValue(result.value, width)}\n${footnote}`);
      return 0;
  }
  return 2; // unreachable: every kind of evaluation is answered above
}

if (require.main === module) runCommand("fx", main);
