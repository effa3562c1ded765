/**
 * Scenario: when the task pane shows what a user came for, in headless Chromium at task-pane size
 * (350 x 800), against a bare page that loads only office.js, measured side by side in one run.
 * Both pages really load office.js (served from node_modules; the harness checks `typeof Office`).
 *
 * - first contentful paint of each page (target: the pane within 1.5x of the bare page);
 * - the first figure painted (target: within 1.5x of the bare page's first contentful paint): the
 *   Element Timing API's paint time of the pane's first figure (the first element in #app whose
 *   data-id is a figure of the bundled report), whether the parser or a script put it there. An
 *   init script tags it with `elementtiming` as it enters the document (a MutationObserver runs
 *   at the end of the task that inserted it, before any paint), so the shipped page carries no
 *   bench attribute and builds with and without the prerendered pane are measured alike;
 * - when the explorer (the live pane) is ready.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { chromiumPath, gotoWithOfficeJs, launchChromium } from "../test/support/browser";
import { serveFolder } from "../test/support/static-server";
import { root } from "./build";

const RUNS = 9;
const TARGET_RATIO = 1.5;
const VIEWPORT = { width: 350, height: 800 };
const BARE = `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>bare</title>
<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head>
<body><p>Bare page: office.js only.</p></body></html>`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The pane's first figure: the first element in #app whose data-id is a figure id. This and
 * `tagText` run over the built page in Node (linkedom) and in the page itself, so they keep to
 * plain loops: tsx (esbuild, keepNames) would wrap inner named functions in a `__name` helper the
 * page does not have.
 */
export function firstFigure(doc: Document, figureIds: string[]): Element | null {
  for (const e of Array.from(doc.querySelectorAll("#app [data-id]")))
    if (figureIds.includes(e.getAttribute("data-id")!)) return e;
  return null;
}

/** Puts `elementtiming` on each element of `element` (itself included) that holds text. */
export function tagText(element: Element, identifier: string): void {
  for (const e of [element, ...Array.from(element.querySelectorAll("*"))]) {
    let ownsText = false;
    for (const n of Array.from(e.childNodes)) if (n.nodeType === 3 && n.textContent!.trim() !== "") ownsText = true;
    if (ownsText && !e.hasAttribute("elementtiming")) e.setAttribute("elementtiming", identifier);
  }
}

/**
 * In the page, before its own scripts:
 * - tags each first figure the page's script inserts (the live pane's, which replaces the
 *   prerendered one, or the only one in a page with none prerendered), one identifier per element:
 *   a MutationObserver's callback runs at the end of the task that inserted it, before any paint.
 *   (A figure the parser inserts is tagged in the HTML instead, as "first-figure-0": see `timedCopy`.)
 * - notes whether a first figure is laid out in the viewport in the first frame that has text:
 *   animation-frame callbacks run before each frame's paint, so if it is there then, the first
 *   contentful paint shows it. (Element Timing alone cannot say so for the prerendered figure: Chromium
 *   drops the entry of an element removed before its frame is presented, and the live pane may
 *   replace it that soon.)
 */
const WATCH_FIRST_FIGURE = (figureIds: string[]) => `(() => {
  const firstFigure = ${firstFigure.toString()};
  const tagText = ${tagText.toString()};
  const ids = ${JSON.stringify(figureIds)};
  let current = null;
  let n = 0;
  new MutationObserver(() => {
    const found = firstFigure(document, ids);
    if (found && found !== current) { current = found; n += 1; }
    if (current) tagText(current, "first-figure-" + n);
  }).observe(document, { childList: true, subtree: true });
  const firstTextFrame = () => {
    if (!document.body || document.body.textContent.trim() === "") return requestAnimationFrame(firstTextFrame);
    const figure = firstFigure(document, ids);
    const box = figure && figure.getBoundingClientRect();
    const shown = !!box && box.height > 0 && box.top < innerHeight && box.bottom > 0;
    window.__firstTextFrame = { figureShown: shown, text: shown ? figure.textContent : "" };
  };
  requestAnimationFrame(firstTextFrame);
})();`;

/**
 * A copy of taskpane.html whose prerendered first figure (if it has one) carries `elementtiming`:
 * the attribute must be there when the parser inserts the element. Only the body changes; the
 * shipped page itself carries no bench attribute.
 */
function timedCopy(dist: string, figureIds: string[]): { file: string; prerendered: boolean } {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const { document } = parseHTML(html);
  const figure = firstFigure(document as unknown as Document, figureIds);
  if (figure) tagText(figure, "first-figure-0");
  const file = "taskpane-timed.html";
  writeFileSync(
    join(dist, file),
    html.replace(/<body[^>]*>[\s\S]*<\/body>/, () => document.body.outerHTML),
  );
  return { file, prerendered: figure !== null };
}

/**
 * What the page saw of its first figure: the earliest Element Timing paint of an element that was the
 * first figure (when all its text was painted), and whether the first frame with text showed one.
 */
const FIRST_FIGURE_SEEN = `new Promise((resolve) => {
  const seen = [];
  new PerformanceObserver((list) => seen.push(...list.getEntries())).observe({ type: "element", buffered: true });
  // The explorer has rendered by now (the caller waited for it): give its frame time to be reported.
  requestAnimationFrame(() => setTimeout(() => {
    const painted = new Map();
    for (const e of seen.filter((e) => e.identifier.startsWith("first-figure-"))) {
      const p = painted.get(e.identifier) || { time: 0, text: [] };
      p.time = Math.max(p.time, e.renderTime);
      p.text.push(e.element ? e.element.textContent : "(replaced)");
      painted.set(e.identifier, p);
    }
    const first = [...painted].sort((a, b) => a[1].time - b[1].time)[0];
    resolve({
      elementTiming: first ? { time: first[1].time, text: first[1].text.join(" | "), prerendered: first[0] === "first-figure-0" } : null,
      firstTextFrame: window.__firstTextFrame || null,
    });
  }, 300));
})`;

interface FirstFigureSeen {
  elementTiming: { time: number; text: string; prerendered: boolean } | null;
  firstTextFrame: { figureShown: boolean; text: string } | null;
}

const firstContentfulPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const entry = performance.getEntriesByName("first-contentful-paint")[0];
        if (entry) return resolve(entry.startTime);
        new PerformanceObserver((list) => resolve(list.getEntries()[0]!.startTime)).observe({ type: "paint", buffered: true });
      }),
  );

export async function firstPaintBench(dist: string) {
  const name = "first contentful paint and the first figure";
  if (!chromiumPath) return { name, lines: ["skipped: no Chromium found (apt-get install -y chromium)"], checks: [] };
  writeFileSync(join(dist, "bare.html"), BARE);
  const dataset = JSON.parse(readFileSync(process.env.REPORT_DATASET ?? join(root, "data", "report.json"), "utf8")) as {
    figures: { id: string }[];
  };
  const figureIds = dataset.figures.map((f) => f.id);
  const timed = timedCopy(dist, figureIds);
  const server = await serveFolder(dist);
  const browser = await launchChromium();
  const pane = { fcp: [] as number[], figure: [] as number[], elementTiming: [] as number[], ready: [] as number[] };
  const bare: number[] = [];
  const texts = new Set<string>();
  let shownAtFirstPaint = 0;
  let prerenderedReported = 0;
  const loadPane = async (record: boolean) => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(WATCH_FIRST_FIGURE(figureIds));
    await gotoWithOfficeJs(page, `${server.url}/${timed.file}`);
    const fcp = await firstContentfulPaint(page);
    await page.waitForFunction(() => performance.getEntriesByName("report:explorer-ready").length > 0);
    const ready = await page.evaluate(() => performance.getEntriesByName("report:explorer-ready")[0]!.startTime);
    const seen = (await page.evaluate(FIRST_FIGURE_SEEN)) as FirstFigureSeen;
    await page.close();
    const atFirstPaint = seen.firstTextFrame?.figureShown === true;
    if (!atFirstPaint && !seen.elementTiming) throw new Error("the first figure was never painted in the viewport");
    if (!record) return;
    pane.fcp.push(fcp);
    pane.ready.push(ready);
    // Shown in the first frame with text: on screen at the first contentful paint, whatever Element Timing reported.
    pane.figure.push(atFirstPaint ? fcp : seen.elementTiming!.time);
    if (seen.elementTiming) pane.elementTiming.push(seen.elementTiming.time);
    texts.add(atFirstPaint ? seen.firstTextFrame!.text : seen.elementTiming!.text);
    if (atFirstPaint) shownAtFirstPaint++;
    if (seen.elementTiming?.prerendered) prerenderedReported++;
  };
  const loadBare = async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await gotoWithOfficeJs(page, `${server.url}/bare.html`);
    bare.push(await firstContentfulPaint(page));
    await page.close();
  };
  try {
    await loadPane(false); // warm the browser's caches of its own
    for (let i = 0; i < RUNS; i++) {
      await loadPane(true);
      await loadBare();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const base = median(bare);
  const ratio = (values: number[]) => `${(median(values) / base).toFixed(2)}x`;
  return {
    name,
    lines: [
      `bare office.js page: first contentful paint ${base.toFixed(0)} ms; task pane: ${median(pane.fcp).toFixed(0)} ms, ${ratio(pane.fcp)} (medians of ${RUNS}, alternating, ${VIEWPORT.width} x ${VIEWPORT.height}; office.js loaded in both)`,
      `first figure on screen: ${median(pane.figure).toFixed(0)} ms, ${ratio(pane.figure)} the bare page's first paint; ${timed.prerendered ? "in the built HTML" : "not in the built HTML (the script inserts it)"}; laid out in the viewport in the first frame with text (so in the first contentful paint) in ${shownAtFirstPaint} of ${RUNS} runs, else its Element Timing paint`,
      `first figure by Element Timing alone: ${pane.elementTiming.length ? `${median(pane.elementTiming).toFixed(0)} ms, ${ratio(pane.elementTiming)}` : "no entry"} (reported in ${pane.elementTiming.length} of ${RUNS} runs, the prerendered element's in ${prerenderedReported}: Chromium drops an element's entry when it is removed before its frame is presented)`,
      `first figure's text: ${[...texts].join(" / ")}`,
      `explorer rendered (live pane, search ready): ${median(pane.ready).toFixed(0)} ms, ${ratio(pane.ready)} the bare page's first paint`,
    ],
    checks: [
      { figure: "first paint, task pane / bare office.js page", value: median(pane.fcp) / base, unit: "x", target: TARGET_RATIO },
      {
        figure: "first figure on screen / bare page's first paint",
        value: median(pane.figure) / base,
        unit: "x",
        target: TARGET_RATIO,
      },
    ],
  };
}
