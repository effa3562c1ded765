import { report as bundledReport } from "../../src/dataset/report";
import { compareFigure, COMPARE_HEADER, Library, type Table } from "../../src/query";
import { compareFormula, insertCompareChart } from "../../src/taskpane/excel/compare-chart";
import { createController } from "../../src/taskpane/controller";
import { Store } from "../../src/taskpane/state";
import { secondReport } from "../fixtures/second-report/build";
import { mockExcel } from "../support/excel-mock";

const twoReports = () =>
  new Library([
    { report: bundledReport, origin: "bundled" },
    { report: secondReport(), origin: "file" },
  ]);
const gazaKilled = (library: Library): Table => {
  const compared = compareFigure(library, "Gaza", "killed");
  if (!compared.ok) throw new Error("the two reports should both give Gaza killed");
  return compared.value;
};
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe("Chart across reports", () => {
  it("writes COMPARE's table and a line chart of value, low and high against each report's date, in three syncs", async () => {
    const excel = mockExcel();
    const table = gazaKilled(twoReports());
    const plan = await insertCompareChart(table, "Gaza", "killed");
    expect(plan.sheetName).toBe("Across reports");
    const sheet = excel.added[0]!;
    expect(sheet.ranges[0]!.values).toEqual([[...COMPARE_HEADER], ...table.rows]);
    const [chart] = sheet.charts;
    expect(chart!.type).toBe("LineMarkers");
    expect(chart!.seriesBy).toBe("Columns");
    // value, low, high (columns C:E) with their header row; the published dates (column B) on the axis.
    expect(chart!.range.address).toBe("C1:E3");
    expect(chart!.axes.categoryAxis.setCategoryNames).toHaveBeenCalledWith(expect.objectContaining({ address: "B2:B3" }));
    expect(chart!.axes.categoryAxis.categoryType).toBe("DateAxis");
    expect(chart!.title.text).toBe("Gaza killed, as each report gave it (2 reports)");
    expect(excel.syncs()).toBe(3);
  });

  it("keeps a bound a report does not give blank, never 0, and says how to get the live table", async () => {
    const excel = mockExcel();
    const table = gazaKilled(twoReports());
    await insertCompareChart(table, "Gaza", "killed");
    const rows = excel.added[0]!.ranges[0]!.values!.slice(1);
    const column = (name: (typeof COMPARE_HEADER)[number]) => rows.map((row) => row[COMPARE_HEADER.indexOf(name)]);
    expect(column("value")).toEqual([2750, 3000]);
    expect(column("qualifier")).toEqual(["about", "more than"]);
    expect(column("high")).toEqual(["", ""]);
    const note = excel.added[0]!.ranges.find((r) => r.address === "A5:A6")!;
    expect(note.values![1]![0]).toContain('=REPORT.COMPARE("Gaza","killed")');
  });

  it("removes the sheet it added when the write fails", async () => {
    const excel = mockExcel({ failSync: { at: 3, error: new Error("The workbook is protected") } });
    await expect(insertCompareChart(gazaKilled(twoReports()), "Gaza", "killed")).rejects.toThrow(/protected/);
    expect(excel.sheets()).toEqual(["Sheet1"]);
  });

  it("escapes quotes in the formula it suggests", () => {
    expect(compareFormula('say "Gaza"', "killed")).toBe('=REPORT.COMPARE("say ""Gaza""","killed")');
  });
});

describe("Chart across reports in the pane", () => {
  const pane = (library: Library) => {
    const store = new Store(library);
    store.update({ excel: true });
    return { store, handlers: createController(store) };
  };

  it("charts the figure across the library, and says so when only one report gives it", async () => {
    const excel = mockExcel();
    const { store, handlers } = pane(twoReports());
    handlers.chartAcrossReports("Gaza", "killed");
    await settle();
    expect(store.state.status).toEqual({
      tone: "success",
      text: "Charted Gaza killed across 2 reports on sheet “Across reports”.",
    });
    expect(excel.added).toHaveLength(1);

    handlers.chartAcrossReports("Lebanon", "killed");
    await settle();
    expect(store.state.status).toMatchObject({
      tone: "error",
      text: expect.stringMatching(/^Only one report in the library gives Lebanon killed/),
    });
    expect(excel.added).toHaveLength(1);
  });
});
