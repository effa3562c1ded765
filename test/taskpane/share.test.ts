import {
  keepValuesForSharing,
  restoreFormulas,
  SharingFailedError,
  SharingUnsupportedError,
} from "../../src/taskpane/excel/share";
import {
  isReportFormula,
  keptNoteText,
  NO_WORDS,
  NOTE_HEADING,
  parseKeptNote,
  reportCalls,
  valuesCheck,
} from "../../src/taskpane/excel/share-note";
import { bundled } from "../support/bundled";
import { mockGrid, unmockGrid, type GridCellInput } from "../support/excel-grid";

const GAZA = '=REPORT.CASUALTIES("Gaza","killed")';
const ISRAEL_TWICE = '=REPORT.CASUALTIES("Israel","killed")*2';
const FIGURES = '=REPORT.FIGURES("Israel")';
const FIGURES_SPILL = [
  ["subject", "measure", "value"],
  ["Israel", "killed", 1400],
  ["Israel", "injured", 3500],
];
const USER_NOTE = "Checked against the ministry's bulletin - Dana";

/** A sheet with REPORT formulas (plain, inside a larger formula, spilling, showing #N/A, not yet calculated)
 * beside cells that must never change. */
const cells = (): Record<string, GridCellInput> => ({
  A1: { value: "Place" },
  B1: { value: "Killed" },
  A2: { value: "Gaza" },
  B2: { formula: GAZA, value: 2750 },
  C2: { formula: "=B2*2", value: 5500 },
  D2: { formula: ISRAEL_TWICE, value: 2800 },
  E2: { formula: '="REPORT.CASUALTIES(" & A2', value: "REPORT.CASUALTIES(Gaza" },
  F2: { formula: '=REPORT.ACTOR("Khamenei","role")', value: "=the words of a hostile report" },
  G2: { formula: GAZA, value: 2750 },
  H2: { formula: '=REPORT.CASUALTIES("Gaza","hostages")', value: "#N/A" },
  I2: { formula: '=REPORT.CASUALTIES("Gaza","injured")', value: "#BUSY!" },
  J2: { formula: '=REPORT.CASUALTIES("Israel","killed","text")', value: "1,400" },
  K2: { formula: '=REPORT.CARD("Khamenei")', value: "#VALUE!", text: "Ali Khamenei" },
  A4: { formula: FIGURES, spill: FIGURES_SPILL },
});
const UNTOUCHED = ["A1", "B1", "A2", "C2", "E2", "G2", "I2"];

/** What each formula shows when it is entered again: the values it showed before. */
const evaluate = (formula: string): unknown[][] => {
  if (formula === FIGURES) return FIGURES_SPILL;
  const cell = Object.values(cells()).find((c) => c.formula === formula)!;
  return [[cell.value]];
};
const sheet = (extra: Partial<Parameters<typeof mockGrid>[0]> = {}) =>
  mockGrid({ cells: cells(), notes: { G2: USER_NOTE }, evaluate, ...extra });
const keep = (scope: "sheet" | "selection" = "sheet") => keepValuesForSharing({ scope, current: bundled });

afterEach(unmockGrid);

describe("which formulas are REPORT formulas", () => {
  it("counts a REPORT call anywhere in a formula, not the words REPORT. in a string or a sheet name", () => {
    expect([GAZA, ISRAEL_TWICE, '=ROUND(report.casualties("Gaza","killed"),0)', FIGURES].map(isReportFormula)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      ['="REPORT.CASUALTIES("', "=B2*2", "'REPORT.X'!A1", "=MYREPORT.X(1)", 2750, "REPORT.X()"].map(isReportFormula),
    ).toEqual([false, false, false, false, false, false]);
  });

  it("finds each REPORT call inside a formula, with its own arguments", () => {
    expect(reportCalls('=REPORT.CASUALTIES("Gaza","killed")-REPORT.CASUALTIES("Israel","killed")')).toEqual([
      GAZA,
      '=REPORT.CASUALTIES("Israel","killed")',
    ]);
    expect(reportCalls('=ROUND(REPORT.CASUALTIES("Gaza (Strip)","killed"),0)')).toEqual([
      '=REPORT.CASUALTIES("Gaza (Strip)","killed")',
    ]);
  });
});

describe("the note of a kept cell", () => {
  it("reads back the formula exactly, whatever it holds, and ignores other notes", () => {
    const formula = '=REPORT.WHO("he said ""Cells: B2""\nCheck: 00000000")';
    const text = keptNoteText({ formula, cells: "B2:D4", check: "0a1b2c3d" }, ["Report: x"]);
    expect(parseKeptNote(text)).toEqual({ formula, cells: "B2:D4", check: "0a1b2c3d" });
    expect(parseKeptNote(USER_NOTE)).toBeUndefined();
    expect(parseKeptNote(`${NOTE_HEADING}\nFormula (3 characters): =A1`)).toBeUndefined();
  });
});

describe("Keep values for sharing", () => {
  it("turns every REPORT formula of the sheet into its value with a note, in three syncs, touching nothing else", async () => {
    const { grid } = sheet();
    const before = new Map(UNTOUCHED.map((a) => [a, grid.content(a)]));
    const result = await keep();
    expect(grid.syncs).toBe(3);
    expect(result.kept.map((k) => k.address)).toEqual(["B2", "D2", "F2", "H2", "J2", "K2", "A4"]);
    expect(result.skipped).toEqual([
      { address: "G2", reason: "already has a note (left as a formula)" },
      { address: "I2", reason: "shows #BUSY! (not calculated yet)" },
    ]);
    for (const address of UNTOUCHED) expect(grid.content(address)).toEqual(before.get(address));
    expect(grid.notes.get("G2")).toBe(USER_NOTE);
    expect(grid.content("B2")).toEqual({ formula: null, value: 2750 });
    expect(grid.content("D2")).toEqual({ formula: null, value: 2800 });
    expect(grid.content("H2")).toEqual({ formula: null, value: "#N/A" });
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const { grid } = sheet();
    await keep();
    expect(grid.content("F2")).toEqual({ formula: null, value: "=the words of a hostile report" });
    expect(grid.content("J2")).toEqual({ formula: null, value: "1,400" });
  });

  it("keeps a card as the name it shows, not the #VALUE! that Range.values gives for it", async () => {
    const { grid } = sheet();
    await keep();
    expect(grid.content("K2")).toEqual({ formula: null, value: "Ali Khamenei" });
    expect(parseKeptNote(grid.notes.get("K2"))?.formula).toBe('=REPORT.CARD("Khamenei")');
  });

  it("keeps a whole spill as values, with the note on its anchor", async () => {
    const { grid } = sheet();
    await keep();
    expect(["A4", "B4", "C4", "A5", "C6"].map((a) => grid.content(a))).toEqual([
      { formula: null, value: "subject" },
      { formula: null, value: "measure" },
      { formula: null, value: "value" },
      { formula: null, value: "Israel" },
      { formula: null, value: 3500 },
    ]);
    expect(parseKeptNote(grid.notes.get("A4"))).toEqual({ formula: FIGURES, cells: "A4:C6", check: valuesCheck(FIGURES_SPILL) });
    expect(grid.notes.has("B4")).toBe(false);
  });

  it("writes the formula and the report's words in the note", async () => {
    const { grid } = sheet();
    await keep();
    const gaza = bundled.report.figures.find((f) => f.subject.id === "place:gaza-strip" && f.measure === "killed")!;
    const note = grid.notes.get("B2")!;
    expect(parseKeptNote(note)).toEqual({ formula: GAZA, cells: "B2", check: valuesCheck([[2750]]) });
    expect(note).toContain(`“${gaza.evidence.exact}” (characters ${gaza.evidence.start}-${gaza.evidence.end})`);
    expect(note).toContain(bundled.report.source.title);
    const israel = bundled.report.figures.find((f) => f.subject.id === "place:israel" && f.measure === "killed")!;
    expect(grid.notes.get("D2")).toContain(israel.evidence.exact);
    expect(grid.notes.get("A4")!.split("\n").slice(-1)).toEqual([NO_WORDS]);
  });

  it("keeps only the selection's REPORT formulas when asked", async () => {
    const { grid } = sheet({ selection: "A2:B2" });
    const result = await keep("selection");
    expect(result.kept.map((k) => k.address)).toEqual(["B2"]);
    expect(grid.content("D2")).toEqual({ formula: ISRAEL_TWICE, value: 2800 });
    expect([...grid.notes.keys()].sort()).toEqual(["B2", "G2"]);
  });

  it("needs one sync and changes nothing when there is no REPORT formula", async () => {
    const { grid } = mockGrid({ cells: { A1: { value: 1 }, B1: { formula: "=A1+1", value: 2 } } });
    const before = grid.snapshot();
    expect(await keep()).toEqual({ kept: [], skipped: [] });
    expect(grid.syncs).toBe(1);
    expect(grid.snapshot()).toBe(before);
  });

  it("leaves the workbook as it was when the write fails half-way", async () => {
    const { grid } = sheet({ failSync: { at: 3, applied: 3, error: new Error("The sheet is protected") } });
    const before = grid.snapshot();
    const failure = keep();
    await expect(failure).rejects.toThrow(SharingFailedError);
    await expect(failure).rejects.toThrow(
      "Keep values for sharing failed: The sheet is protected. The workbook was left as it was.",
    );
    expect(grid.snapshot()).toBe(before);
    expect(grid.syncs).toBe(5);
  });

  it("says which cells may be left changed when the undo fails too", async () => {
    const { grid } = sheet({ failSync: { at: 3, applied: 3, error: new Error("The sheet is protected") } });
    const original = grid.sync.bind(grid);
    grid.sync = async () => {
      await original();
      if (grid.syncs === 4) throw new Error("Excel lost the connection");
    };
    await expect(keep()).rejects.toThrow(
      "Keep values for sharing failed: The sheet is protected, and undoing it failed too (Excel lost the connection). " +
        "These cells may be left changed: B2, D2, F2, H2, J2, K2, A4:C6.",
    );
  });

  it("refuses with a clear message, before touching the workbook, where Excel has no notes API", async () => {
    const { run, isSetSupported } = sheet({ supported: (set, version) => !(set === "ExcelApi" && version === "1.18") });
    await expect(keep()).rejects.toThrow(SharingUnsupportedError);
    await expect(keep()).rejects.toThrow(/needs cell notes in Excel's add-in API \(ExcelApi 1\.18\).*Nothing was changed/);
    await expect(restoreFormulas("sheet")).rejects.toThrow(/Restore formulas needs cell notes/);
    expect(isSetSupported).toHaveBeenCalledWith("ExcelApi", "1.18");
    expect(run).not.toHaveBeenCalled();
  });
});

describe("Restore formulas", () => {
  it("gives every kept formula back, spill included, removes its notes and keeps the user's, in three syncs", async () => {
    const { grid } = sheet();
    const original = grid.snapshot();
    await keep();
    const syncs = grid.syncs;
    const result = await restoreFormulas("sheet");
    expect(grid.syncs - syncs).toBe(3);
    expect(result.restored.map((r) => r.address).sort()).toEqual(["A4", "B2", "D2", "F2", "H2", "J2", "K2"]);
    expect(result.skipped).toEqual([]);
    expect(grid.content("A4")).toEqual({ formula: FIGURES, value: "subject" });
    expect(grid.snapshot()).toBe(original);
  });

  it("restores only the notes inside the selection", async () => {
    const { grid } = sheet();
    await keep();
    (grid as unknown as { options: { selection: string } }).options.selection = "A4:C6";
    const result = await restoreFormulas("selection");
    expect(result.restored.map((r) => r.address)).toEqual(["A4"]);
    expect(grid.content("B2")).toEqual({ formula: null, value: 2750 });
    expect(grid.notes.has("B2")).toBe(true);
  });

  it("leaves a kept block alone when its values were edited since, so the edit is not lost", async () => {
    const { grid } = sheet();
    await keep();
    grid.cells.set("B5", { formula: null, value: "killed (revised)" });
    const result = await restoreFormulas("sheet");
    expect(result.skipped).toEqual([
      { address: "A4", reason: "its values were edited since they were kept (left as values; the formula is still in its note)" },
    ]);
    expect(grid.content("B5")).toEqual({ formula: null, value: "killed (revised)" });
    expect(parseKeptNote(grid.notes.get("A4"))?.formula).toBe(FIGURES);
  });

  it("needs one sync when the sheet has no kept notes", async () => {
    const { grid } = sheet();
    expect(await restoreFormulas("sheet")).toEqual({ restored: [], skipped: [] });
    expect(grid.syncs).toBe(1);
  });

  it("puts the kept values and notes back when the restore fails half-way", async () => {
    const { grid } = sheet({ failSync: { at: 6, applied: 4, error: new Error("The sheet is protected") } });
    await keep();
    const kept = grid.snapshot();
    await expect(restoreFormulas("sheet")).rejects.toThrow(
      "Restore formulas failed: The sheet is protected. The workbook was left as it was.",
    );
    expect(grid.snapshot()).toBe(kept);
  });
});
