/**
 * The built task pane at task-pane width (350 x 800 and 320 x 800) in real headless Chromium with
 * office.js really loaded: the first fact on screen without scrolling, no sideways scroll, one row
 * of tabs and of actions, keyboard focus kept on something meaningful after every action, the
 * tabs and the "More actions" menu by the WAI-ARIA patterns, every disabled control saying why,
 * search folding and its offers, and axe-core in every section. One browser and one page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describeInBrowser } from "../support/browser";
import { rootDir } from "../support/dist";
import { servedPaneInChromium } from "../support/served-build";
import { secondReport } from "../fixtures/second-report/build";

const WIDTHS = [350, 320] as const;
const HEIGHT = 800;

describeInBrowser("the task pane at task-pane width, by keyboard and by eye", () => {
  const pane = servedPaneInChromium({ width: WIDTHS[0], height: HEIGHT });
  const pageErrors = pane.pageErrors;
  let page: Page;

  beforeAll(async () => {
    page = pane.page;
    await page.waitForFunction(() => document.getElementById("host-note")?.textContent?.startsWith("Open this pane"));
  });

  const tab = (name: string) => page.getByRole("tab", { name: new RegExp(`^${name}`) });
  const searchBox = () => page.getByRole("searchbox", { name: "Search the report" });
  /** What has keyboard focus: never the page itself. */
  const focused = () =>
    page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return {
        tag: active?.tagName ?? "",
        role: active?.getAttribute("role") ?? "",
        id: active?.id ?? "",
        text: (active?.textContent ?? "").trim().slice(0, 80),
        record: active?.closest("[data-id]")?.getAttribute("data-id") ?? "",
        selected: active?.getAttribute("aria-selected") ?? "",
      };
    });
  const showSection = async (name: string) => {
    await tab(name).click();
    await expect(tab(name).getAttribute("aria-selected")).resolves.toBe("true");
  };

  describe.each(WIDTHS)("at %i x 800", (width) => {
    beforeAll(async () => {
      await page.setViewportSize({ width, height: HEIGHT });
      await searchBox().fill("");
      await showSection("Figures");
      await page.evaluate(() => window.scrollTo(0, 0));
    });

    it("shows the first fact whole, without scrolling", async () => {
      const box = await page.locator(".item").first().boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThan(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
      // Measured: about 242 px (the first fact was at 560 px at 350 wide, 594 at 320, before this layout).
      expect(box!.y).toBeLessThan(320);
    });

    it("never scrolls sideways: not the page, not the panel", async () => {
      const widths = await page.evaluate(() => {
        const page = document.scrollingElement!;
        const panel = document.getElementById("panel")!;
        return [page.scrollWidth, page.clientWidth, panel.scrollWidth, panel.clientWidth];
      });
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
      expect(widths[2]).toBeLessThanOrEqual(widths[3]!);
    });

    it("puts the tabs on one row, with their counts, and the actions on one row", async () => {
      const rows = await page.evaluate(() => ({
        tabTops: [...document.querySelectorAll("[role=tab]")].map((t) => Math.round(t.getBoundingClientRect().top)),
        tabList: document.querySelector("[role=tablist]")!.getBoundingClientRect().height,
        actionTops: [...document.querySelectorAll(".actions > *")].map((a) => Math.round(a.getBoundingClientRect().top)),
      }));
      expect(rows.tabTops).toHaveLength(6);
      expect(new Set(rows.tabTops).size).toBe(1);
      expect(rows.tabList).toBeLessThan(48);
      expect(new Set(rows.actionTops).size).toBe(1);
      await expect(tab("Figures").textContent()).resolves.toBe("Figures 12");
      await expect(tab("People & groups").textContent()).resolves.toBe("People & groups 28");
    });

    it("keeps the title, the search and the tabs on screen while the list scrolls", async () => {
      await page.locator("#panel").evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
      expect(await page.locator("#panel").evaluate((panel) => panel.scrollTop)).toBeGreaterThan(500);
      for (const locator of [page.locator("#report-title"), searchBox(), tab("Figures")]) {
        const box = await locator.boundingBox();
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
      }
      await page.locator("#panel").evaluate((panel) => panel.scrollTo(0, 0));
    });

    it("has no serious or critical accessibility violations in any section, the source view and the open menu (axe-core)", async () => {
      const axe = readFileSync(join(rootDir, "node_modules", "axe-core", "axe.min.js"), "utf8");
      await page.evaluate(axe);
      const check = async (what: string) => {
        const violations = (await page.evaluate(() =>
          (
            window as unknown as {
              axe: {
                run: (
                  d: Document,
                  o: object,
                ) => Promise<{ violations: Array<{ impact: string; id: string; nodes: Array<{ target: string[] }> }> }>;
              };
            }
          ).axe
            .run(document, { resultTypes: ["violations"] })
            .then((r) =>
              r.violations
                .filter((v) => v.impact === "serious" || v.impact === "critical")
                .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
            ),
        )) as string[];
        expect([what, violations]).toEqual([what, []]);
      };
      for (const section of ["Figures", "Statements", "Timeline", "People & groups", "Source", "Reports"]) {
        await showSection(section);
        await check(section);
      }
      await showSection("Figures");
      await page.locator(".item").first().click();
      await check("source view of a figure");
      await page.getByRole("button", { name: /Back to Figures/ }).click();
      await page.getByRole("button", { name: "More actions" }).click();
      const menu = await page.getByRole("menu").boundingBox();
      expect(menu!.x).toBeGreaterThanOrEqual(0);
      expect(menu!.x + menu!.width).toBeLessThanOrEqual(width);
      expect(menu!.y + menu!.height).toBeLessThanOrEqual(HEIGHT);
      await check("More actions menu open");
      await page.keyboard.press("Escape");

      // Office's dark theme, as theme.ts applies what Office.context.officeTheme gives: every view stays readable.
      await page.evaluate(() => {
        const root = document.documentElement;
        const colours = {
          "--surface": "#1f1f1f",
          "--text": "#ffffff",
          "--control-surface": "#292929",
          "--control-text": "#ffffff",
        };
        for (const [name, value] of Object.entries(colours)) root.style.setProperty(name, value);
        root.dataset.theme = "dark";
      });
      try {
        for (const section of ["Figures", "Statements"]) {
          await showSection(section);
          await check(`${section}, dark theme`);
        }
        await showSection("Figures");
        await searchBox().fill("2750");
        await page.locator(".item").first().click();
        await check("source view of a figure, with a search, dark theme");
        await page.getByRole("button", { name: /Back to Figures/ }).click();
      } finally {
        await searchBox().fill("");
        await page.evaluate(() => {
          document.documentElement.removeAttribute("style");
          delete document.documentElement.dataset.theme;
        });
      }
    });
  });

  describe("by keyboard (320 x 800)", () => {
    beforeAll(async () => {
      await page.setViewportSize({ width: 320, height: HEIGHT });
      await searchBox().fill("");
      await showSection("Figures");
    });

    it("moves through the tabs with the arrows, Home and End, selecting as it goes (roving tabindex)", async () => {
      await tab("Figures").focus();
      const steps: Array<[string, string]> = [
        ["ArrowRight", "Statements"],
        ["ArrowRight", "Timeline"],
        ["End", "Reports"],
        ["ArrowRight", "Figures"],
        ["ArrowLeft", "Reports"],
        ["Home", "Figures"],
      ];
      for (const [key, expected] of steps) {
        await page.keyboard.press(key);
        const now = await focused();
        expect([key, now.role, now.text.startsWith(expected), now.selected]).toEqual([key, "tab", true, "true"]);
        const tabIndexes = await page.locator("[role=tab]").evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex));
        expect(tabIndexes.filter((i) => i === 0)).toHaveLength(1);
        await expect(tab(expected).getAttribute("aria-controls")).resolves.toBe("panel");
      }
      await expect(page.locator("#panel").getAttribute("aria-labelledby")).resolves.toBe("tab-figures");
    });

    it("opens an item's words with Enter, focus on them; Back returns to the item, focus on it", async () => {
      const gaza = page.locator("li[data-id='figure:gaza-strip-killed'] .item");
      await gaza.focus();
      await page.keyboard.press("Enter");
      await expect(tab("Source").getAttribute("aria-selected")).resolves.toBe("true");
      expect(await focused()).toMatchObject({ id: "source-current", text: "about 2,750" });
      // The fact's own words, within its sentence, lighter.
      await expect(page.locator("mark.current").allTextContents()).resolves.toEqual(["about 2,750"]);
      await expect(
        page
          .locator("mark.context, mark.current")
          .allTextContents()
          .then((t) => t.join("")),
      ).resolves.toBe("Meanwhile, about 2,750 people were killed in the Gaza Strip and more than 9,700 were injured.");
      const inView = await page.locator("#source-current").evaluate((mark) => {
        const box = mark.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);

      await page.keyboard.press("Shift+Tab");
      expect((await focused()).text).toBe("← Back to Figures");
      await page.keyboard.press("Enter");
      await expect(tab("Figures").getAttribute("aria-selected")).resolves.toBe("true");
      expect(await focused()).toMatchObject({ tag: "BUTTON", record: "figure:gaza-strip-killed" });
      await expect(gaza.getAttribute("aria-current")).resolves.toBe("true");
      const box = await gaza.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);

      // Escape in the source view goes back too.
      await page.keyboard.press("Enter");
      expect((await focused()).id).toBe("source-current");
      await page.keyboard.press("Escape");
      expect(await focused()).toMatchObject({ record: "figure:gaza-strip-killed" });
    });

    it("runs the More actions menu as a WAI-ARIA menu button", async () => {
      const button = page.getByRole("button", { name: "More actions" });
      const menu = page.getByRole("menu");
      await button.focus();
      await page.keyboard.press("ArrowDown");
      await expect(menu.isVisible()).resolves.toBe(true);
      await expect(button.getAttribute("aria-expanded")).resolves.toBe("true");
      const walk: Array<[string, string]> = [
        ["ArrowDown", "Cross-reference selection"],
        ["End", "Restore formulas"],
        ["ArrowDown", "Chart casualties"],
        ["ArrowUp", "Restore formulas"],
        ["Home", "Chart casualties"],
      ];
      expect(await focused()).toMatchObject({ role: "menuitem", text: "Chart casualties" });
      for (const [key, expected] of walk) {
        await page.keyboard.press(key);
        expect([key, await focused()]).toEqual([key, expect.objectContaining({ role: "menuitem", text: expected })]);
      }
      // A disabled item says why and does nothing.
      await page.keyboard.press("Enter");
      await expect(menu.isVisible()).resolves.toBe(true);
      await page.keyboard.press("Escape");
      await expect(menu.isVisible()).resolves.toBe(false);
      await expect(button.getAttribute("aria-expanded")).resolves.toBe("false");
      expect((await focused()).id).toBe("more-actions-button");
      for (const key of ["Enter", " "]) {
        await page.keyboard.press(key);
        expect([key, await focused()]).toEqual([key, expect.objectContaining({ role: "menuitem", text: "Chart casualties" })]);
        await page.keyboard.press("Escape");
      }
      await page.keyboard.press("ArrowUp");
      expect(await focused()).toMatchObject({ role: "menuitem", text: "Restore formulas" });
      await page.keyboard.press("Escape");
    });

    it("downloads the workbook from the menu by keyboard, focus back on the menu button", async () => {
      // The status line is one live region for the pane's life, its text changed in place (so it is announced).
      await page.evaluate(() => {
        (window as unknown as { liveRegion: Element | null }).liveRegion = document.querySelector("[role=status]");
      });
      await page.getByRole("button", { name: "More actions" }).focus();
      await page.keyboard.press("Enter");
      for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
      expect((await focused()).text).toBe("Download workbook");
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      expect(download.suggestedFilename()).toBe("report.xlsx");
      await expect(page.getByRole("menu").isVisible()).resolves.toBe(false);
      expect((await focused()).id).toBe("more-actions-button");
      await page.waitForFunction(() => document.querySelector(".status")?.textContent?.startsWith("report.xlsx"));
      expect((await focused()).id).toBe("more-actions-button");
      const live = await page.evaluate(() => {
        const regions = document.querySelectorAll("[role=status]");
        const kept = (window as unknown as { liveRegion: Element | null }).liveRegion;
        return { count: regions.length, same: regions[0] === kept, text: regions[0]?.textContent ?? "" };
      });
      expect(live).toEqual({ count: 1, same: true, text: expect.stringMatching(/^report\.xlsx was handed to the browser/) });
    });

    it("explains every disabled control, and keeps it focusable", async () => {
      expect(await page.locator("button:disabled, input:disabled").count()).toBe(0);
      let formulaButtons = 0;
      for (const section of ["Figures", "Statements", "Source"]) {
        await showSection(section);
        const described = await page.locator("[aria-disabled='true']").evaluateAll((controls) =>
          controls.map((c) => {
            const ids = (c.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
            return {
              name: (c.getAttribute("aria-label") ?? c.textContent ?? "").trim(),
              why: ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
              tooltip: c.getAttribute("title") ?? "",
              dimmed: Number(getComputedStyle(c).opacity) < 1,
            };
          }),
        );
        for (const control of described) {
          expect(control.why).toMatch(/^(Open this pane in Excel|The Source section has no table)/);
          expect(control.tooltip).toBe(control.why);
          expect(control.dimmed).toBe(true);
        }
        formulaButtons += described.filter((c) => c.name.startsWith("Insert formula")).length;
        if (section === "Source") {
          expect(described.find((c) => c.name === "Insert as table")?.why).toMatch(/^The Source section has no table/);
        }
      }
      expect(formulaButtons).toBe(31);
      await expect(page.locator("#host-note").textContent()).resolves.toMatch(/^Open this pane in Excel to insert/);
    });
  });

  describe("search (320 x 800)", () => {
    beforeAll(async () => {
      await showSection("Figures");
    });
    afterAll(async () => {
      await searchBox().fill("");
    });

    it.each(["2750", "2,750"])("finds the Gaza toll by '%s' and marks it", async (query) => {
      await searchBox().fill(query);
      await expect(tab("Figures").textContent()).resolves.toBe("Figures 2");
      await expect(page.locator("li[data-id='figure:gaza-strip-killed'] mark.hit").allTextContents()).resolves.toContain("2,750");
      expect((await focused()).id).toBe("search");
    });

    it("finds Khamenei's statements by the possessive, and offers the sections that have hits", async () => {
      await searchBox().fill("Khamenei's");
      await expect(tab("Figures").textContent()).resolves.toBe("Figures 0");
      await expect(tab("Statements").textContent()).resolves.toBe("Statements 3");
      await expect(page.locator(".empty").textContent()).resolves.toMatch(
        /^Nothing in Figures matches “Khamenei's”\. Other sections do/,
      );
      const offer = page.getByRole("button", { name: "Show Statements (3)" });
      await expect(page.getByRole("button", { name: "Show People & groups (1)" }).count()).resolves.toBe(1);
      await offer.focus();
      await page.keyboard.press("Enter");
      await expect(tab("Statements").getAttribute("aria-selected")).resolves.toBe("true");
      expect(await focused()).toMatchObject({ role: "tab", selected: "true", text: "Statements 3" });
      const marks = await page.locator("#panel mark.hit").allTextContents();
      expect(marks.length).toBeGreaterThan(2);
      expect(new Set(marks.map((m) => m.replace(/[’']s$/, "")))).toEqual(new Set(["Khamenei"]));
    });

    it("folds plurals and diacritics", async () => {
      await showSection("Figures");
      await searchBox().fill("hostage");
      await expect(tab("Figures").textContent()).resolves.toBe("Figures 1");
      await expect(page.locator("#panel mark.hit").first().textContent()).resolves.toMatch(/^hostages$/i);
      await showSection("People & groups");
      await searchBox().fill("Khamenéi");
      await expect(tab("People & groups").textContent()).resolves.toBe("People & groups 1");
    });

    it("says when no section has a hit", async () => {
      await showSection("Figures");
      await searchBox().fill("zzzz");
      await expect(page.locator(".empty").textContent()).resolves.toMatch(/Nor does any other section\.$/);
      await expect(page.locator("#panel button").count()).resolves.toBe(0);
    });
  });

  describe("the shown report (350 x 800)", () => {
    it("shows People's type once ('State', not 'State · state')", async () => {
      await page.setViewportSize({ width: 350, height: HEIGHT });
      await searchBox().fill("");
      await showSection("People & groups");
      const iran = await page.locator("li[data-id='actor:iran']").textContent();
      expect(iran).not.toMatch(/state · state/i);
      expect(iran!.match(/state/gi)).toHaveLength(1);
    });

    it("keeps the header's title and counts with the report shown; Show puts focus on the Figures tab", async () => {
      const bundledTitle = await page.locator("#report-title").textContent();
      await showSection("Reports");
      const report = secondReport();
      await page.locator("#report-file").setInputFiles({
        name: "second.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(report)),
      });
      await page.waitForFunction((title) => document.getElementById("report-title")?.textContent === title, report.source.title);
      // The second report's counts, each noun in its number ("1 event", not "1 events").
      expect([report.figures.length, report.statements.length, report.events.length]).toEqual([4, 2, 1]);
      await expect(page.locator("#report-subtitle").textContent()).resolves.toBe(
        `4 figures · 2 statements · 1 event · ${report.actors.length} people and groups`,
      );
      await showSection("Reports");
      const show = page.locator(`li[data-id='${report.source.id.replace(/'/g, "\\'")}']`).getByRole("button", { name: "Shown" });
      await expect(show.getAttribute("aria-disabled")).resolves.toBe("true");
      const bundledShow = page.locator("li.report").first().getByRole("button", { name: "Show", exact: true });
      await bundledShow.focus();
      await page.keyboard.press("Enter");
      await expect(page.locator("#report-title").textContent()).resolves.toBe(bundledTitle);
      // Show opens the report at its Figures: focus on that tab.
      expect((await focused()).id).toBe("tab-figures");
      expect(pageErrors).toEqual([]);
    });

    it("offers Chart across reports under each figure once the library holds another report, with its reason outside Excel", async () => {
      await showSection("Figures");
      const charts = page.getByRole("button", { name: /^Chart .* across reports$/ });
      const bundledFigures = await page.locator("#panel li[data-id^='figure:']").count();
      expect(bundledFigures).toBeGreaterThan(0);
      await expect(charts.count()).resolves.toBe(bundledFigures);
      await expect(
        page.getByRole("button", { name: "Chart Gaza Strip killed across reports" }).getAttribute("aria-disabled"),
      ).resolves.toBe("true");
      expect(pageErrors).toEqual([]);
    });
  });
});
