/**
 * The built taskpane.html carries the default report's first view (rendered at build by the pane's
 * own code): read with JavaScript off, it shows the bundled report's first figure, inert. With
 * JavaScript on, the page's script takes it over: no frame without the figure, the same text, no
 * duplicated content, and a live pane (a tab click works).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import type { Report } from "../../src/model/report";
import { describeInBrowser, gotoWithOfficeJs, routeOfficeJs } from "../support/browser";
import { rootDir } from "../support/dist";
import { servedBuildInChromium } from "../support/served-build";

const report = JSON.parse(readFileSync(join(rootDir, "data", "report.json"), "utf8")) as Report;
const first = report.figures[0]!;
const VIEWPORT = { width: 350, height: 800 };

/** The records of one kind in #app, by data-id, in order, once each (a record's item and its button may both carry it). */
const recordIds = (page: Page, kind: string) =>
  page
    .locator(`#app [data-id^='${kind}:']`)
    .evaluateAll((elements) => [...new Set(elements.map((e) => e.getAttribute("data-id")))]);

/** How many copies of a record #app holds (elements with its data-id inside no other with it). */
const copies = (page: Page, id: string) =>
  page
    .locator(`[data-id="${id}"]`)
    .evaluateAll(
      (elements) => elements.filter((e) => !e.parentElement?.closest(`[data-id="${e.getAttribute("data-id")}"]`)).length,
    );

/**
 * Before the page's scripts: from the first frame with text until the explorer is ready, whether each frame showed
 * the first figure and whether the document was parsed by then (a frame may paint a partly parsed page, the header
 * before the pane, under load: that is the parser's progress, not the script's).
 */
function watchFrames(figureId: string) {
  const frames: Array<{ shown: boolean; parsed: boolean }> = [];
  (window as unknown as { __frames: typeof frames }).__frames = frames;
  const frame = () => {
    if (performance.getEntriesByName("report:explorer-ready").length > 0) return;
    if (document.body && document.body.textContent!.trim() !== "") {
      const figure = document.querySelector(`#app [data-id="${figureId}"]`);
      const box = figure?.getBoundingClientRect();
      frames.push({ shown: !!box && box.height > 0 && box.top < window.innerHeight, parsed: document.readyState !== "loading" });
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

describeInBrowser("the prerendered task pane", () => {
  const chromium = servedBuildInChromium();

  describe("before any script runs (JavaScript off)", () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
      page = await context.newPage();
      await routeOfficeJs(page);
      await page.goto(`${chromium.server.url}/taskpane.html`, { waitUntil: "load" });
    });

    afterAll(() => context?.close());

    it("shows the bundled report's title and first figure, in its own words, in the first viewport", async () => {
      await expect(page.locator("#report-title").textContent()).resolves.toBe(report.source.title);
      const figure = page.locator(`#app [data-id="${first.id}"]`).first();
      const text = await figure.textContent();
      expect(text).toContain(first.valueText.exact);
      expect(text).toContain(first.measure);
      const box = await figure.boundingBox();
      expect(box!.height).toBeGreaterThan(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORT.height);
      await expect(page.locator("#app").textContent()).resolves.not.toContain("Loading the report");
    });

    it("lists every figure of the report once, and the section tabs", async () => {
      await expect(recordIds(page, "figure")).resolves.toEqual(report.figures.map((f) => f.id));
      await expect(copies(page, first.id)).resolves.toBe(1);
      await expect(page.locator("#app [role=tab]").count()).resolves.toBeGreaterThan(1);
    });

    it("is inert until the script takes it over: nothing in it can be focused or clicked", async () => {
      await expect(page.locator("#app").getAttribute("inert")).resolves.toBe("");
      await expect(page.locator("#app").getAttribute("aria-busy")).resolves.toBe("true");
      // Tab from the top of the page: an inert pane offers nothing to focus.
      for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
      await expect(page.locator("#app :focus").count()).resolves.toBe(0);
      const tab = page.locator("#tab-statements");
      await expect(tab.click({ timeout: 500 })).rejects.toThrow();
      await expect(tab.getAttribute("aria-selected")).resolves.toBe("false");
    });
  });

  describe("after the script takes it over", () => {
    let page: Page;
    let prerendered: string;

    beforeAll(async () => {
      const off = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
      const offPage = await off.newPage();
      await routeOfficeJs(offPage);
      await offPage.goto(`${chromium.server.url}/taskpane.html`, { waitUntil: "load" });
      prerendered = (await offPage.locator("#panel").textContent())!;
      await off.close();

      page = await chromium.browser.newPage({ viewport: VIEWPORT });
      await page.addInitScript(watchFrames, first.id);
      await gotoWithOfficeJs(page, `${chromium.server.url}/taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName("report:explorer-ready").length > 0);
    });

    afterAll(() => page?.close());

    it("showed the first figure in every frame from the first one that showed it, and in every frame of the parsed page: no flash while the script took over", async () => {
      const frames = await page.evaluate(
        () => (window as unknown as { __frames: Array<{ shown: boolean; parsed: boolean }> }).__frames,
      );
      const firstShown = frames.findIndex((f) => f.shown);
      expect(firstShown).toBeGreaterThanOrEqual(0);
      const unshownAfter = frames.slice(firstShown).filter((f) => !f.shown);
      const unshownParsed = frames.filter((f) => f.parsed && !f.shown);
      expect({ unshownAfter, unshownParsed, frames: frames.length }).toEqual({
        unshownAfter: [],
        unshownParsed: [],
        frames: frames.length,
      });
    });

    it("replaces the prerendered pane with the same content, once: nothing duplicated", async () => {
      await expect(page.locator("#panel").textContent()).resolves.toBe(prerendered);
      await expect(copies(page, first.id)).resolves.toBe(1);
      await expect(recordIds(page, "figure")).resolves.toEqual(report.figures.map((f) => f.id));
      await expect(page.getByRole("tablist").count()).resolves.toBe(1);
      await expect(page.getByRole("searchbox").count()).resolves.toBe(1);
      await expect(page.locator("#app").getAttribute("inert")).resolves.toBeNull();
      await expect(page.locator("#app").getAttribute("aria-busy")).resolves.toBeNull();
    });

    it("is live: a click on a tab shows that section", async () => {
      await page.getByRole("tab", { name: /^Statements/ }).click();
      await expect(page.getByRole("tab", { name: /^Statements/ }).getAttribute("aria-selected")).resolves.toBe("true");
      const statements = await recordIds(page, "statement");
      expect(statements.sort()).toEqual(report.statements.map((s) => s.id).sort());
      await expect(copies(page, first.id)).resolves.toBe(0);
    });
  });
});
