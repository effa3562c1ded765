/** The Casualties sheet has a column for every casualty measure the report gives: a flood report keeps missing and displaced. */
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toCsv } from "../../src/export/csv";
import { exportSections } from "../../src/export/sections";
import { buildWorkbook } from "../../src/export/xlsx";
import { extractDraft } from "../../src/extract";
import { acceptDraft, type Decisions } from "../../src/model/draft";
import { openReport } from "../../src/query";
import { bundled } from "../support/bundled";

const article = readFileSync(join(__dirname, "..", "extract", "articles", "floods-punjab.txt"), "utf8");
const draft = extractDraft(article, { published: "2025-07-15", title: "Floods in Pakistan" });
const decisions: Decisions = Object.fromEntries(
  [...draft.figures.filter((f) => f.subject), ...draft.actors, ...draft.places].map((x) => [
    x.id,
    { status: "accepted" as const },
  ]),
);
const flood = openReport(acceptDraft(draft, decisions).report);
const casualtiesOf = (r: typeof flood) => exportSections(r).find((s) => s.sheet === "Casualties")!.table;

describe("the Casualties sheet", () => {
  it("has missing and displaced for a flood report that gives them, beside killed and injured", () => {
    const given = new Set(flood.report.figures.map((f) => f.measure));
    expect([...given]).toEqual(expect.arrayContaining(["killed", "injured", "missing", "displaced"]));
    const table = casualtiesOf(flood);
    expect(table.header.slice(0, 5)).toEqual(["place", "killed", "injured", "missing", "displaced"]);
    expect(table.header).not.toContain("hostages");
    const missing = flood.report.figures.find((f) => f.measure === "missing")!;
    const row = table.rows.find((r) => r[0] === flood.subjectsById.get(missing.subject.id)!.name)!;
    expect(row[table.header.indexOf("missing")]).toBe(missing.value.best);
    // A place without a figure for a measure is blank, never 0.
    expect(row[table.header.indexOf("displaced")]).toBe("");
    const [, hxl] = parse(toCsv(table, { hxl: true })) as string[][];
    expect(hxl!.slice(3, 5)).toEqual(["#affected+missing+num", "#affected+displaced+num"]);
  });

  it("carries the same columns in the workbook; the bundled report keeps killed, injured and hostages", async () => {
    const book = buildWorkbook(ExcelJS, flood);
    const header = (book.getWorksheet("Casualties")!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(casualtiesOf(flood).header);
    expect(casualtiesOf(bundled).header.slice(1, 4)).toEqual(["killed", "injured", "hostages"]);
    // A report with no statements (none was accepted) exports its Statements sheet as a header alone.
    expect(book.getWorksheet("Statements")!.rowCount).toBe(1);
  });
});
