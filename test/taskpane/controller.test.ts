import { createController, followSelectionWhileVisible } from "../../src/taskpane/controller";
import { Store } from "../../src/taskpane/state";
import { report } from "../../src/dataset/report";
import { Library } from "../../src/query";
import { mockExcel } from "../support/excel-mock";

// Building the workbook needs a browser page; here only what the pane says after it matters.
jest.mock("../../src/taskpane/download", () => ({ downloadWorkbook: jest.fn(async () => undefined) }));

/** Office.addin as Office gives it: the pane is told when it is shown or hidden. */
function officeAddin() {
  let onVisibility: ((args: { visibilityMode: string }) => void) | undefined;
  (globalThis as Record<string, unknown>).Office = {
    addin: {
      onVisibilityModeChanged: jest.fn(async (handler: (args: { visibilityMode: string }) => void) => {
        onVisibility = handler;
        return async () => undefined;
      }),
    },
  };
  return {
    show: () => onVisibility!({ visibilityMode: "Taskpane" }),
    hide: () => onVisibility!({ visibilityMode: "Hidden" }),
  };
}

afterEach(() => delete (globalThis as Record<string, unknown>).Office);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the pane's actions", () => {
  it("asks before replacing a non-empty cell, and replaces it only when confirmed", async () => {
    const excel = mockExcel({ activeCell: { address: "Sheet1!A1", value: "keep me", formula: "keep me" } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    const pane = createController(store);
    pane.insertFormula('=REPORT.CASUALTIES("Israel","killed")');
    await settle();
    expect(store.state.status).toEqual({
      text: "Sheet1!A1 is not empty: the formula was not inserted. Choose an empty cell, or replace its content.",
      tone: "error",
    });
    expect(store.state.pendingOverwrite).toEqual({
      formula: '=REPORT.CASUALTIES("Israel","killed")',
      address: "Sheet1!A1",
      cell: { address: "Sheet1!A1", value: "keep me", formula: "keep me" },
    });
    expect(excel.activeCell().formulas).toEqual([["keep me"]]);
    pane.confirmOverwrite();
    await settle();
    expect(excel.activeCell().formulas).toEqual([['=REPORT.CASUALTIES("Israel","killed")']]);
    expect(store.state.pendingOverwrite).toBeNull();
  });

  it("replaces the cell it offered to replace, not the cell selected when Replace is clicked", async () => {
    const excel = mockExcel({
      activeCell: { address: "Sheet1!A1", value: "keep me", formula: "keep me" },
      cells: { "Sheet1!C5": { value: 45, formula: "=SUM(B1:B9)" } },
    });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    const pane = createController(store);
    pane.insertFormula('=REPORT.CASUALTIES("Israel","killed")');
    await settle();
    excel.select("Sheet1!C5");
    pane.confirmOverwrite();
    await settle();
    expect(await excel.formulasOf("Sheet1!C5")).toEqual([["=SUM(B1:B9)"]]);
    expect(excel.cell("Sheet1!A1").formulas).toEqual([['=REPORT.CASUALTIES("Israel","killed")']]);
    expect(store.state.status?.text).toBe('Inserted =REPORT.CASUALTIES("Israel","killed") in Sheet1!A1.');
  });

  it("asks again, writing nothing, when the offered cell changed before Replace", async () => {
    const excel = mockExcel({ activeCell: { address: "Sheet1!A1", value: "keep me", formula: "keep me" } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    const pane = createController(store);
    pane.insertFormula('=REPORT.CASUALTIES("Israel","killed")');
    await settle();
    excel.cell("Sheet1!A1").formulas = [["=NOW()"]];
    excel.cell("Sheet1!A1").values = [[46000.5]];
    pane.confirmOverwrite();
    await settle();
    expect(excel.cell("Sheet1!A1").formulas).toEqual([["=NOW()"]]);
    expect(store.state.status?.text).toBe(
      "Sheet1!A1 changed after you were asked: nothing was written. Replace it as it is now, or cancel.",
    );
    expect(store.state.pendingOverwrite?.cell).toEqual({ address: "Sheet1!A1", value: 46000.5, formula: "=NOW()" });
  });

  it("inserts only the rows the search shows", async () => {
    const excel = mockExcel();
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    const pane = createController(store);
    store.update({ query: "West Bank" });
    pane.insertSection("figures");
    await settle();
    expect(excel.added[0]!.ranges[0]!.values!.slice(1).map((row) => row[0])).toEqual(["West Bank", "West Bank"]);
    expect(store.state.status).toEqual({ text: "Inserted 2 rows as table ReportFigures on sheet “Figures”.", tone: "success" });
  });

  it("tells the user when Excel rejects an action and that nothing changed", async () => {
    mockExcel({ failSync: { at: 2, error: new Error("This operation is not permitted on a protected sheet") } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    createController(store).insertChart();
    await settle();
    await settle();
    expect(store.state.status).toEqual({
      text: "Chart casualties failed: This operation is not permitted on a protected sheet. The workbook was left as it was.",
      tone: "error",
    });
    expect(store.state.busy).toBe(false);
  });

  it("does not claim the workbook was left as it was when the sheet it added could not be removed", async () => {
    mockExcel({ failSync: { at: [3, 4], error: new Error("The connection to the workbook was lost") } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    createController(store).insertChart();
    for (let i = 0; i < 4; i++) await settle();
    expect(store.state.status?.text).toBe(
      "Chart casualties failed: The connection to the workbook was lost. The sheet “Casualties chart” it had added " +
        "could not be removed (The connection to the workbook was lost): it is still in the workbook; delete it if you do not want it.",
    );
    expect(store.state.status?.text).not.toMatch(/left as it was/);
  });

  it("cross-references the selection and writes the matches as a table on a new sheet", async () => {
    const excel = mockExcel({ selection: { address: "Sheet1!A1:A2", values: [["Raisi"], [150]] } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    const pane = createController(store);
    pane.crossReferenceSelection();
    await settle();
    expect(store.state.matches?.items.map((m) => m.id)).toEqual([
      "actor:raisi",
      "statement:raisi-stop-war-crimes",
      "statement:raisi-blockade",
      "statement:raisi-new-generation",
      "statement:raisi-us-responsible",
      "figure:israel-hostages",
    ]);
    pane.writeMatches();
    await settle();
    const written = excel.added[0]!;
    expect(written.name).toBe("Cross-reference");
    expect(written.ranges[0]!.values![0]).toEqual(["input", "kind", "label", "detail", "evidence", "id"]);
    expect(written.ranges[0]!.values).toHaveLength(7);
  });

  it("shows the source of the active cell's REPORT formula", async () => {
    mockExcel({ activeCell: { address: "Sheet1!B2", value: 1250, formula: '=REPORT.CASUALTIES("West Bank","injured")' } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    createController(store).showActiveCellSource();
    await settle();
    expect(store.state.selected).toEqual({ kind: "figure", id: "figure:west-bank-injured" });
    expect(store.state.section).toBe("source");
    expect(store.state.status?.text).toMatch(/the Palestinian Health Ministry said/);
  });
});

describe("following the selection", () => {
  it("shows the source of each cell the user selects, when the report has one", async () => {
    officeAddin();
    const excel = mockExcel({ activeCell: { address: "Sheet1!C5", value: 58, formula: 58 } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    await followSelectionWhileVisible(store, true);
    expect(excel.selectionHandlers()).toBe(1);
    await excel.selectCell();
    expect(store.state.selected).toEqual({ kind: "figure", id: "figure:west-bank-killed" });
    expect(store.state.matches?.title).toBe("Source of Sheet1!C5");
  });

  it("withdraws an offer to replace a cell when the selection moves", async () => {
    const excel = mockExcel({
      activeCell: { address: "Sheet1!A1", value: "keep me", formula: "keep me" },
      cells: { "Sheet1!C5": { value: 45, formula: "=SUM(B1:B9)" } },
    });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    const pane = createController(store);
    officeAddin();
    await followSelectionWhileVisible(store, true);
    pane.insertFormula('=REPORT.CASUALTIES("Israel","killed")');
    await settle();
    expect(store.state.pendingOverwrite?.address).toBe("Sheet1!A1");
    excel.select("Sheet1!C5");
    await excel.selectCell();
    expect(store.state.pendingOverwrite).toBeNull();
    expect(store.state.status?.text).toBe("The selection moved: Sheet1!A1 was not replaced. Nothing was changed.");
  });

  it("stays silent for a cell the report has nothing for", async () => {
    officeAddin();
    const excel = mockExcel({ activeCell: { address: "Sheet1!A1", value: "shopping list", formula: "shopping list" } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    await followSelectionWhileVisible(store, true);
    await excel.selectCell();
    expect([store.state.selected, store.state.status, store.state.matches]).toEqual([null, null, null]);
  });

  it("does no Excel work while the pane is hidden, and follows again once it is shown", async () => {
    const pane = officeAddin();
    const excel = mockExcel({ activeCell: { address: "Sheet1!C5", value: 58, formula: 58 } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    await followSelectionWhileVisible(store, false); // a runtime started for recalculation
    await excel.selectCell();
    expect([excel.selectionHandlers(), excel.run.mock.calls.length, store.state.selected]).toEqual([0, 0, null]);

    pane.show();
    await settle();
    expect(excel.selectionHandlers()).toBe(1);
    await excel.selectCell();
    expect(store.state.selected).toEqual({ kind: "figure", id: "figure:west-bank-killed" });

    pane.hide();
    await settle();
    expect(excel.selectionHandlers()).toBe(0);
    const runs = excel.run.mock.calls.length;
    await excel.selectCell();
    expect(excel.run.mock.calls.length).toBe(runs);
  });
});

describe("getting the report into the workbook", () => {
  it("does not claim a download it cannot see, and offers the way that works inside Excel", async () => {
    mockExcel();
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    createController(store).downloadWorkbook();
    await settle();
    expect(store.state.status?.text).not.toMatch(/^Downloaded/);
    expect(store.state.status).toEqual({
      text: "report.xlsx was handed to the browser to save. If no file appears (Excel on Mac does not let a pane download), use Insert every section: the same tables, in this workbook.",
      tone: "info",
    });
  });

  it("inserts every section, whole, as a table on its own sheet", async () => {
    const excel = mockExcel();
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    store.update({ query: "West Bank" }); // the search does not narrow what is inserted
    createController(store).insertAllSections();
    for (let i = 0; i < 10; i++) await settle();
    expect(excel.added.map((sheet) => sheet.name)).toEqual(["Figures", "Statements", "Timeline", "People & groups"]);
    expect(excel.added[0]!.ranges[0]!.values).toHaveLength(13);
    expect(excel.added.every((sheet) => sheet.tables.length === 1)).toBe(true);
    expect(store.state.status?.tone).toBe("success");
  });

  it("says exactly which sheets stay when Excel rejects one section", async () => {
    // Each section takes two syncs: the third sync is the second section's first.
    const excel = mockExcel({ failSync: { at: 4, error: new Error("The workbook is protected") } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    createController(store).insertAllSections();
    for (let i = 0; i < 10; i++) await settle();
    expect(excel.sheets()).toEqual(["Sheet1", "Figures"]);
    expect(store.state.status).toEqual({
      text: "Inserting Statements failed: The workbook is protected. Sheets inserted before it stay: “Figures”.",
      tone: "error",
    });
  });
});

describe("opening a record's words and going back", () => {
  it("remembers the list an item was opened from, and Back returns there with the item still selected", () => {
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    const pane = createController(store);
    pane.setSection("statements");
    pane.select("statement", "statement:khamenei-complete-victory");
    expect(store.state).toMatchObject({ section: "source", returnTo: "statements" });
    // Opening another record from the source view (a cross-reference result) keeps the way back.
    pane.select("figure", "figure:gaza-strip-killed");
    expect(store.state.returnTo).toBe("statements");
    pane.back();
    expect(store.state).toMatchObject({
      section: "statements",
      returnTo: null,
      selected: { kind: "figure", id: "figure:gaza-strip-killed" },
    });
  });

  it("forgets the way back when the user picks a tab", () => {
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    const pane = createController(store);
    pane.select("figure", "figure:gaza-strip-killed");
    expect(store.state.returnTo).toBe("figures");
    pane.setSection("source");
    expect(store.state.returnTo).toBeNull();
  });
});
