/**
 * The built task pane in real headless Chromium, outside Office (as `npm start` shows it on a
 * machine without Excel): every section renders the report, search filters, a click shows the
 * figure's words in the source, Excel actions are disabled (pane-layout.test.ts: layout, keyboard, axe).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { cspViolations, describeInBrowser } from "../support/browser";
import { rootDir } from "../support/dist";
import { servedPaneInChromium } from "../support/served-build";

describeInBrowser("the task pane in Chromium, outside Excel", () => {
  const cspMessages: string[] = [];
  const pane = servedPaneInChromium({ width: 380, height: 900 }, (page) =>
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) cspMessages.push(message.text());
    }),
  );
  const pageErrors = pane.pageErrors;
  let page: Page;

  beforeAll(async () => {
    page = pane.page;
    await page.waitForSelector("#host-note:not([hidden])");
    await page.waitForFunction(() => !document.getElementById("host-note")!.textContent!.startsWith("Connecting"));
  });

  const tab = (name: string) => page.getByRole("tab", { name: new RegExp(`^${name}`) });
  const items = (label: string) => page.getByRole("list", { name: label }).locator(".item");

  it("loads office.js itself, and Office reports no host (a plain browser)", async () => {
    expect(await page.evaluate(() => typeof Office.onReady)).toBe("function");
    expect(await page.evaluate(() => Office.onReady().then((info) => info.host))).toBeNull();
  });

  it("loads with no script error and no Content-Security-Policy violation, office.js's telemetry frame included", async () => {
    // office.js adds its hidden telemetry frame 3 s after start: wait for it, then look.
    await page.waitForSelector("iframe[src*='telemetryservice']", { state: "attached", timeout: 10_000 });
    await page.waitForTimeout(200);
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(cspMessages).toEqual([]);
  });

  it("says Excel actions need Excel, and disables them", async () => {
    await expect(page.locator("#host-note").textContent()).resolves.toMatch(/^Open this pane in Excel to insert tables/);
    expect(await page.getByRole("button", { name: "Insert as table" }).isDisabled()).toBe(true);
    for (const name of [
      "Chart casualties",
      "Cross-reference selection",
      "Source of active cell",
      "Insert every section",
      "Keep values for sharing",
      "Restore formulas",
    ]) {
      expect([name, await page.getByRole("menuitem", { name, includeHidden: true }).isDisabled()]).toEqual([name, true]);
    }
    expect(await page.getByRole("menuitem", { name: "Download workbook", includeHidden: true }).isDisabled()).toBe(false);
    expect(
      await page
        .getByRole("button", { name: /^Insert formula/ })
        .first()
        .isDisabled(),
    ).toBe(true);
  });

  it("lists every figure with its qualifier and attribution", async () => {
    await expect(items("Figures").count()).resolves.toBe(12);
    const gaza = await items("Figures").filter({ hasText: "Gaza Strip · killed" }).textContent();
    expect(gaza).toMatch(/about 2,750/);
    expect(gaza).toMatch(/Attributed to the Palestinian Health Ministry \(inferred\)/);
    await expect(items("Figures").filter({ hasText: "Israel · killed" }).textContent()).resolves.toMatch(/at least 1,400/);
  });

  it("shows statements with speaker, role, date, setting and kind", async () => {
    await tab("Statements").click();
    await expect(items("Statements").count()).resolves.toBe(19);
    const khamenei = await items("Statements").filter({ hasText: "will progress" }).textContent();
    expect(khamenei).toMatch(/Quote and paraphrase/);
    expect(khamenei).toMatch(/Ali Khamenei/);
    expect(khamenei).toMatch(/Supreme Leader of Iran · 14 October 2023 \(year inferred\) · unspecified/);
    await expect(items("Statements").filter({ hasText: "Telegram post" }).count()).resolves.toBe(1);
  });

  it("shows the timeline in date order and the people and groups", async () => {
    await tab("Timeline").click();
    await expect(items("Timeline").first().textContent()).resolves.toMatch(/^1979/);
    await tab("People & groups").click();
    await expect(items("People and groups").filter({ hasText: "Ismail Haniyeh" }).textContent()).resolves.toMatch(
      /Leader of Hamas/,
    );
  });

  it("filters every section at once as the user types, quote marks folded", async () => {
    await page.getByRole("searchbox", { name: "Search the report" }).fill("Israeli regime’s crimes");
    await expect(tab("Statements").textContent()).resolves.toBe("Statements 1");
    await expect(tab("Figures").textContent()).resolves.toBe("Figures 0");
    await page.getByRole("searchbox", { name: "Search the report" }).fill("");
    await expect(tab("Figures").textContent()).resolves.toBe("Figures 12");
  });

  it("shows a figure's words in the source view when clicked", async () => {
    await tab("Figures").click();
    await items("Figures").filter({ hasText: "Gaza Strip · killed" }).click();
    await expect(tab("Source").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("mark.current").allTextContents()).resolves.toEqual(["about 2,750"]);
    const sentence = await page.locator("mark.context, mark.current").allTextContents();
    expect(sentence.join("")).toBe(
      "Meanwhile, about 2,750 people were killed in the Gaza Strip and more than 9,700 were injured.",
    );
    const inView = await page
      .locator("mark.current")
      .first()
      .evaluate((mark) => {
        const box = mark.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
    expect(inView).toBe(true);
    await expect(page.locator("mark[data-ids~='figure:gaza-strip-killed']").textContent()).resolves.toBe("about 2,750");
    mkdirSync(join(rootDir, "test-results"), { recursive: true });
    await page.screenshot({ path: join(rootDir, "test-results", "taskpane-source.png") });
  });

  it("renders data as text, never as markup", async () => {
    const source = await page.locator("article.source").evaluate((el) => el.querySelectorAll("script, img, a").length);
    expect(source).toBe(0);
  });

  it("downloads the report as a workbook, outside Excel too", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page
        .getByRole("button", { name: "More actions" })
        .click()
        .then(() => page.getByRole("menuitem", { name: "Download workbook" }).click()),
    ]);
    expect(download.suggestedFilename()).toBe("report.xlsx");
    const file = join(rootDir, "test-results", "downloaded-report.xlsx");
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((s) => s.name)).toContain("Figures");
    expect(workbook.getWorksheet("Figures")!.getCell("C2").value).toBe(1400);
    await expect(page.locator(".status").textContent()).resolves.toMatch(/^report.xlsx was handed to the browser to save/);
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it("saves a screenshot of the pane", async () => {
    await page.getByRole("searchbox", { name: "Search the report" }).fill("");
    await tab("Figures").click();
    mkdirSync(join(rootDir, "test-results"), { recursive: true });
    const png = await page.screenshot({ path: join(rootDir, "test-results", "taskpane.png") });
    expect(png.length).toBeGreaterThan(10_000);
  });
});
