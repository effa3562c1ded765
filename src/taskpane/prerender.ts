/*
 * Build step (Node, never bundled): taskpane.html with the default report's first view already in
 * it, so the first paint shows the first figure instead of "Loading the report…". The pane is
 * rendered by the page's own code (renderPane -> mountApp -> the views) over linkedom's DOM, not by
 * a second template; the page's script replaces it when it starts (main.ts), and the live state
 * (the workbook's default report, Office's answer) wins from then on.
 */
import { parseHTML } from "linkedom";
import type { Report } from "../model/report";
import { Library } from "../query";
import { renderPane } from "./pane";
import { Store } from "./state";
import type { PaneHandlers } from "./views/handlers";

/** Nothing is clicked at build: every handler does nothing (and the prerendered pane is inert besides). */
const noHandlers = new Proxy({} as PaneHandlers, { get: () => () => undefined });

/** What the pane's code may name as globals, from the DOM it runs over (`el` creates with `document`; `instanceof HTMLElement`…). */
const DOM_GLOBALS = [
  "window",
  "document",
  "Node",
  "Element",
  "HTMLElement",
  "HTMLButtonElement",
  "HTMLInputElement",
  "HTMLLabelElement",
  "HTMLLIElement",
  "HTMLUListElement",
  "Text",
  "DocumentFragment",
  "Event",
  "CustomEvent",
];

/**
 * `html` parsed into a DOM (linkedom), with `render` run over it: the DOM's globals stand in for Node's (which has
 * none, or other `Event`s) while it runs, and are put back after.
 */
export function renderOver(html: string, render: () => void): Document {
  const dom = parseHTML(html) as unknown as Record<string, unknown>;
  const saved = DOM_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of DOM_GLOBALS) {
    Object.defineProperty(globalThis, name, { value: dom[name], configurable: true, writable: true });
  }
  try {
    render();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
  return dom.document as Document;
}

/** The page `html` with `report`'s pane rendered into its body: inert and busy until the script takes it over. */
export function prerenderPane(html: string, report: Report): string {
  const body = /<body[^>]*>[\s\S]*<\/body>/;
  if (!body.test(html)) throw new Error("prerender: the page has no <body>");
  const document = renderOver(html, () => renderPane(new Store(new Library([{ report, origin: "bundled" }])), noHandlers));
  const app = document.getElementById("app");
  if (!app || app.childElementCount === 0) throw new Error("prerender: the pane rendered nothing into #app");
  // Until the script runs, nothing in it works: it must not look as if it did (inert: no hover, click or focus).
  app.setAttribute("inert", "");
  app.setAttribute("aria-busy", "true");
  // Only the body is taken from linkedom: the head (office.js, the styles the CSP hashes) stays as it was, byte for byte.
  return html.replace(body, () => document.body.outerHTML);
}
