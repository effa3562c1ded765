import type { Page } from "playwright-core";
import { gotoWithOfficeJs, launchChromium } from "../test/support/browser";
import { serveFolder } from "../test/support/static-server";

/**
 * Runs `work` on the built task pane in headless Chromium at task-pane size (350 x 800), office.js
 * really loaded, once its explorer is live; the browser and the server are closed after, whatever happens.
 */
export async function withLivePane<T>(dist: string, work: (page: Page) => Promise<T>): Promise<T> {
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
    await gotoWithOfficeJs(page, `${server.url}/taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("report:explorer-ready").length > 0);
    return await work(page);
  } finally {
    await browser.close();
    await server.close();
  }
}
