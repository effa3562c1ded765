/**
 * Retakes docs/review.png: the review of a drafted article in the built task pane, in headless Chromium at 350 x 800
 * (Excel's task-pane width), office.js served from node_modules. Usage:
 *   npx tsx scripts/screenshot-review.ts [dist]     (default: a fresh local production build in test-results/bench-dist)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildForBench, root } from "../bench/build";
import { gotoWithOfficeJs, launchChromium } from "../test/support/browser";
import { serveFolder } from "../test/support/static-server";

const ARTICLE = join(root, "test/extract/articles/ferry-meghna.txt");
const OUT = join(root, "docs", "review.png");

async function main(): Promise<void> {
  const dist = process.argv[2] ?? buildForBench();
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error(`No built pane in ${dist}: run npm run build:local first.`);
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 350, height: 800 }, deviceScaleFactor: 2 });
    await gotoWithOfficeJs(page, `${server.url}/taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("report:explorer-ready").length > 0);
    await page.getByRole("tab", { name: /^Reports/ }).click();
    await page.getByRole("button", { name: "Add a report…" }).click();
    await page.getByLabel("Article text").fill(readFileSync(ARTICLE, "utf8"));
    await page.getByLabel("Title", { exact: true }).fill("Ferry capsizes on the Meghna");
    await page.getByLabel("Outlet", { exact: true }).fill("Test Wire");
    await page.getByLabel("Published", { exact: true }).fill("2024-02-26");
    await page.getByRole("button", { name: "Draft", exact: true }).click();
    await page.getByRole("listbox", { name: "Draft items to review" }).waitFor();
    // A review under way: two accepted, one rejected, the cursor on the fourth figure.
    for (const key of ["a", "ArrowDown", "r", "ArrowDown", "a", "ArrowDown"]) await page.keyboard.press(key);
    await page.locator("section.review").scrollIntoViewIfNeeded();
    await page.locator("#review-heading").evaluate((el) => {
      el.scrollIntoView({ block: "start" });
      window.scrollBy(0, -12);
    });
    await page.screenshot({ path: OUT });
    console.log(`wrote ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
