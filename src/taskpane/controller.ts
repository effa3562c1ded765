import { failureMessage } from "../model/failure";
import {
  actorTable,
  compareFigure,
  crossReference,
  eventTable,
  evidenceForCell,
  figureTable,
  MATCH_HEADER,
  statementTable,
  type Match,
  type Table,
} from "../query";
import { libraryHandlers } from "./library-actions";
import { readWorkbookReports } from "./workbook-read";
import type { LoadOutcome } from "../store/workbook-library";
import { actionFailed } from "./excel/errors";
import type { CheckedCell } from "./excel/formula";
import { MAX_CELLS_READ, readActiveCell, readSelectedValues } from "./excel/selection";
import { SECTION_LABELS, type PaneState, type Section, type Store } from "./state";
import type { PaneHandlers } from "./views/handlers";

// Writing into the workbook loads at the first insert: it is not part of the pane's start-up script.
const formulaWriting = () => import(/* webpackChunkName: "insert-formula" */ "./insert-formula");
const insertTableOnNewSheet = async (base: string, table: Table) =>
  (await import(/* webpackChunkName: "new-sheet" */ "./excel/new-sheet")).insertTableOnNewSheet(base, table);

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
    case "reports":
      return undefined;
  }
}

/** The sections "Insert every section" writes, whole (not what the search shows). */
const WHOLE_SECTIONS = ["figures", "statements", "timeline", "people"] as const;

function wholeSection(r: PaneState["report"], section: (typeof WHOLE_SECTIONS)[number]): Table {
  const unwrap = (result: { ok: true; value: Table } | { ok: false }) => (result.ok ? result.value : { header: [], rows: [] });
  switch (section) {
    case "figures":
      return unwrap(figureTable(r));
    case "statements":
      return unwrap(statementTable(r));
    case "timeline":
      return unwrap(eventTable(r));
    case "people":
      return actorTable(r);
  }
}

export function matchesTable(matches: readonly Match[]): Table {
  return { header: MATCH_HEADER, rows: matches.map((m) => [m.input, m.kind, m.label, m.detail, m.evidence.exact, m.id]) };
}

/** Where "Back" returns from the source view: the list it was opened from (kept when already in the source view). */
const listToReturnTo = (state: PaneState): Section | null => (state.section === "source" ? state.returnTo : state.section);

/** The pane's actions: each runs against Excel, then tells the user what happened through the store. */
export interface ControllerOptions {
  /** The start-time read of the workbook's reports (functions-runtime.ts), which "Try again" runs again. */
  readWorkbookReports?: () => Promise<LoadOutcome | undefined>;
}

export function createController(store: Store, options: ControllerOptions = {}): PaneHandlers {
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

  /** Inserts into the active cell, or, once confirmed, into the very cell the user was asked about. */
  const placeFormula = (formula: string, confirmed?: CheckedCell) =>
    run("Insert formula", async () => {
      const { insertFormula, replaceFormula, notInsertedMessage } = await formulaWriting();
      const result = confirmed ? await replaceFormula(formula, confirmed) : await insertFormula(formula);
      if (result.inserted) {
        store.update({ pendingOverwrite: null });
        say(`Inserted ${formula} in ${result.address}.`, "success");
      } else {
        store.update({ pendingOverwrite: { formula, address: result.address, cell: result.cell } });
        say(notInsertedMessage(result), "error");
      }
    });

  /** The report a formula's `[report]` argument names, the default when blank; undefined for no such report. */
  const reportFor = (argument: unknown) => {
    const found = store.library.resolve(argument);
    return found.ok ? found.value : undefined;
  };

  /**
   * A sharing action, its code loaded when first used (it is rarely needed, and the pane's start-up script stays
   * small); its own errors already say what is left, so they are shown as they are.
   */
  const sharing = (action: string, work: (share: typeof import("./excel/share")) => Promise<void>) =>
    void run(action, async () => {
      const share = await import(/* webpackChunkName: "share" */ "./excel/share");
      try {
        await work(share);
      } catch (error) {
        if (error instanceof share.SharingUnsupportedError || error instanceof share.SharingFailedError)
          return say(error.message, "error");
        throw error;
      }
    });
  // The chart actions' code, loaded when first used: the pane's start-up script stays small.
  const charts = () => import(/* webpackChunkName: "charts" */ "./excel/charts");
  const skippedText = (skipped: ReadonlyArray<{ address: string; reason: string }>) =>
    skipped.map((s) => `${s.address} (${s.reason})`).join("; ");

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
      returnTo: listToReturnTo(store.state),
      busy: false,
      status: { text: `${address}: ${first.label} — “${first.evidence.exact}”`, tone: "info" },
    });
  };

  return {
    ...libraryHandlers(store, say, run),
    retryWorkbookRead: () => {
      if (options.readWorkbookReports) void readWorkbookReports(store, options.readWorkbookReports);
    },
    setQuery: (query) => store.update({ query }),
    setSection: (section) => store.update({ section, returnTo: null }),
    select: (kind, id) => store.update({ selected: { kind, id }, section: "source", returnTo: listToReturnTo(store.state) }),
    back: () => store.update({ section: store.state.returnTo ?? "figures", returnTo: null }),
    insertFormula: (formula) => void placeFormula(formula),
    confirmOverwrite: () => {
      const pending = store.state.pendingOverwrite;
      if (pending) void placeFormula(pending.formula, pending.cell);
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
        const { insertCasualtyChart } = await charts();
        const plan = await insertCasualtyChart(store.state.report);
        say(`Inserted the casualties chart and its table on sheet “${plan.sheetName}”.`, "success");
      }),
    chartAcrossReports: (where, measure) =>
      void run("Chart across reports", async () => {
        const compared = compareFigure(store.library, where, measure);
        if (!compared.ok) return say(failureMessage(compared.failure), "error");
        const reports = compared.value.rows.length;
        if (reports < 2)
          return say(
            `Only one report in the library gives ${where} ${measure}: add another report that does to chart it over time.`,
            "error",
          );
        const { insertCompareChart } = await charts();
        const plan = await insertCompareChart(compared.value, where, measure);
        say(`Charted ${where} ${measure} across ${reports} reports on sheet “${plan.sheetName}”.`, "success");
      }),
    crossReferenceSelection: () =>
      void run("Cross-reference selection", async () => {
        const selection = await readSelectedValues();
        const items = selection.values.flatMap((value) => crossReference(store.state.report, value));
        store.update({ matches: { title: `Cross-reference of ${selection.address}`, items } });
        const cells = `${selection.values.length} cell${selection.values.length === 1 ? "" : "s"}`;
        const cut = selection.cut
          ? ` The selection has ${selection.cut.cells.toLocaleString("en-US")} cells in use: only ${selection.cut.read} was read (at most ${MAX_CELLS_READ.toLocaleString("en-US")} cells); select fewer cells for the rest.`
          : "";
        say(`${items.length} match${items.length === 1 ? "" : "es"} for ${cells}.${cut}`);
      }),
    showActiveCellSource: () =>
      void run("Source of active cell", async () => {
        const cell = await readActiveCell();
        showEvidence(cell.address, evidenceForCell(store.state.report, cell.formula, cell.value, reportFor), false);
      }),
    downloadWorkbook: () =>
      void run("Download workbook", async () => {
        // Loaded when asked for, with ExcelJS after it: neither is part of the pane's start-up script.
        const { downloadWorkbook } = await import(/* webpackChunkName: "download" */ "./download");
        await downloadWorkbook(store.state.report);
        // The page cannot see whether the host saved it: Excel on Mac blocks downloads from a task pane (office-js #2700).
        say(
          "report.xlsx was handed to the browser to save. If no file appears (Excel on Mac does not let a pane download), use Insert every section: the same tables, in this workbook.",
        );
      }),
    insertAllSections: () =>
      void run("Insert every section", async () => {
        const inserted: string[] = [];
        for (const section of WHOLE_SECTIONS) {
          const table = wholeSection(store.state.report, section);
          try {
            inserted.push((await insertTableOnNewSheet(SECTION_LABELS[section], table)).sheetName);
          } catch (error) {
            const failed = actionFailed(`Inserting ${SECTION_LABELS[section]}`, error);
            // The failed section's own sheet is removed; the ones before it stay, and the message names them.
            const stay = ` Sheets inserted before it stay: ${inserted.map((n) => `“${n}”`).join(", ")}.`;
            say(inserted.length === 0 ? failed : failed.replace(/ The workbook was left as it was\.$/, stay), "error");
            return;
          }
        }
        say(`Inserted every section as a table, one sheet each: ${inserted.map((n) => `“${n}”`).join(", ")}.`, "success");
      }),
    keepValuesForSharing: () =>
      sharing("Keep values for sharing", async ({ keepValuesForSharing }) => {
        const result = await keepValuesForSharing({ scope: "sheet", current: store.library.default!, resolve: reportFor });
        const skipped = skippedText(result.skipped);
        say(
          result.kept.length === 0
            ? `This sheet has no REPORT formula to keep${skipped ? `; skipped ${skipped}` : ""}.`
            : `Kept the values of ${result.kept.length} REPORT formula${result.kept.length === 1 ? "" : "s"} on this sheet, each formula and its words in the cell's note. “Restore formulas” undoes it.${skipped ? ` Skipped: ${skipped}.` : ""}`,
          "success",
        );
      }),
    restoreFormulas: () =>
      sharing("Restore formulas", async ({ restoreFormulas }) => {
        const result = await restoreFormulas("sheet");
        const skipped = skippedText(result.skipped);
        say(
          `Restored ${result.restored.length} REPORT formula${result.restored.length === 1 ? "" : "s"} from their notes.${skipped ? ` Skipped: ${skipped}.` : ""}`,
          result.restored.length > 0 ? "success" : "info",
        );
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

/** Shows the source of a newly selected cell, when it has one; silent otherwise. */
async function showSourceOfSelection(store: Store): Promise<void> {
  // Moving the selection withdraws an offer to replace a cell: the offer was for the cell selected then.
  const pending = store.state.pendingOverwrite;
  if (pending) {
    store.update({
      pendingOverwrite: null,
      status: { text: `The selection moved: ${pending.address} was not replaced. Nothing was changed.`, tone: "info" },
    });
  }
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
}

/**
 * Follows the selection only while the pane is shown: a shared runtime started for a
 * recalculation, or a pane the user closed, does no Excel work on selection changes. Office
 * tells the pane when it is shown or hidden (Office.addin.onVisibilityModeChanged, SharedRuntime
 * 1.1); `visible` is whether the pane is shown now.
 */
export async function followSelectionWhileVisible(store: Store, visible: boolean): Promise<void> {
  let handler: OfficeExtension.EventHandlerResult<Excel.SelectionChangedEventArgs> | undefined;
  let changes = Promise.resolve();
  const follow = async () => {
    if (handler) return;
    await Excel.run(async (context) => {
      handler = context.workbook.onSelectionChanged.add(() => showSourceOfSelection(store));
      await context.sync();
    });
  };
  const stop = async () => {
    const current = handler;
    if (!current) return;
    handler = undefined;
    await Excel.run(current.context, async (context) => {
      current.remove();
      await context.sync();
    });
  };
  // One change at a time, in the order Office reports them.
  const apply = (shown: boolean) => (changes = changes.then(shown ? follow : stop).catch(() => undefined));
  await Office.addin.onVisibilityModeChanged((args) => void apply(args.visibilityMode === "Taskpane"));
  if (visible) await apply(true);
}
