import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportReport } from "../../src/cli/export";
import { toCsv } from "../../src/export/csv";
import { cleanText, neutralize } from "../../src/export/neutralize";
import { exportSections } from "../../src/export/sections";
import { buildWorkbook } from "../../src/export/xlsx";
import { dateText, type Table } from "../../src/query";
import { bundled } from "../support/bundled";

const catalog = bundled.report;
import { describeWithLibreOffice, libreOfficeSheets } from "../support/libreoffice";

const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "\t=1+1",
  "\r=1+1",
  " =1+1",
  "\n=1+1",
  "＝1+1",
  "＋1+1",
];
/** Text with control characters, which neither format keeps. */
const CONTROLS = ["a\u0000b", "\u0007=1+1", "tab\tkept"];
const hostileTable: Table = { header: ["text", "n"], rows: [...HOSTILE, ...CONTROLS].map((text, i) => [text, i]) };
const records = (csv: string) => parse(csv, { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;

describe("neutralizing formulas (OWASP CSV injection)", () => {
  it("prefixes an apostrophe to text starting with =, +, -, @, tab or carriage return, after spaces or line feeds, full-width too", () => {
    expect(HOSTILE.map(neutralize)).toEqual(HOSTILE.map((text) => `'${text}`));
  });

  it("drops control characters, then neutralizes what is left", () => {
    expect(CONTROLS.map(neutralize)).toEqual(["ab", "'=1+1", "tab\tkept"]);
    expect(CONTROLS.map(cleanText)).toEqual(["ab", "=1+1", "tab\tkept"]);
  });

  it("leaves numbers and ordinary text alone", () => {
    expect([neutralize(-5), neutralize("about 2,750"), neutralize("")]).toEqual([-5, "about 2,750", ""]);
  });

  it("keeps every hostile string as text in the CSV", () => {
    const rows = records(toCsv(hostileTable));
    expect(rows.map((r) => r.text)).toEqual([...HOSTILE.map((text) => `'${text}`), "ab", "'=1+1", "tab\tkept"]);
    expect(toCsv(hostileTable)).not.toContain("\u0000");
  });
});

describe("the CSVs", () => {
  it("write dates as YYYY-MM-DD and blanks as empty, with an HXL row when asked", () => {
    const figures = exportSections(bundled).find((s) => s.file === "figures.csv")!;
    const [header, hxl, israel] = parse(toCsv(figures.table, { hxl: true })) as string[][];
    expect(header!.slice(0, 3)).toEqual(["subject", "measure", "value"]);
    expect(hxl!.slice(0, 3)).toEqual(["#adm1+name", "#indicator+name", "#indicator+value+num"]);
    expect(hxl![header!.indexOf("attributed to")]).toBe("#meta+source");
    expect(israel![header!.indexOf("date")]).toBe("2023-10-07");
    expect(israel![header!.indexOf("high")]).toBe("");
  });

  it("tag the casualties table as HXL's #affected", () => {
    const casualties = exportSections(bundled).find((s) => s.file === "casualties.csv")!;
    const [, hxl] = parse(toCsv(casualties.table, { hxl: true })) as string[][];
    expect(hxl!.slice(0, 4)).toEqual(["#adm1+name", "#affected+killed+num", "#affected+injured+num", "#affected+hostages+num"]);
  });
});

describe("npm run export", () => {
  const dir = mkdtempSync(join(tmpdir(), "export-"));
  let files: string[];
  beforeAll(async () => {
    files = await exportReport(bundled, dir);
  });

  it("writes report.xlsx and one CSV per section", () => {
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      "report.xlsx",
      "figures.csv",
      "casualties.csv",
      "statements.csv",
      "timeline.csv",
      "people-and-groups.csv",
      "places.csv",
      "source.csv",
      "report.json",
      "annotations.jsonld",
    ]);
    expect(records(readFileSync(join(dir, "statements.csv"), "utf8"))).toHaveLength(catalog.statements.length);
  });

  it("makes each section a real table with real dates and numbers, and an About sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "report.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "About",
      "Figures",
      "Casualties",
      "Statements",
      "Timeline",
      "People & groups",
      "Places",
      "Source",
    ]);
    const figures = workbook.getWorksheet("Figures")!;
    expect(Object.keys((figures as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["Figures"]);
    expect(figures.getCell("C2").value).toBe(1400);
    expect(figures.getCell("F2").value).toEqual(new Date(Date.UTC(2023, 9, 7)));
    expect(figures.getCell("D2").value).toBe("at least");
    expect(workbook.getWorksheet("About")!.getCell("A1").value).toMatch(/^Report Data/);
  });
});

describeWithLibreOffice("report.xlsx read back by LibreOffice", () => {
  let sheets: Map<string, string>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "export-lo-"));
    await exportReport(bundled, dir);
    sheets = libreOfficeSheets(join(dir, "report.xlsx"));
  }, 90_000);

  it("has every sheet", () => {
    expect([...sheets.keys()].sort()).toEqual(
      ["About", "Casualties", "Figures", "People & groups", "Places", "Source", "Statements", "Timeline"].sort(),
    );
  });

  it("keeps every figure's value, qualifier, attribution and date", () => {
    const rows = records(sheets.get("Figures")!);
    expect(rows).toHaveLength(catalog.figures.length);
    catalog.figures.forEach((figure, i) => {
      const row = rows[i]!;
      expect(Number(row.value!.replace(/,/g, ""))).toBe(figure.value.best);
      expect(row.qualifier).toBe(figure.qualifier);
      expect(row["as written"]).toBe(figure.valueText.exact);
      expect(row.evidence).toBe(figure.evidence.exact);
      expect(row.date).toBe(figure.date ? figure.date.start.padEnd(10, "-01").slice(0, 10) : "");
    });
  });

  it("keeps every statement's words and quote marks, straight and typographic", () => {
    const rows = records(sheets.get("Statements")!);
    expect(rows.map((r) => r.text)).toEqual(catalog.statements.map((s) => s.text.exact));
    expect(rows.find((r) => r.id === "statement:khamenei-complete-victory")!.text).toContain("“will progress");
  });

  it("keeps every event's dates, as real dates", () => {
    const rows = records(sheets.get("Timeline")!);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const event of catalog.events) {
      const row = byId.get(event.id)!;
      expect([event.id, row.date]).toEqual([event.id, event.date ? event.date.start.padEnd(10, "-01").slice(0, 10) : ""]);
      // A date known only as a bound reads "after 2023-10-07": the day is its start.
      if (event.date?.precision === "day")
        expect(
          dateText(event.date)
            .replace(/^after /, "")
            .startsWith(row.date!),
        ).toBe(true);
    }
  });

  it("keeps the report's text whole", () => {
    const text = records(sheets.get("Source")!)
      .map((r) => r.text)
      .join("\n");
    expect(text).toBe(catalog.source.text.replace(/\n+$/, ""));
  });

  it("stores text as it is: text cells, never formulas, with no apostrophe to show", async () => {
    const workbook = buildWorkbook(ExcelJS, bundled, [
      { sheet: "Hostile", tableName: "Hostile", file: "hostile.csv", table: hostileTable },
    ]);
    const sheet = workbook.getWorksheet("Hostile")!;
    const texts = [...HOSTILE, ...CONTROLS].map((_, i) => sheet.getCell(i + 2, 1).value);
    expect(texts).toEqual([...HOSTILE, "ab", "=1+1", "tab\tkept"]);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const { type, formula } = reread.getWorksheet("Hostile")!.getCell(2, 1);
    expect([type, formula]).toEqual([ExcelJS.ValueType.String, undefined]);
  });

  it("shows hostile strings as text, never as formulas", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hostile-"));
    const file = join(dir, "hostile.xlsx");
    await buildWorkbook(ExcelJS, bundled, [
      { sheet: "Hostile", tableName: "Hostile", file: "hostile.csv", table: hostileTable },
    ]).xlsx.writeFile(file);
    const rows = records(libreOfficeSheets(file).get("Hostile")!);
    // XML stores a carriage return as a line feed; the cell is text either way, and shows no apostrophe.
    expect(rows.map((r) => r.text)).toEqual([...HOSTILE, "ab", "=1+1", "tab\tkept"].map((text) => text.replace(/\r/g, "\n")));
  }, 60_000);
});
