/**
 * The search in the source view, in the built task pane at 350 x 800 in real headless Chromium with office.js
 * really loaded: a user who searched opens an item's words and finds the words they searched for marked in the
 * report's text (`mark.hit`, as in the list), inside the facts' marks, with focus on the selected words; the view's
 * description says how many; axe-core finds no serious or critical violation in the view with its marks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describeInBrowser } from "../support/browser";
import { rootDir } from "../support/dist";
import { servedPaneInChromium } from "../support/served-build";

type AxeResult = { violations: Array<{ impact: string; id: string; nodes: Array<{ target: string[] }> }> };

describeInBrowser("the search's words in the source view", () => {
  const pane = servedPaneInChromium({ width: 350, height: 800 });
  const pageErrors = pane.pageErrors;
  let page: Page;

  beforeAll(async () => {
    page = pane.page;
    await page.waitForFunction(() => document.getElementById("host-note")?.textContent?.startsWith("Open this pane"));
  });

  const searchBox = () => page.getByRole("searchbox", { name: "Search the report" });
  const tab = (name: string) => page.getByRole("tab", { name: new RegExp(`^${name}`) });
  const description = () => page.locator(".source > .item-meta").textContent();
  /** Serious and critical violations axe-core finds in the page. */
  const axeViolations = async () => {
    await page.evaluate(readFileSync(join(rootDir, "node_modules", "axe-core", "axe.min.js"), "utf8"));
    return page.evaluate(() =>
      (window as unknown as { axe: { run: (d: Document, o: object) => Promise<AxeResult> } }).axe
        .run(document, { resultTypes: ["violations"] })
        .then((r) =>
          r.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        ),
    );
  };

  it("marks the searched number inside the opened figure's words, with focus on them", async () => {
    await tab("Figures").click();
    await searchBox().fill("2750");
    await page.locator("li[data-id='figure:gaza-strip-killed'] .item").click();
    await expect(tab("Source").getAttribute("aria-selected")).resolves.toBe("true");
    const current = page.locator("#source-current");
    await expect(current.textContent()).resolves.toBe("about 2,750");
    await expect(current.locator("mark.hit").allTextContents()).resolves.toEqual(["2,750"]);
    await expect(page.locator("#panel mark.hit").count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("source-current");
    await expect(description()).resolves.toMatch(/; also marked: 1 word the search finds\.$/);
  });

  it("shows a hit inside the selected words apart from them: its own background and an underline", async () => {
    const look = await page.locator("#source-current mark.hit").evaluate((hit) => {
      const own = getComputedStyle(hit);
      return {
        background: own.backgroundColor,
        around: getComputedStyle(hit.parentElement!).backgroundColor,
        underline: own.textDecorationLine,
      };
    });
    expect(look.background).not.toBe(look.around);
    expect(look.underline).toBe("underline");
    const listHit = await page.evaluate(() => {
      const probe = document.createElement("mark");
      probe.className = "hit";
      document.body.append(probe);
      const background = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return background;
    });
    expect(look.background).toBe(listHit);
  });

  it('marks every Khamenei, possessive folded, when a statement found by "Khamenei\'s" is opened', async () => {
    await page.getByRole("button", { name: /Back to Figures/ }).click();
    await searchBox().fill("Khamenei's");
    await tab("Statements").click();
    await page.locator("#panel li[data-id^='statement:khamenei'] .item").first().click();
    await expect(tab("Source").getAttribute("aria-selected")).resolves.toBe("true");
    const marks = await page.locator("#panel mark.hit").allTextContents();
    const written = await page.locator(".source").evaluate((source) => source.textContent!.match(/Khamenei/g)!.length);
    expect(marks).toEqual(Array(written).fill("Khamenei"));
    await expect(description()).resolves.toMatch(new RegExp(`; also marked: ${written} words the search finds\\.$`));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("source-current");
  });

  it("has no serious or critical accessibility violation in the source view with its marks (axe-core)", async () => {
    await searchBox().fill("2750 Gaza killed Khamenei");
    await tab("Figures").click();
    await tab("Source").click();
    await expect(page.locator("#panel mark.hit").count()).resolves.toBeGreaterThan(5);
    expect(await axeViolations()).toEqual([]);
    await tab("Figures").click();
    await searchBox().fill("2750");
    await page.locator("li[data-id='figure:gaza-strip-killed'] .item").click();
    await expect(page.locator("#source-current mark.hit").count()).resolves.toBe(1);
    expect(await axeViolations()).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
