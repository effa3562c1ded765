/**
 * The built page as the shared runtime Excel starts for a recalculation with the pane closed: a
 * hidden page whose animation frames never fire. Every function of the built functions.json must
 * be associated before Office.onReady resolves (office.js really loaded), and each, called
 * through the registry as Excel would, must answer what the CLI answers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { evaluateFormula } from "../../src/cli/evaluate";
import { parseFormula } from "../../src/query/formula";
import { describeInBrowser, gotoWithOfficeJs, launchChromium } from "../support/browser";
import { distDir } from "../support/dist";
import { serveFolder } from "../support/static-server";

/** One formula per function, and some failures: what Excel would send each. */
const FORMULAS = [
  '=REPORT.CASUALTIES("Gaza","killed")',
  '=REPORT.CASUALTIES("Israel","killed","qualifier")',
  '=REPORT.CASUALTIES("Gazza","killed")',
  '=REPORT.FIGURES("Israel")',
  '=REPORT.STATEMENT("Khamenei",3)',
  '=REPORT.STATEMENT("Khamenei",4)',
  '=REPORT.STATEMENTS("Raisi","escalation")',
  '=REPORT.WHO("natural reaction")',
  '=REPORT.ACTOR("Qatari Emir","name")',
  '=REPORT.EVENTS("2023-10-14","2023-10-15")',
  '=REPORT.EVENTS("last week")',
  '=REPORT.CARD("Gaza killed")',
  '=REPORT.CARD("Khamenei")',
  "=REPORT.REPORTS()",
  '=REPORT.COMPARE("Gaza","killed")',
  '=REPORT.CASUALTIES("Gaza","killed",,"no-such-report")',
];

/**
 * Before any page script: animation frames that never fire, a hidden page, a CustomFunctions
 * registry that records each association (office.js extends it but cannot replace `associate`),
 * and a note of when Office.onReady first resolves.
 */
function hiddenRuntime() {
  const log: string[] = [];
  const registry: Record<string, (...args: unknown[]) => unknown> = {};
  Object.assign(window, { __log: log, __registry: registry });
  window.requestAnimationFrame = () => 0;
  document.addEventListener("DOMContentLoaded", () => log.push("DOMContentLoaded"));
  Object.defineProperty(document, "visibilityState", { get: () => "hidden" });
  Object.defineProperty(document, "hidden", { get: () => true });

  const customFunctions = {};
  Object.defineProperty(customFunctions, "associate", {
    enumerable: true,
    get: () => (id: string, fn: (...args: unknown[]) => unknown) => {
      log.push(`associate ${id}`);
      registry[id] = fn;
    },
    set: () => undefined,
  });
  (window as unknown as { CustomFunctions: unknown }).CustomFunctions = customFunctions;

  // office.js assigns window.Office, then defines Office.onReady on it: ask it, as any page would.
  let office: unknown;
  const watch = (target: Record<string, unknown>) => {
    if (!target || Object.prototype.hasOwnProperty.call(target, "onReady")) return;
    Object.defineProperty(target, "onReady", {
      configurable: true,
      set(onReady: () => Promise<unknown>) {
        Object.defineProperty(target, "onReady", { value: onReady, writable: true, configurable: true, enumerable: true });
        queueMicrotask(() => void onReady.call(target).then(() => log.push("Office.onReady resolved")));
      },
    });
  };
  Object.defineProperty(window, "Office", {
    configurable: true,
    get: () => office,
    set: (value: Record<string, unknown>) => {
      office = value;
      watch(value);
    },
  });
}

const ids = (): string[] =>
  (JSON.parse(readFileSync(join(distDir, "functions.json"), "utf8")).functions as Array<{ id: string }>).map((f) => f.id);

describeInBrowser("the functions in a hidden shared runtime", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(distDir);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.addInitScript(hiddenRuntime);
    await gotoWithOfficeJs(page, `${server.url}/taskpane.html`);
    await page.waitForFunction(() => (window as unknown as { __log: string[] }).__log.includes("Office.onReady resolved"), null, {
      timeout: 10_000,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("runs hidden, with no animation frame, and with office.js loaded", async () => {
    expect(await page.evaluate(() => [document.visibilityState, typeof Office, typeof Office.onReady])).toEqual([
      "hidden",
      "object",
      "function",
    ]);
  });

  // In a plain browser office.js resolves Office.onReady with no host to wait for, racing the download of the
  // page's own script; in Excel it waits for the host. What can be proved here without that race: the entry
  // registers every function while it is evaluated, from the head, before the document is even parsed, so
  // before any animation frame, timer or lazily loaded chunk could run.
  it("associates every function of the built functions.json from the head, before the document is parsed", async () => {
    const log = await page.evaluate(() => [...(window as unknown as { __log: string[] }).__log]);
    const ready = log.indexOf("DOMContentLoaded");
    const associated = log
      .slice(0, ready)
      .filter((entry) => entry.startsWith("associate "))
      .map((entry) => entry.replace(/^associate /, ""));
    expect(ids().length).toBeGreaterThanOrEqual(8);
    expect([...associated].sort()).toEqual([...ids()].sort());
    expect(log.slice(ready + 1).filter((entry) => entry.startsWith("associate"))).toEqual([]);
  });

  it("answers through the registry exactly what the CLI answers", async () => {
    expect(new Set(FORMULAS.map((f) => parseFormula(f).name))).toEqual(new Set(ids()));
    for (const formula of FORMULAS) {
      const { name, args } = parseFormula(formula);
      const inPage = await page.evaluate(
        ({ name, args }) => {
          const fn = (window as unknown as { __registry: Record<string, (...a: unknown[]) => unknown> }).__registry[name]!;
          try {
            return { kind: "value", value: JSON.parse(JSON.stringify(fn(...args))) };
          } catch (error) {
            const e = error as { code?: string; message?: string };
            return { kind: "error", error: { code: e.code, message: e.message } };
          }
        },
        { name, args },
      );
      const cli = JSON.parse(JSON.stringify(evaluateFormula(formula)));
      expect([formula, inPage]).toEqual([formula, cli]);
    }
  });
});

describeInBrowser("the pane when its explorer cannot load", () => {
  it("says so on the page, and the functions are registered all the same", async () => {
    const server = await serveFolder(distDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.addInitScript(hiddenRuntime);
      await page.route(/\/explorer\.js$/, (route) => route.fulfill({ status: 404 }));
      await gotoWithOfficeJs(page, `${server.url}/taskpane.html`);
      await page.waitForSelector("[role=alert]");
      expect(await page.locator("[role=alert]").textContent()).toMatch(
        /^The report explorer could not be loaded \(.+\)\. The REPORT functions still work in the workbook/,
      );
      const associated = await page.evaluate(() => Object.keys((window as unknown as { __registry: object }).__registry));
      expect(associated.sort()).toEqual(ids().sort());
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
