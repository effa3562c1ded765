import {
  actorTable,
  crossReference,
  eventTable,
  evidenceForCell,
  figureTable,
  MATCH_HEADER,
  statementTable,
  type Match,
  type Table,
} from "../query";
import { downloadWorkbook } from "./download";
import { insertCasualtyChart } from "./excel/chart";
import { actionFailed } from "./excel/errors";
import { insertFormula } from "./excel/formula";
import { insertTableOnNewSheet } from "./excel/new-sheet";
import { readActiveCell, readSelectedValues } from "./excel/selection";
import { SECTION_LABELS, type PaneState, type Section, type Store } from "./state";
import type { PaneHandlers } from "./views/handlers";

/** Keeps the rows whose `id` column is among `ids`: what the search shows is what gets inserted. */
function onlyShown(table: Table, ids: ReadonlySet<string>): Table {
  const idColumn = table.header.indexOf("id");
  return { header: table.header, rows: table.rows.filter((row) => ids.has(String(row[idColumn]))) };
}

function sectionTable(section: Section, state: PaneState): Table | undefined {
  const r = state.report;
  const unwrap = (result: { ok: true; value: Table } | { ok: false }) => (result.ok ? result.value : { header: [], rows: [] });
  switch (section) {
    case "figures":
      return onlyShown(unwrap(figureTable(r)), state.hits.figures);
    case "statements":
      return onlyShown(unwrap(statementTable(r)), state.hits.statements);
    case "timeline":
      return onlyShown(unwrap(eventTable(r)), state.hits.events);
    case "people":
      return onlyShown(actorTable(r), state.hits.actors);
    case "source":
      return undefined;
  }
}

export function matchesTable(matches: readonly Match[]): Table {
  return { header: MATCH_HEADER, rows: matches.map((m) => [m.input, m.kind, m.label, m.detail, m.evidence.exact, m.id]) };
}

/** The pane's actions: each runs against Excel, then tells the user what happened through the store. */
export function createController(store: Store): PaneHandlers {
  const say = (text: string, tone: "info" | "error" | "success" = "info") =>
    store.update({ status: { text, tone }, busy: false });

  async function run(action: string, work: () => Promise<void>): Promise<void> {
    store.update({ busy: true, status: { text: `${action}…`, tone: "info" } });
    try {
      await work();
    } catch (error) {
      say(actionFailed(action, error), "error");
    }
  }

  const placeFormula = (formula: string, overwrite: boolean) =>
    run("Insert formula", async () => {
      const result = await insertFormula(formula, overwrite);
      if (result.inserted) {
        store.update({ pendingOverwrite: null });
        say(`Inserted ${formula} in ${result.address}.`, "success");
      } else {
        store.update({ pendingOverwrite: { formula, address: result.address } });
        say(
          `${result.address} is not empty: the formula was not inserted. Choose an empty cell, or replace its content.`,
          "error",
        );
      }
    });

  /** The report a formula's `[report]` argument names, the default when blank; undefined for no such report. */
  const reportFor = (argument: unknown) => {
    const found = store.library.resolve(argument);
    return found.ok ? found.value : undefined;
  };

  const showEvidence = (address: string, found: { report: PaneState["report"]; matches: Match[] }, quiet: boolean) => {
    const { matches } = found;
    if (matches.length === 0) {
      if (!quiet) say(`${address} holds no REPORT formula and no value the report gives.`);
      return;
    }
    const first = matches[0]!;
    store.update({
      ...reportPatch(store, found.report),
      matches: { title: `Source of ${address}`, items: matches },
      selected: { kind: first.kind, id: first.id },
      section: "source",
      busy: false,
      status: { text: `${address}: ${first.label} — “${first.evidence.exact}”`, tone: "info" },
    });
  };

  return {
    setQuery: (query) => store.update({ query }),
    setSection: (section) => store.update({ section }),
    select: (kind, id) => store.update({ selected: { kind, id }, section: "source" }),
    insertFormula: (formula) => void placeFormula(formula, false),
    confirmOverwrite: () => {
      const pending = store.state.pendingOverwrite;
      if (pending) void placeFormula(pending.formula, true);
    },
    cancelOverwrite: () => store.update({ pendingOverwrite: null, status: { text: "Nothing was changed.", tone: "info" } }),
    insertSection: (section) =>
      void run("Insert as table", async () => {
        const table = sectionTable(section, store.state);
        if (!table || table.rows.length === 0) return say("There is nothing to insert: the search shows no rows.", "error");
        const plan = await insertTableOnNewSheet(SECTION_LABELS[section], table);
        say(`Inserted ${table.rows.length} rows as table ${plan.tableName} on sheet “${plan.sheetName}”.`, "success");
      }),
    insertChart: () =>
      void run("Chart casualties", async () => {
        const plan = await insertCasualtyChart(store.state.report);
        say(`Inserted the casualties chart and its table on sheet “${plan.sheetName}”.`, "success");
      }),
    crossReferenceSelection: () =>
      void run("Cross-reference selection", async () => {
        const selection = await readSelectedValues();
        const items = selection.values.flatMap((value) => crossReference(store.state.report, value));
        store.update({ matches: { title: `Cross-reference of ${selection.address}`, items } });
        say(
          `${items.length} match${items.length === 1 ? "" : "es"} for ${selection.values.length} cell${selection.values.length === 1 ? "" : "s"}.`,
        );
      }),
    showActiveCellSource: () =>
      void run("Source of active cell", async () => {
        const cell = await readActiveCell();
        showEvidence(cell.address, evidenceForCell(store.state.report, cell.formula, cell.value, reportFor), false);
      }),
    downloadWorkbook: () =>
      void run("Download workbook", async () => {
        await downloadWorkbook(store.state.report);
        say("Downloaded report.xlsx: every section as a table, with an About sheet.", "success");
      }),
    writeMatches: () =>
      void run("Write matches", async () => {
        const items = store.state.matches?.items ?? [];
        const plan = await insertTableOnNewSheet("Cross-reference", matchesTable(items));
        say(`Wrote ${items.length} matches on sheet “${plan.sheetName}”.`, "success");
      }),
  };
}

/** The state change that shows another report (and what formulas must then name), or none when it is already shown. */
export function reportPatch(store: Store, report: PaneState["report"]): Partial<PaneState> {
  if (report === store.state.report) return {};
  const id = report.report.source.id;
  return { report, reportArgument: id === store.library.defaultReportId ? undefined : id, selected: null, matches: null };
}

/** Shows the source of each newly selected cell, when it has one; silent otherwise. */
export async function followSelection(store: Store): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.onSelectionChanged.add(async () => {
      try {
        const cell = await readActiveCell();
        const found = evidenceForCell(store.state.report, cell.formula, cell.value, (argument) => {
          const r = store.library.resolve(argument);
          return r.ok ? r.value : undefined;
        });
        const { matches } = found;
        if (matches.length > 0) {
          const first = matches[0]!;
          store.update({
            ...reportPatch(store, found.report),
            matches: { title: `Source of ${cell.address}`, items: matches },
            selected: { kind: first.kind, id: first.id },
          });
        }
      } catch {
        // Following the selection is a convenience: a failed read changes nothing and says nothing.
      }
    });
    await context.sync();
  });
}
