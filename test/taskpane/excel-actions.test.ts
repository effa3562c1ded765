import { casualtiesByPlace, figureTable, type Table } from "../../src/query";
import { insertCasualtyChart, CHART_TITLE } from "../../src/taskpane/excel/chart";
import { actionFailed } from "../../src/taskpane/excel/errors";
import { insertFormula, replaceFormula, splitAddress } from "../../src/taskpane/excel/formula";
import { columnFormats, insertTableOnNewSheet } from "../../src/taskpane/excel/new-sheet";
import { MAX_CELLS_READ, readActiveCell, readSelectedValues } from "../../src/taskpane/excel/selection";
import { bundled } from "../support/bundled";
import { mockExcel } from "../support/excel-mock";

const figures = (figureTable(bundled) as { ok: true; value: Table }).value;

describe("Insert as table", () => {
  it("writes the header and every row at once as a real table on a new sheet, in three syncs", async () => {
    const excel = mockExcel();
    const plan = await insertTableOnNewSheet("Figures", figures);
    expect(plan).toEqual({ sheetName: "Figures", tableName: "ReportFigures" });
    const [sheet] = excel.added;
    expect(sheet!.name).toBe("Figures");
    const [whole] = sheet!.ranges;
    expect(whole!.address).toBe("A1:M13");
    expect(whole!.values![0]).toEqual([...figures.header]);
    expect(whole!.values!.slice(1)).toEqual(figures.rows);
    expect(sheet!.tables).toEqual([{ range: whole, hasHeaders: true, name: "ReportFigures" }]);
    expect(whole!.format.autofitColumns).toHaveBeenCalledTimes(1);
    expect(sheet!.activate).toHaveBeenCalled();
    expect(excel.syncs()).toBe(3);
  });

  it("formats dates as dates, numbers as numbers and everything else as text", async () => {
    const excel = mockExcel();
    await insertTableOnNewSheet("Figures", figures);
    const formats = excel.added[0]!.ranges[0]!.numberFormat!;
    expect(formats[0]!.every((f) => f === "@")).toBe(true);
    const header = [...figures.header];
    expect(formats[1]![header.indexOf("value")]).toBe("#,##0");
    expect(formats[1]![header.indexOf("date")]).toBe("yyyy-mm-dd");
    expect(formats[1]![header.indexOf("evidence")]).toBe("@");
    expect(columnFormats(figures)).toEqual(formats[1]);
  });

  it("wraps long text columns instead of stretching them", async () => {
    const excel = mockExcel();
    await insertTableOnNewSheet("Figures", figures);
    const evidence = excel.added[0]!.ranges.find((r) => r.address === "H1:H13")!;
    expect(evidence.format).toMatchObject({ columnWidth: 320, wrapText: true });
  });

  it("takes a new name when the sheet or the table name is taken", async () => {
    const excel = mockExcel({ sheets: ["Sheet1", "Figures", "Figures (2)"], tables: ["ReportFigures"] });
    const plan = await insertTableOnNewSheet("Figures", figures);
    expect(plan).toEqual({ sheetName: "Figures (3)", tableName: "ReportFigures_2" });
    expect(excel.sheets()).toEqual(["Sheet1", "Figures", "Figures (2)", "Figures (3)"]);
  });

  it("needs the same three syncs (names, sheet, contents) for 1 row or 1,000 rows", async () => {
    const big: Table = { header: ["n"], rows: Array.from({ length: 1000 }, (_, i) => [i]) };
    const excel = mockExcel();
    await insertTableOnNewSheet("Big", big);
    expect(excel.syncs()).toBe(3);
    expect(excel.added[0]!.ranges[0]!.address).toBe("A1:A1001");
  });

  it("removes the sheet it added when Excel rejects the write, leaving the workbook as it was", async () => {
    const excel = mockExcel({ failSync: { at: 3, error: new Error("The sheet is protected") } });
    await expect(insertTableOnNewSheet("Figures", figures)).rejects.toThrow("The sheet is protected");
    expect(excel.deleted).toEqual(["Figures"]);
    expect(excel.sheets()).toEqual(["Sheet1"]);
    expect(excel.context.workbook.worksheets.getItemOrNullObject).toHaveBeenLastCalledWith("{added-1}");
  });

  it("never deletes a co-author's sheet of the same name when its own sheet was not added", async () => {
    const excel = mockExcel({
      coauthorAddsSheet: { beforeSync: 2, name: "Figures" },
      failSync: { at: 2, error: new Error("A sheet with this name already exists") },
    });
    await expect(insertTableOnNewSheet("Figures", figures)).rejects.toThrow("already exists");
    expect(excel.deleted).toEqual([]);
    expect(excel.sheets()).toEqual(["Sheet1", "Figures"]);
  });

  it("says which sheet is left when removing it fails too", async () => {
    const excel = mockExcel({ failSync: { at: [3, 5], error: new Error("The workbook is protected") } });
    const failure = await insertTableOnNewSheet("Figures", figures).catch((error: unknown) => error);
    expect(actionFailed("Insert as table", failure)).toBe(
      "Insert as table failed: The workbook is protected. The sheet “Figures” it had added could not be removed " +
        "(The workbook is protected): it is still in the workbook; delete it if you do not want it.",
    );
    expect(excel.sheets()).toEqual(["Sheet1", "Figures"]);
  });
});

describe("Chart casualties", () => {
  it("inserts the casualties table and a clustered column chart of killed, injured and hostages", async () => {
    const excel = mockExcel();
    const plan = await insertCasualtyChart(bundled);
    expect(plan.sheetName).toBe("Casualties chart");
    const sheet = excel.added[0]!;
    const table = casualtiesByPlace(bundled);
    expect(sheet.ranges[0]!.values).toEqual([[...table.header], ...table.rows]);
    const [chart] = sheet.charts;
    expect(chart!.type).toBe("ColumnClustered");
    expect(chart!.seriesBy).toBe("Columns");
    expect(chart!.range.address).toBe("A1:D6");
    expect(excel.syncs()).toBe(3);
  });

  it("leaves places without a figure blank, never 0, and says some values are bounds or approximations", async () => {
    const excel = mockExcel();
    await insertCasualtyChart(bundled);
    const sheet = excel.added[0]!;
    const gaza = sheet.ranges[0]!.values!.find((row) => row[0] === "Gaza Strip")!;
    expect(gaza.slice(1, 4)).toEqual([2750, 9700, ""]);
    expect(gaza.slice(4)).toEqual(["about 2,750", "more than 9,700", "not reported"]);
    expect(sheet.charts[0]!.title.text).toBe(
      `${CHART_TITLE}. Some values are lower bounds (at least, more than, over) or approximations (about), as the report gives them.`,
    );
  });
});

describe("Insert formula", () => {
  it("puts the formula in an empty active cell", async () => {
    const excel = mockExcel({ activeCell: { address: "Sheet1!C3", value: "", formula: "" } });
    const result = await insertFormula('=REPORT.CASUALTIES("Gaza Strip","killed")');
    expect(result).toEqual({ inserted: true, address: "Sheet1!C3" });
    expect(excel.activeCell().formulas).toEqual([['=REPORT.CASUALTIES("Gaza Strip","killed")']]);
    expect(excel.syncs()).toBe(2);
  });

  it("refuses a non-empty cell and leaves it as it was", async () => {
    const excel = mockExcel({ activeCell: { address: "Sheet1!C3", value: "my note", formula: "my note" } });
    const result = await insertFormula('=REPORT.CASUALTIES("Gaza Strip","killed")');
    expect(result).toEqual({
      inserted: false,
      address: "Sheet1!C3",
      reason: "occupied",
      cell: { address: "Sheet1!C3", value: "my note", formula: "my note" },
    });
    expect(excel.activeCell().formulas).toEqual([["my note"]]);
    expect(excel.syncs()).toBe(1);
  });

  it("replaces a non-empty cell only when told to, and only the cell it was told of", async () => {
    const excel = mockExcel({ activeCell: { address: "Sheet1!C3", value: 5, formula: "=2+3" } });
    const shown = { address: "Sheet1!C3", value: 5, formula: "=2+3" };
    expect(await replaceFormula('=REPORT.WHO("genocide machine")', shown)).toEqual({ inserted: true, address: "Sheet1!C3" });
    expect(excel.activeCell().formulas).toEqual([['=REPORT.WHO("genocide machine")']]);
  });

  it("writes the confirmed cell by its address even when another cell is selected now", async () => {
    const excel = mockExcel({
      activeCell: { address: "Sheet1!A1", value: "my note", formula: "my note" },
      cells: { "Sheet1!C5": { value: 45, formula: "=SUM(B1:B9)" } },
    });
    const refused = await insertFormula('=REPORT.CASUALTIES("Gaza","killed")');
    expect(refused).toMatchObject({ inserted: false, reason: "occupied", address: "Sheet1!A1" });
    if (refused.inserted) throw new Error("expected the occupied cell to be refused");
    excel.select("Sheet1!C5");
    const replaced = await replaceFormula('=REPORT.CASUALTIES("Gaza","killed")', refused.cell);
    expect(replaced).toEqual({ inserted: true, address: "Sheet1!A1" });
    expect(await excel.formulasOf("Sheet1!C5")).toEqual([["=SUM(B1:B9)"]]);
    expect(excel.cell("Sheet1!A1").formulas).toEqual([['=REPORT.CASUALTIES("Gaza","killed")']]);
  });

  it("refuses to replace a cell that changed since the user was asked, and writes nothing", async () => {
    const excel = mockExcel({ activeCell: { address: "Sheet1!A1", value: "my note", formula: "my note" } });
    const shown = { address: "Sheet1!A1", value: "an older note", formula: "an older note" };
    const result = await replaceFormula('=REPORT.WHO("genocide machine")', shown);
    expect(result).toEqual({
      inserted: false,
      address: "Sheet1!A1",
      reason: "changed",
      cell: { address: "Sheet1!A1", value: "my note", formula: "my note" },
    });
    expect(excel.activeCell().formulas).toEqual([["my note"]]);
    expect(excel.syncs()).toBe(1);
  });

  it("treats a blank cell inside another formula's spill as occupied", async () => {
    const excel = mockExcel({
      activeCell: { address: "Sheet1!J3", value: "", formula: "" },
      spills: { "Sheet1!J3": "Sheet1!A1" },
    });
    const result = await insertFormula('=REPORT.CASUALTIES("Gaza","killed","high")');
    expect(result).toEqual({
      inserted: false,
      address: "Sheet1!J3",
      reason: "spill",
      cell: { address: "Sheet1!J3", value: "", formula: "", spillFrom: "Sheet1!A1" },
    });
    expect(excel.activeCell().formulas).toEqual([[""]]);
  });

  it("reads sheet names with spaces and quotes out of an address", () => {
    expect(splitAddress("'Bob''s figures'!B2")).toEqual({ sheet: "Bob's figures", cell: "B2" });
    expect(splitAddress("Sheet1!C5")).toEqual({ sheet: "Sheet1", cell: "C5" });
  });
});

describe("Reading the selection", () => {
  it("reads the non-empty selected values", async () => {
    const excel = mockExcel({
      selection: {
        address: "Sheet1!A1:B2",
        values: [
          ["Khamenei", ""],
          [2750, "genocide machine"],
        ],
      },
    });
    expect(await readSelectedValues()).toEqual({ address: "Sheet1!A1:B2", values: ["Khamenei", 2750, "genocide machine"] });
    expect(excel.valuesRead()).toEqual(["Sheet1!A1:B2"]);
  });

  it("reads only the part of a select-all inside the used range", async () => {
    const excel = mockExcel({
      selection: {
        address: "Sheet1!A1:XFD1048576",
        values: [],
        used: {
          address: "Sheet1!A1:B3",
          values: [
            ["Raisi", ""],
            ["", 150],
            ["shopping", "list"],
          ],
        },
      },
    });
    expect(await readSelectedValues()).toEqual({ address: "Sheet1!A1:XFD1048576", values: ["Raisi", 150, "shopping", "list"] });
    expect(excel.valuesRead()).toEqual(["Sheet1!A1:B3"]);
  });

  it("caps what it reads of a huge used range, and says where it cut", async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => [`row ${i}`, i, ""]);
    const excel = mockExcel({
      selection: { address: "Sheet1!A1:C1048576", values: [], used: { address: "Sheet1!A1:D40000", values: rows } },
    });
    const result = await readSelectedValues();
    expect(result.cut).toEqual({ read: `Sheet1!A1:C${Math.floor(MAX_CELLS_READ / 3)}`, cells: 120_000 });
    expect(result.values).toHaveLength(Math.floor(MAX_CELLS_READ / 3) * 2);
    expect(excel.valuesRead()).toEqual([result.cut!.read]);
  });

  it("reads nothing from an empty sheet", async () => {
    const excel = mockExcel({ selection: { address: "Sheet1!A1:XFD1048576", values: [], used: null } });
    expect(await readSelectedValues()).toEqual({ address: "Sheet1!A1:XFD1048576", values: [] });
    expect(excel.valuesRead()).toEqual([]);
  });

  it("reads the active cell's formula and value in one sync", async () => {
    const excel = mockExcel({
      activeCell: { address: "Sheet1!D4", value: 2750, formula: '=REPORT.CASUALTIES("Gaza","killed")' },
    });
    expect(await readActiveCell()).toEqual({ address: "Sheet1!D4", value: 2750, formula: '=REPORT.CASUALTIES("Gaza","killed")' });
    expect(excel.syncs()).toBe(1);
  });
});
