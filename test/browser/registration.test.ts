/**
 * The built page as the shared runtime Excel starts for a recalculation with the pane closed: a
 * hidden page whose animation frames never fire. Every function of the built functions.json must
 * be associated before Office.onReady resolves (office.js really loaded), and each, called
 * through the registry as Excel would, must answer what the CLI answers.
 */
import type { Page } from "playwright-core";
import { evaluateFormula } from "../../src/cli/evaluate";
import { parseFormula } from "../../src/query/formula";
import { describeInBrowser, gotoWithOfficeJs, routeOfficeJs } from "../support/browser";
import { builtFunctionIds } from "../support/dist";
import { servedBuildInChromium } from "../support/served-build";

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
    set: () => {
      // office.js assigns its own associate: this one stays, to record each association.
    },
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

/**
 * In the page: calls a function through the registry as Excel would, awaiting a promise as Excel does, and says
 * whether the call answered at once or with a promise.
 */
async function callThroughRegistry({ name, args }: { name: string; args: unknown[] }) {
  const fn = (window as unknown as { __registry: Record<string, (...a: unknown[]) => unknown> }).__registry[name]!;
  let promised = false;
  try {
    let value = fn(...args);
    if (value && typeof (value as Promise<unknown>).then === "function") {
      promised = true;
      value = await value;
    }
    return { kind: "value", value: JSON.parse(JSON.stringify(value)), promised };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return { kind: "error", error: { code: e.code, message: e.message }, promised };
  }
}

describeInBrowser("the functions in a hidden shared runtime", () => {
  const chromium = servedBuildInChromium();
  let page: Page;

  beforeAll(async () => {
    page = await chromium.browser.newPage();
    await page.addInitScript(hiddenRuntime);
    await gotoWithOfficeJs(page, `${chromium.server.url}/taskpane.html`);
    await page.waitForFunction(() => (window as unknown as { __log: string[] }).__log.includes("Office.onReady resolved"), null, {
      timeout: 10_000,
    });
    // Excel's first call: answered once the functions' code (and the workbook's reports) have loaded.
    await page.evaluate(callThroughRegistry, { name: "REPORTS", args: [] });
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
    expect(builtFunctionIds().length).toBeGreaterThanOrEqual(8);
    expect([...associated].sort()).toEqual([...builtFunctionIds()].sort());
    expect(log.slice(ready + 1).filter((entry) => entry.startsWith("associate"))).toEqual([]);
  });

  it("answers through the registry exactly what the CLI answers", async () => {
    expect(new Set(FORMULAS.map((f) => parseFormula(f).name))).toEqual(new Set(builtFunctionIds()));
    for (const formula of FORMULAS) {
      const { name, args } = parseFormula(formula);
      const inPage = await page.evaluate(callThroughRegistry, { name, args });
      const cli = JSON.parse(JSON.stringify(evaluateFormula(formula)));
      const { promised, ...answer } = inPage;
      expect([formula, answer]).toEqual([formula, cli]);
      // The functions' code has loaded by now (a hidden page loads it at once): answered without a promise.
      expect([formula, promised]).toEqual([formula, false]);
    }
  });
});

describeInBrowser("the functions in office.js's own registry", () => {
  const chromium = servedBuildInChromium();

  // office.js's registry is internal (CustomFunctions._association, in the office.js of package-lock.json): read here
  // only to prove that the page's head associates with the real office.js, not just with this file's stand-in.
  it("holds every function of functions.json when the document has been parsed, in a hidden page", async () => {
    const page = await chromium.browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(document, "visibilityState", { get: () => "hidden" });
      document.addEventListener("DOMContentLoaded", () => {
        const registry = (window as unknown as { CustomFunctions?: { _association?: { mappings?: object } } }).CustomFunctions;
        (window as unknown as { __atParsed: string[] }).__atParsed = Object.keys(registry?._association?.mappings ?? {});
      });
    });
    await gotoWithOfficeJs(page, `${chromium.server.url}/taskpane.html`);
    const atParsed = await page.evaluate(() => (window as unknown as { __atParsed: string[] }).__atParsed);
    expect(atParsed.map((id) => id.toUpperCase()).sort()).toEqual([...builtFunctionIds()].sort());
  });
});

describeInBrowser("the pane when its explorer cannot load", () => {
  const chromium = servedBuildInChromium();

  it("says so on the page, and the functions are registered all the same", async () => {
    const page = await chromium.browser.newPage();
    await page.addInitScript(hiddenRuntime);
    await page.route(/\/explorer\.[0-9a-f]{8}\.js$/, (route) => route.fulfill({ status: 404 }));
    await gotoWithOfficeJs(page, `${chromium.server.url}/taskpane.html`);
    await page.waitForSelector("[role=alert]");
    expect(await page.locator("[role=alert]").textContent()).toMatch(
      /^The report explorer could not be loaded \(.+\)\. The REPORT functions still work in the workbook/,
    );
    const associated = await page.evaluate(() => Object.keys((window as unknown as { __registry: object }).__registry));
    expect(associated.sort()).toEqual(builtFunctionIds().sort());
  });

  it("says when the functions could not load either, and loads both when asked to try again", async () => {
    const page = await chromium.browser.newPage();
    let broken = true;
    await page.route(/\/functions-runtime\.[0-9a-f]{8}\.js$/, (route) =>
      broken ? route.fulfill({ status: 404 }) : route.continue(),
    );
    await gotoWithOfficeJs(page, `${chromium.server.url}/taskpane.html`);
    await page.waitForSelector("[role=alert]", { timeout: 10_000 });
    expect(await page.locator("[role=alert]").textContent()).toMatch(
      /^The report explorer could not be loaded \(.+\)\. Nor could the REPORT functions: a formula that uses one says so\.$/,
    );
    const retry = page.getByRole("button", { name: "Try again" });
    expect(await retry.evaluate((button) => button === document.activeElement)).toBe(true);
    broken = false;
    await retry.click();
    await page.waitForFunction(() => performance.getEntriesByName("report:explorer-ready").length > 0, null, {
      timeout: 10_000,
    });
    expect(await page.locator("[role=alert]").count()).toBe(0);
    expect(await page.locator("#app .item").count()).toBeGreaterThan(0);
  });
});

describeInBrowser("a call that comes before the functions' code", () => {
  const chromium = servedBuildInChromium();

  const formula = '=REPORT.CASUALTIES("Gaza","killed","qualifier")';
  const { name, args } = parseFormula(formula);

  it("waits for it to load, then answers what the CLI answers", async () => {
    const page = await chromium.browser.newPage();
    await page.addInitScript(hiddenRuntime);
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held: string[] = [];
    await page.route(/\/functions-runtime\.[0-9a-f]{8}\.js$/, async (route) => {
      held.push(route.request().url());
      await released;
      await route.continue();
    });
    // Not `gotoWithOfficeJs`: the page's load event waits for the held script.
    await routeOfficeJs(page);
    await page.goto(`${chromium.server.url}/taskpane.html`, { waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => typeof Office === "object");
    await page.waitForFunction(() => Object.keys((window as unknown as { __registry: object }).__registry).length > 0);
    for (let i = 0; i < 100 && held.length === 0; i++) await page.waitForTimeout(50);
    expect(held).toHaveLength(1); // asked for at once (the page is hidden), and held back
    const answer = page.evaluate(callThroughRegistry, { name, args });
    await page.waitForTimeout(200);
    release();
    const { promised, ...value } = await answer;
    expect(promised).toBe(true);
    expect(value).toEqual(JSON.parse(JSON.stringify(evaluateFormula(formula))));
    await page.close();
  });

  it("answers an Excel error saying so when it cannot load, and loads it at the next call", async () => {
    const page = await chromium.browser.newPage();
    await page.addInitScript(hiddenRuntime);
    let broken = true;
    await page.route(/\/functions-runtime\.[0-9a-f]{8}\.js$/, (route) =>
      broken ? route.fulfill({ status: 404, body: "" }) : route.continue(),
    );
    await gotoWithOfficeJs(page, `${chromium.server.url}/taskpane.html`);
    await page.waitForFunction(() => Object.keys((window as unknown as { __registry: object }).__registry).length > 0);
    const failed = await page.evaluate(callThroughRegistry, { name, args });
    expect(failed).toMatchObject({
      kind: "error",
      error: {
        code: "#N/A",
        message: expect.stringMatching(
          /^The REPORT functions could not load \(.+\)\. Re-enter the formula, or press Ctrl\+Alt\+F9, to try again\.$/,
        ),
      },
    });
    broken = false;
    const { promised, ...value } = await page.evaluate(callThroughRegistry, { name, args });
    expect(promised).toBe(true);
    expect(value).toEqual(JSON.parse(JSON.stringify(evaluateFormula(formula))));
    await page.close();
  });
});
