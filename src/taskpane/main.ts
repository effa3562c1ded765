/*
 * The task pane and, with it, the custom functions, so Excel runs both in one shared runtime;
 * outside Excel the functions module registers nothing and the pane still works.
 */
import "../functions/functions";
import { runtimeLibrary } from "../functions/runtime-library";
import { mountApp } from "./app";
import { createController, followSelection } from "./controller";
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
  const store = new Store(runtimeLibrary);
  const { report } = store.state.report;
  document.getElementById("report-title")!.textContent = report.source.title;
  document.getElementById("report-subtitle")!.textContent =
    `${report.figures.length} figures · ${report.statements.length} statements · ${report.events.length} events · ${report.actors.length} people and groups, each traced to the report's words.`;
  mountApp(document.getElementById("app")!, store, createController(store));
  performance.mark("report:explorer-ready");

  const connect = (info: { host: Office.HostType | null } | undefined) => {
    const inExcel = info?.host === Office.HostType.Excel && typeof Excel !== "undefined";
    store.update({ excel: inExcel });
    if (inExcel) {
      applyOfficeTheme();
      followSelection(store).catch(() => undefined);
    }
  };
  if (typeof Office === "undefined") store.update({ excel: false });
  else Office.onReady(connect).catch(() => store.update({ excel: false }));
}

start();
