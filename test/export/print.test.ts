/**
 * The exported workbook as people read and print it: rendered by LibreOffice to PDF and read back with pdftotext,
 * no cell shows ### and every date prints whole; each sheet prints landscape, one page wide, header row repeated,
 * with a footer giving the report's title and the page.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exportReport } from "../../src/cli/export";
import { report } from "../../src/dataset/report";
import { openReport } from "../../src/query";
import { describeWithLibreOffice, sofficePath } from "../support/libreoffice";

jest.setTimeout(180_000);
const open = openReport(report);

async function exported(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "print-"));
  await exportReport(open, dir);
  return join(dir, "report.xlsx");
}

describeWithLibreOffice("report.xlsx in print", () => {
  it("renders to PDF with no ### and every date whole", async () => {
    const xlsx = await exported();
    const out = mkdtempSync(join(tmpdir(), "print-pdf-"));
    execFileSync(
      sofficePath!,
      [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "pdf", "--outdir", out, xlsx],
      { stdio: "ignore", timeout: 120_000 },
    );
    const pdf = join(
      out,
      readdirSync(out).find((f) => f.endsWith(".pdf"))!,
    );
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("2,750"); // numbers print with thousands separators
    expect(text).not.toMatch(/###/);
    // Each event date of the report prints as yyyy-mm-dd in full (a clipped date loses its end).
    const dates = [...new Set(report.events.map((e) => e.date?.start ?? "").filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))];
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(text).toContain(date);
    // The footer: the title and "Page n of N" on every page.
    expect(text).toMatch(/Page 1 of \d+/);
  });
});

describe("report.xlsx print settings", () => {
  it("landscape, one page wide, the header row repeated, a footer with title and page; date columns wide enough", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await exported());
    for (const sheet of workbook.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.headerFooter.oddFooter).toMatch(/&RPage &P of &N$/);
      if (sheet.name !== "About") expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    }
    const timeline = workbook.getWorksheet("Timeline")!;
    const header = (timeline.getRow(1).values as unknown[]).slice(1);
    const dateColumn = header.findIndex((name) => name === "date") + 1;
    expect(timeline.getColumn(dateColumn).width).toBeGreaterThanOrEqual(12);
  });
});
