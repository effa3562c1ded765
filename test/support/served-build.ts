import type { Browser, Page } from "playwright-core";
import { gotoWithOfficeJs, launchChromium } from "./browser";
import { distDir } from "./dist";
import { serveFolder } from "./static-server";

export type ServedFolder = Awaited<ReturnType<typeof serveFolder>>;

/**
 * For the describe block it is called in: the test build served over HTTP and a Chromium, started
 * before its tests and closed after them. Read `browser` and `server` inside the tests.
 */
export function servedBuildInChromium(): { readonly browser: Browser; readonly server: ServedFolder } {
  const held: { browser?: Browser; server?: ServedFolder } = {};
  beforeAll(async () => {
    held.server = await serveFolder(distDir);
    held.browser = await launchChromium();
  });
  afterAll(async () => {
    await held.browser?.close();
    await held.server?.close();
  });
  return {
    get browser() {
      if (!held.browser) throw new Error("servedBuildInChromium: the browser is read before beforeAll ran");
      return held.browser;
    },
    get server() {
      if (!held.server) throw new Error("servedBuildInChromium: the server is read before beforeAll ran");
      return held.server;
    },
  };
}

/**
 * For the describe block it is called in: the built task pane open in Chromium at `viewport`, office.js really
 * loaded, with the page's errors collected; `watch` attaches listeners before the page loads. Read `page` inside
 * the tests (or in a later beforeAll); the browser and the server close after the block.
 */
export function servedPaneInChromium(
  viewport: { width: number; height: number },
  watch: (page: Page) => void = () => undefined,
): { readonly server: ServedFolder; readonly page: Page; readonly pageErrors: string[] } {
  const served = servedBuildInChromium();
  const pageErrors: string[] = [];
  let opened: Page | undefined;
  beforeAll(async () => {
    opened = await served.browser.newPage({ viewport });
    opened.on("pageerror", (error) => pageErrors.push(error.message));
    watch(opened);
    await gotoWithOfficeJs(opened, `${served.server.url}/taskpane.html`);
  });
  return {
    get server() {
      return served.server;
    },
    get page() {
      if (!opened) throw new Error("servedPaneInChromium: the page is read before beforeAll ran");
      return opened;
    },
    pageErrors,
  };
}
