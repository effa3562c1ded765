/**
 * `fx --help`: the usage, then every REPORT function as Excel shows it, read from the JSDoc of
 * src/functions/functions.ts by the same generator that writes the add-in's functions.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as ts from "typescript";
import type { LibraryEntry } from "../query";
import { COMBINED_MEASURES, MEASURES } from "../model/vocabulary";
import { wrapText } from "./wrap";

/** The JSDoc source, beside this file when run from src/, or from the compiled CLI (.cli-build/src/cli) at the root. */
export const FUNCTIONS_SOURCE = [
  join(__dirname, "..", "functions", "functions.ts"),
  join(__dirname, "..", "..", "..", "src", "functions", "functions.ts"),
].find((file) => existsSync(file))!;

export interface FunctionDoc {
  id: string;
  description: string;
  parameters: Array<{ name: string; description: string; optional: boolean }>;
  /** The `@example` of its JSDoc: formulas and what they give. */
  example: string;
}

interface MetadataFunction {
  id: string;
  description?: string;
  parameters: Array<{ name: string; description?: string; optional?: boolean }>;
}

/** `@example` by function id: functions.json has no examples, so they come from the same JSDoc blocks. */
function examplesById(source: string): Map<string, string> {
  const file = ts.createSourceFile(FUNCTIONS_SOURCE, source, ts.ScriptTarget.ES2020, true);
  const examples = new Map<string, string>();
  file.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node)) return;
    const tags = ts.getJSDocTags(node);
    const tagText = (name: string) => {
      const tag = tags.find((t) => t.tagName.text === name);
      return tag && (ts.getTextOfJSDocComment(tag.comment) ?? "").trim();
    };
    const id = tagText("customfunction");
    if (id === undefined) return;
    examples.set((id.split(/\s+/)[0] || node.name?.text || "").toUpperCase(), tagText("example") ?? "");
  });
  return examples;
}

/** The functions in the order functions.ts declares them; generation errors are thrown, every one listed. */
export async function readFunctionDocs(sourceFile: string = FUNCTIONS_SOURCE): Promise<FunctionDoc[]> {
  const generated = await generateCustomFunctionsMetadata(sourceFile, false);
  if (generated.errors.length > 0) throw new Error(`${sourceFile}:\n${generated.errors.join("\n")}`);
  const functions = (JSON.parse(generated.metadataJson) as { functions: MetadataFunction[] }).functions;
  const examples = examplesById(readFileSync(sourceFile, "utf8"));
  return functions.map((f) => ({
    id: f.id,
    description: f.description ?? "",
    parameters: f.parameters.map((p) => ({ name: p.name, description: p.description ?? "", optional: p.optional === true })),
    example: examples.get(f.id) ?? "",
  }));
}

export const OPTIONS: ReadonlyArray<readonly [string, string]> = [
  ["--json", 'The value as JSON: a number or a string, a table as a 2-D array, an error as {"error","message"}.'],
  [
    "--csv",
    "A table as RFC 4180 CSV (CRLF, quoted where needed, dates as YYYY-MM-DD, text that could run as a formula " +
      "neutralized with a leading apostrophe), for pipes and spreadsheets. A single value prints as a one-column " +
      'table headed "value", a card as its "property","value" rows.',
  ],
  ["--report <file.json>", "Add a report file (checked as an import is) and answer from it when a formula names no report."],
  ["--library <dir>", "Add every .json report in the folder; a formula picks one by its [report] argument."],
  [
    "--draft",
    "Answer from a draft file (what extract prints) although nobody has reviewed it; every answer then says so. " +
      "Without it a draft is refused (exit 2): review it first with npx report-data review <draft.json>.",
  ],
  ["--keep-both", "A report whose id is already loaded gets a new id (id-2) instead of being refused."],
  [
    "--without-orphans",
    "A report file whose edited text lost some quotes (orphans) is used without the records that stood on them; " +
      "stderr names what it dropped. Without it such a file is refused, with the count.",
  ],
  [
    "--file <formulas.txt>",
    "Evaluate every formula of the file (one a line, # comments) and print one table: formula, value. " +
      "A lone - reads the formulas from stdin.",
  ],
  ["-h, --help", "This help."],
];

/** A "term  description" list, descriptions wrapped beside the terms (under a term too long to sit beside). */
function definitionList(items: ReadonlyArray<readonly [string, string]>, width: number, indent: number): string[] {
  const termWidth = Math.min(Math.max(...items.map(([term]) => term.length)), Math.floor(width / 3));
  const margin = " ".repeat(indent + termWidth + 2);
  return items.flatMap(([term, text]) => {
    const lines = wrapText(text, width - margin.length);
    if (term.length > termWidth) return [" ".repeat(indent) + term, ...lines.map((line) => margin + line)];
    return [`${" ".repeat(indent)}${term.padEnd(termWidth)}  ${lines[0]}`, ...lines.slice(1).map((line) => margin + line)];
  });
}

const paragraph = (text: string, width: number, indent = 0) =>
  wrapText(text, width - indent).map((line) => " ".repeat(indent) + line);

/** "Example: " then each formula of the example (they are separated by "; =") on its own lines. */
function exampleLines(example: string, width: number): string[] {
  const label = "    Example: ";
  return example
    .split(/;\s*(?==)/)
    .flatMap((formula, i) =>
      wrapText(formula, width - label.length).map((line, j) => (i === 0 && j === 0 ? label : " ".repeat(label.length)) + line),
    );
}

/** `REPORT.FIGURES([where], [measure], [hxl], [report])` */
export const signature = (f: FunctionDoc): string =>
  `REPORT.${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;

/** Each name once, in the order first met. */
const unique = (names: Iterable<string>) => [...new Set(names)];

/**
 * What the reports in use can be asked about: the measures their figures give (and a combined one such as
 * "casualties" where a report gives all its parts), the places and groups their figures count, the people and
 * groups who speak in them.
 */
export function reportTerms(reports: readonly LibraryEntry[]): { measures: string[]; places: string[]; speakers: string[] } {
  const given = unique(reports.flatMap((e) => e.report.figures.map((f) => f.measure)));
  const order = (m: string) => {
    const at = (MEASURES as readonly string[]).indexOf(m);
    return at < 0 ? MEASURES.length : at;
  };
  const combined = Object.entries(COMBINED_MEASURES)
    .filter(([name, { parts }]) => !given.includes(name) && parts.every((p) => given.includes(p)))
    .map(([name, { parts }]) => `${name} (${parts.join(" and ")} together)`);
  return {
    measures: [...given.sort((a, b) => order(a) - order(b)), ...combined],
    places: unique(
      reports.flatMap((e) => e.report.figures.map((f) => e.open.subjectsById.get(f.subject.id)?.name ?? f.subject.id)),
    ),
    speakers: unique(reports.flatMap((e) => e.report.statements.map((s) => e.open.actorsById.get(s.speaker)?.name ?? s.speaker))),
  };
}

function termLines(reports: readonly LibraryEntry[], width: number): string[] {
  const { measures, places, speakers } = reportTerms(reports);
  const titles = reports.map((e) => e.report.source.title);
  const list = (names: readonly string[]) => (names.length > 0 ? names.join(", ") : "none");
  return [
    ...paragraph(`In the report${reports.length === 1 ? "" : "s"} in use (${titles.join("; ")}):`, width),
    ...definitionList(
      [
        ["Measures", list(measures)],
        ["Places and groups", list(places)],
        ["Speakers", `${list(speakers)} (a surname alone finds a person too)`],
      ],
      width,
      2,
    ),
  ];
}

/** The whole help text, at most `width` characters a line; `reports` are the reports in use, whose terms it lists. */
export function formatHelp(functions: readonly FunctionDoc[], width: number, reports: readonly LibraryEntry[] = []): string {
  const lines = [
    ...paragraph("Usage: npx report-data fx [options] ('<formula>' | --file <formulas.txt> | -)", width),
    "",
    ...paragraph(
      "Evaluates one REPORT formula with the add-in's own functions, on the bundled report (and any report given). " +
        'The leading = and the REPORT. prefix are optional: fx -- \'CASUALTIES("Gaza","killed")\'.',
      width,
    ),
    "",
    "Options:",
    ...definitionList(OPTIONS, width, 2),
    "",
    ...paragraph(
      "Tables fit the width of the terminal (COLUMNS when set, else the terminal's width, else 100 for a pipe): " +
        "aligned columns with long text wrapped inside them, or, when a table has too many long columns for the " +
        "width, one block a row. Dates print as YYYY-MM-DD.",
      width,
    ),
    "",
    ...paragraph(
      "Exit status: 0 a value; 1 an Excel error (#N/A, #VALUE!...), printed with its message; 2 a formula it cannot parse, a usage error, a file or folder it cannot read, or a draft without --draft; 3 a damaged bundled dataset. A batch exits with the worst of its formulas.",
      width,
    ),
    ...(reports.length > 0 ? ["", ...termLines(reports, width)] : []),
    "",
    ...paragraph(`Functions (${functions.length}, from the JSDoc of src/functions/functions.ts):`, width),
  ];
  for (const f of functions) {
    lines.push("", ...paragraph(signature(f), width, 2), ...paragraph(f.description, width, 4));
    if (f.parameters.length > 0)
      lines.push(
        ...definitionList(
          f.parameters.map((p) => [p.name, p.description] as const),
          width,
          4,
        ),
      );
    if (f.example) lines.push(...exampleLines(f.example, width));
  }
  return lines.join("\n");
}
