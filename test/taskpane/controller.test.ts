import { createController, followSelection } from "../../src/taskpane/controller";
import { Store } from "../../src/taskpane/state";
import { report } from "../../src/dataset/report";
import { Library } from "../../src/query";
import { mockExcel } from "../support/excel-mock";

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
    expect(store.state.pendingOverwrite).toEqual({ formula: '=REPORT.CASUALTIES("Israel","killed")', address: "Sheet1!A1" });
    expect(excel.activeCell().formulas).toEqual([["keep me"]]);
    pane.confirmOverwrite();
    await settle();
    expect(excel.activeCell().formulas).toEqual([['=REPORT.CASUALTIES("Israel","killed")']]);
    expect(store.state.pendingOverwrite).toBeNull();
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
    const excel = mockExcel({ activeCell: { address: "Sheet1!C5", value: 58, formula: 58 } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    await followSelection(store);
    const onSelectionChanged = excel.context.workbook.onSelectionChanged.add as jest.Mock;
    expect(onSelectionChanged).toHaveBeenCalledTimes(1);
    await onSelectionChanged.mock.calls[0][0]();
    expect(store.state.selected).toEqual({ kind: "figure", id: "figure:west-bank-killed" });
    expect(store.state.matches?.title).toBe("Source of Sheet1!C5");
  });

  it("stays silent for a cell the report has nothing for", async () => {
    const excel = mockExcel({ activeCell: { address: "Sheet1!A1", value: "shopping list", formula: "shopping list" } });
    const store = new Store(new Library([{ report, origin: "bundled" }]));
    await followSelection(store);
    await (excel.context.workbook.onSelectionChanged.add as jest.Mock).mock.calls[0][0]();
    expect([store.state.selected, store.state.status, store.state.matches]).toEqual([null, null, null]);
  });
});
