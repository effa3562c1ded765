/*
 * Retakes the README's screenshots of the task pane at task-pane width (350 x 800), from the built
 * add-in in headless Chromium with office.js really loaded (the browser tests' harness), and prints
 * the layout figures the browser tests hold it to.
 *
 *   npx tsx scripts/screenshots.ts            builds into test-results/dist first (as the tests do)
 *   npx tsx scripts/screenshots.ts --reuse    uses the build already there (after `npm test`)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gotoWithOfficeJs, launchChromium } from "../test/support/browser";
import { distDir, rootDir } from "../test/support/dist";
import { serveFolder } from "../test/support/static-server";

// The jest global setup (CommonJS): one local production build into test-results/dist.
const buildOnce = require("../test/support/build.js") as () => Promise<void>;

async function main(): Promise<void> {
  if (!process.argv.includes("--reuse") || !existsSync(join(distDir, "taskpane.html"))) await buildOnce();
  const server = await serveFolder(distDir);
  const browser = await launchChromium();
  try {
    for (const width of [350, 320]) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      await gotoWithOfficeJs(page, `${server.url}/taskpane.html`);
      await page.waitForSelector("#panel .item");
      const figures = await page.evaluate(() => ({
        firstItemTop: Math.round(document.querySelector("#panel .item")!.getBoundingClientRect().top),
        tabRowHeight: Math.round(document.querySelector("[role=tablist]")!.getBoundingClientRect().height),
        horizontalOverflow: document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth,
      }));
      console.log(`${width} x 800: ${JSON.stringify(figures)}`);
      if (width === 350) {
        await page.screenshot({ path: join(rootDir, "docs", "taskpane.png") });
        await page.locator("li[data-id='figure:gaza-strip-killed'] .item").click();
        await page.waitForSelector("#source-current");
        await page.screenshot({ path: join(rootDir, "docs", "taskpane-source.png") });
        console.log("wrote docs/taskpane.png and docs/taskpane-source.png");
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
