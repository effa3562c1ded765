/*
 * The task pane's explorer, loaded lazily by the page's entry (index.ts), which has already
 * registered the custom functions: one shared runtime for both.
 */
import { catalog } from "../query";
import { mountApp } from "./app";
import { createController, followSelectionWhileVisible } from "./controller";
import { Store } from "./state";

function applyOfficeTheme(): void {
  const theme = typeof Office !== "undefined" ? Office.context?.officeTheme : undefined;
  if (!theme) return;
  const root = document.documentElement.style;
  if (theme.bodyBackgroundColor) root.setProperty("--surface", theme.bodyBackgroundColor);
  if (theme.bodyForegroundColor) root.setProperty("--text", theme.bodyForegroundColor);
  if (theme.controlForegroundColor) root.setProperty("--accent", theme.controlForegroundColor);
}

function start(): void {
  document.getElementById("report-title")!.textContent = catalog.source.title;
  document.getElementById("report-subtitle")!.textContent =
    `${catalog.figures.length} figures · ${catalog.statements.length} statements · ${catalog.events.length} events · ${catalog.actors.length} people and groups, each traced to the report's words.`;
  const store = new Store();
  mountApp(document.getElementById("app")!, store, createController(store));
  performance.mark("report:explorer-ready");

  const connect = (info: { host: Office.HostType | null } | undefined) => {
    const inExcel = info?.host === Office.HostType.Excel && typeof Excel !== "undefined";
    store.update({ excel: inExcel });
    if (inExcel) {
      applyOfficeTheme();
      // A runtime started for recalculation runs in a page no one sees: hidden, or of no size.
      const shown = document.visibilityState === "visible" && window.innerWidth > 0 && window.innerHeight > 0;
      followSelectionWhileVisible(store, shown).catch(() => undefined);
    }
  };
  if (typeof Office === "undefined") store.update({ excel: false });
  else Office.onReady(connect).catch(() => store.update({ excel: false }));
}

start();
