import type { Browser } from "playwright-core";
import { launchChromium } from "./browser";
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
