import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { rootDir } from "./dist";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The system's Chromium (Debian's `chromium`); test tools never download one. */
export const chromiumPath = CANDIDATES.find((path): path is string => !!path && existsSync(path));

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
}

const OFFICE_JS = join(rootDir, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

/**
 * Serves Office's CDN (every appsforoffice.microsoft.com file: office.js and what it loads) from
 * the copy in node_modules, and aborts every other request off 127.0.0.1: tests never touch the
 * network. Playwright runs the most recently added matching route first, so the catch-all abort
 * goes in FIRST and the office.js route after it, or office.js would be aborted too.
 */
export async function routeOfficeJs(page: Page): Promise<void> {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route(`${OFFICE_CDN}**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = join(OFFICE_JS, path);
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
  });
  // Every Content-Security-Policy violation the page meets, as the browser reports it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`),
    );
  });
}

/**
 * Opens `url` with office.js served from node_modules and proves it loaded: a test that says it
 * ran with office.js must not be passing because office.js was aborted.
 */
export async function gotoWithOfficeJs(page: Page, url: string): Promise<void> {
  await routeOfficeJs(page);
  await page.goto(url, { waitUntil: "load" });
  const office = await page.evaluate(() => typeof Office);
  if (office === "undefined") throw new Error(`office.js did not load in ${url}: typeof Office is "undefined"`);
}

/** The Content-Security-Policy violations the page has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);
}

/**
 * `describe` for browser tests: runs them where a Chromium is found; elsewhere says so loudly and
 * skips them, except under CI=true, where a missing browser fails the run.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumPath) {
    describe(name, body);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("needs Chromium (CI=true): install Debian's chromium, or set CHROMIUM_PATH", () => {
        throw new Error("No Chromium found: browser tests cannot run, and CI requires them.");
      });
    });
    return;
  }
  console.warn(
    `\n!!! BROWSER TESTS SKIPPED: no Chromium found (${CANDIDATES.filter(Boolean).join(", ")}).\n!!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH to run them.\n`,
  );
  describe.skip(name, body);
}
