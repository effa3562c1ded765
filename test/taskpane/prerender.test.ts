/**
 * The build's prerender (the pane's own code over linkedom) and the script's takeover, in Node:
 * the page's template gets the report's first view, inert, with its head untouched and report text
 * kept as text; when the script starts with another default report (the workbook's), the live
 * state replaces the prerendered one entirely.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { report as bundledReport } from "../../src/dataset/report";
import { Library } from "../../src/query";
import { renderPane } from "../../src/taskpane/pane";
import { prerenderPane, renderOver } from "../../src/taskpane/prerender";
import { Store } from "../../src/taskpane/state";
import type { PaneHandlers } from "../../src/taskpane/views/handlers";
import { secondReport } from "../fixtures/second-report/build";

/** The page's real template, its build-time parameters filled in. */
const template = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8")
  .replace("<%= contentSecurityPolicy %>", "default-src 'self'")
  .replace("<%= styles %>", "main > p { color: red; } a[href^='x'] { color: blue; }");

const head = (html: string) => /<head>[\s\S]*<\/head>/.exec(html)![0];
const noHandlers = new Proxy({} as PaneHandlers, { get: () => () => undefined });

/** The records (by data-id, in order, once each: a record's item and its button may both carry it) in #app of one kind. */
const recordIds = (document: Document, kind: string) => [
  ...new Set([...document.querySelectorAll(`#app [data-id^='${kind}:']`)].map((e) => e.getAttribute("data-id"))),
];

describe("the prerendered pane", () => {
  const html = prerenderPane(template, bundledReport);
  const { document } = parseHTML(html);
  const first = bundledReport.figures[0]!;

  it("has the report's title and its first figure, in the report's words, in place of 'Loading the report…'", () => {
    expect(document.getElementById("report-title")!.textContent).toBe(bundledReport.source.title);
    const figure = document.querySelector(`#app [data-id="${first.id}"]`);
    expect(figure!.textContent).toContain(first.valueText.exact);
    expect(recordIds(document as unknown as Document, "figure")).toEqual(bundledReport.figures.map((f) => f.id));
    expect(document.getElementById("app")!.textContent).not.toContain("Loading the report");
  });

  it("is inert and busy until the script takes it over", () => {
    const app = document.getElementById("app")!;
    expect(app.hasAttribute("inert")).toBe(true);
    expect(app.getAttribute("aria-busy")).toBe("true");
  });

  it("leaves the head byte for byte (the Content-Security-Policy hashes the inline style)", () => {
    expect(head(html)).toBe(head(template));
  });

  it("keeps report text as text: markup in a report is never parsed", () => {
    const hostile = { ...bundledReport, source: { ...bundledReport.source, title: '<img src=x onerror="alert(1)">' } };
    const page = parseHTML(prerenderPane(template, hostile)).document;
    expect(page.getElementById("report-title")!.textContent).toBe(hostile.source.title);
    expect(page.querySelectorAll("body img, body script").length).toBe(0);
  });

  it("says so when the page has no body to render into", () => {
    expect(() => prerenderPane("<p>no page</p>", bundledReport)).toThrow(/no <body>/);
  });
});

describe("the script's takeover", () => {
  it("shows the live default report (the workbook's), not the prerendered bundled one, once", () => {
    const second = secondReport();
    const library = new Library([{ report: bundledReport, origin: "bundled" }]);
    library.add(second, "workbook");
    library.setDefault(second.source.id);

    const document = renderOver(prerenderPane(template, bundledReport), () => renderPane(new Store(library), noHandlers));

    expect(document.getElementById("report-title")!.textContent).toBe(second.source.title);
    expect(document.getElementById("report-subtitle")!.textContent).toMatch(new RegExp(`^${second.figures.length} figures`));
    const listed = recordIds(document, "figure");
    expect(listed).toEqual(second.figures.map((f) => f.id));
    const bundledOnly = bundledReport.figures.filter((f) => !listed.includes(f.id));
    expect(bundledOnly.length).toBeGreaterThan(0);
    for (const f of bundledOnly) expect(document.querySelectorAll(`[data-id="${f.id}"]`).length).toBe(0);
    expect(document.querySelectorAll("#app [role=tablist]").length).toBe(1);
    expect(document.querySelectorAll("#app #search").length).toBe(1);
    // Not busy any more; index.ts lifts `inert` once this has run (tested in the browser).
    expect(document.getElementById("app")!.hasAttribute("aria-busy")).toBe(false);
  });
});
