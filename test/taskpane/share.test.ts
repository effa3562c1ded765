import {
  CARD_AS_TEXT,
  HAS_COMMENT,
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
import { fakeWorkbook, PAYLOAD_LIMIT_BYTES, type FakeWorkbookOptions } from "../support/fake-excel";
import type { FakeResult } from "../support/fake-excel-sheet";

const GAZA = '=REPORT.CASUALTIES("Gaza","killed")';
const ISRAEL_TWICE = '=REPORT.CASUALTIES("Israel","killed")*2';
const CARD = '=REPORT.CARD("Khamenei")';
const EVENTS = '=REPORT.EVENTS("2023-10-07","2023-10-31")';
const FIGURES = '=REPORT.FIGURES("Israel")';
const USER_NOTE = "Checked against the ministry's bulletin - Dana";
const KHAMENEI = {
  type: "Entity",
  text: "Ali Khamenei",
  properties: { Role: { type: "String", basicValue: "Supreme Leader" } },
} as const;
const day = (serial: number): FakeResult => ({ type: "Double", basicValue: serial, numberFormat: "yyyy-mm-dd" });
const month = (serial: number): FakeResult => ({ type: "Double", basicValue: serial, numberFormat: "mmmm yyyy" });

/** What each formula returns: numbers, text that looks like a formula or a number, a card, dated and plain spills. */
const RESULTS: Record<string, FakeResult[][]> = {
  [GAZA]: [[2750]],
  [ISRAEL_TWICE]: [[2800]],
  '="REPORT.CASUALTIES(" & A2': [["REPORT.CASUALTIES(Gaza"]],
  "=B2*2": [[5500]],
  '=REPORT.ACTOR("Khamenei","role")': [["=the words of a hostile report"]],
  '=REPORT.CASUALTIES("Gaza","hostages")': [["#N/A"]],
  '=REPORT.CASUALTIES("Gaza","injured")': [["#BUSY!"]],
  '=REPORT.CASUALTIES("Israel","killed","text")': [["1,400"]],
  [CARD]: [[KHAMENEI]],
  [EVENTS]: [
    ["date", "event"],
    [day(45206), "Hamas attack on southern Israel"],
    [month(45200), "Strikes on Gaza"],
  ],
  [FIGURES]: [
    ["subject", "measure", "value"],
    ["Israel", "killed", 1400],
    ["Israel", "injured", 3500],
  ],
};

/**
 * A sheet with REPORT formulas (plain, inside a larger formula, a card, a dated spill, a plain spill, showing #N/A,
 * not yet calculated, under a user's note, under a threaded comment) beside cells that must never change.
 */
const CELLS: Record<string, string> = {
  A1: "Place",
  B1: "Killed",
  A2: "Gaza",
  B2: GAZA,
  C2: "=B2*2",
  D2: ISRAEL_TWICE,
  E2: '="REPORT.CASUALTIES(" & A2',
  F2: '=REPORT.ACTOR("Khamenei","role")',
  G2: GAZA,
  H2: '=REPORT.CASUALTIES("Gaza","hostages")',
  I2: '=REPORT.CASUALTIES("Gaza","injured")',
  J2: '=REPORT.CASUALTIES("Israel","killed","text")',
  K2: CARD,
  L2: GAZA,
  A4: EVENTS,
  A8: FIGURES,
};
const sheetOptions = (extra: Partial<FakeWorkbookOptions> = {}, selection?: string[]): FakeWorkbookOptions => ({
  sheet: {
    cells: CELLS,
    results: RESULTS,
    formats: { B2: "#,##0", C2: "#,##0" },
    notes: { G2: USER_NOTE },
    comments: { L2: "Is this the ministry's figure? - Sam" },
    selection,
  },
  ...extra,
});
const keep = (scope: "sheet" | "selection" = "sheet") => keepValuesForSharing({ scope, current: bundled });
const KEPT = ["B2", "D2", "F2", "H2", "J2", "K2", "A4", "A8"];

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

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
  it("keeps what the reader sees: the same text in every cell, dates as dates, the card as a card", async () => {
    const { sheet } = fakeWorkbook(sheetOptions());
    const shown = sheet.shown();
    expect(shown).toMatchObject({ B2: "2,750", A5: "2023-10-07", A6: "October 2023", K2: "Ali Khamenei", J2: "1,400" });
    const result = await keep();
    expect(result.kept.map((k) => k.address)).toEqual(KEPT);
    expect(result.skipped).toEqual([
      { address: "G2", reason: "already has a note (left as a formula)" },
      { address: "L2", reason: HAS_COMMENT },
      { address: "I2", reason: "shows #BUSY! (not calculated yet)" },
    ]);
    expect(sheet.shown()).toEqual(shown);
    for (const address of [...KEPT, "A5", "B6", "C10"]) expect(sheet.cells.get(address)!.formula).toBeNull();
    expect(sheet.cells.get("A5")!.value).toBe(45206);
    expect(sheet.formats.get("A6")).toBe("mmmm yyyy");
    expect(sheet.cells.get("K2")!.value).toEqual(expect.objectContaining({ type: "Entity", text: "Ali Khamenei" }));
    expect(sheet.formulas()).toEqual({ C2: "=B2*2", E2: CELLS.E2, G2: GAZA, I2: CELLS.I2, L2: GAZA });
    expect(sheet.notes.get("G2")).toBe(USER_NOTE);
    expect(sheet.notes.has("L2")).toBe(false);
    expect(parseKeptNote(sheet.notes.get("A4"))).toEqual({
      formula: EVENTS,
      cells: "A4:B6",
      check: valuesCheck([
        ["date", "event"],
        [45206, "Hamas attack on southern Israel"],
        [45200, "Strikes on Gaza"],
      ]),
    });
  });

  it("reads only the formula cells: a sheet with 6 MB of text beside one REPORT formula is kept", async () => {
    const cells: Record<string, string> = { A1: GAZA };
    for (let row = 2; row <= 60_001; row++) cells[`B${row}`] = "x".repeat(100);
    const workbook = fakeWorkbook({ sheet: { cells, results: RESULTS } });
    const result = await keep();
    expect(result.kept.map((k) => k.address)).toEqual(["A1"]);
    expect(workbook.log.filter((s) => s.failed)).toEqual([]);
    expect(Math.max(...workbook.log.map((s) => s.responseBytes))).toBeLessThan(100_000);
  });

  it("keeps 8,000 REPORT formulas in batches under the 5 MB limits, and restores every one", async () => {
    const cells: Record<string, string> = {};
    for (let row = 1; row <= 8_000; row++) cells[`A${row}`] = GAZA;
    const workbook = fakeWorkbook({ sheet: { cells, results: RESULTS } });
    const result = await keep();
    expect(result.kept).toHaveLength(8_000);
    expect(workbook.sheet.formulas()).toEqual({});
    const written = workbook.log.reduce((n, s) => n + s.requestBytes, 0);
    expect(written).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(workbook.log.filter((s) => s.failed)).toEqual([]);
    expect(Math.max(...workbook.log.map((s) => s.requestBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    const restored = await restoreFormulas("sheet");
    expect(restored.restored).toHaveLength(8_000);
    expect(workbook.sheet.formulas()).toEqual(cells);
    expect(workbook.sheet.notes.size).toBe(0);
    expect(workbook.log.filter((s) => s.failed)).toEqual([]);
  });

  it("reads and writes again in halves when a batch is over the limit", async () => {
    const cells: Record<string, string> = {};
    // Long formulas, so that reading them is a response over the limit.
    const long = `${GAZA}+0*LEN("${"x".repeat(100)}")`;
    for (let row = 1; row <= 3_000; row++) cells[`A${row}`] = long;
    const results = { [long]: [[2750]] };
    const workbook = fakeWorkbook({ sheet: { cells, results }, payloadLimitBytes: 150_000 });
    const result = await keep();
    expect(result.kept).toHaveLength(3_000);
    const failed = new Set(workbook.log.flatMap((s) => (s.failed ? [s.failed] : [])));
    expect(failed).toEqual(new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]));
    expect(workbook.sheet.formulas()).toEqual({});
    await restoreFormulas("sheet");
    expect(workbook.sheet.formulas()).toEqual(cells);
  });

  it("keeps a card as the name it shows, with a note saying so, where Excel has no entity values", async () => {
    // No Excel has notes (1.18) without entity values (1.16); this one answers so, as a damaged install might.
    const { sheet } = fakeWorkbook(sheetOptions({ excelApi: 18 }));
    const office = globalThis.Office as unknown as {
      context: { requirements: { isSetSupported: (s: string, v: string) => boolean } };
    };
    const answer = office.context.requirements.isSetSupported;
    office.context.requirements.isSetSupported = (set, version) => version !== "1.16" && answer(set, version);
    const shown = sheet.shown();
    await keep();
    expect(sheet.shown()).toEqual(shown);
    expect(sheet.cells.get("K2")!.value).toBe("Ali Khamenei");
    expect(sheet.notes.get("K2")).toContain(CARD_AS_TEXT);
    expect(sheet.notes.get("B2")).not.toContain(CARD_AS_TEXT);
  });

  it("keeps dates as the serial numbers they show where Excel has no formatted numbers (before ExcelApi 1.19)", async () => {
    const { sheet } = fakeWorkbook(sheetOptions({ excelApi: 18 }));
    const shown = sheet.shown();
    expect(shown.A5).toBe("45206");
    await keep();
    expect(sheet.shown()).toEqual(shown);
    expect(sheet.cells.get("K2")!.value).toEqual(expect.objectContaining({ type: "Entity" }));
  });

  it("keeps text that looks like a formula or a number as text", async () => {
    const { sheet } = fakeWorkbook(sheetOptions());
    await keep();
    expect(sheet.cells.get("F2")).toMatchObject({ formula: null, value: "=the words of a hostile report" });
    expect(sheet.cells.get("J2")).toMatchObject({ formula: null, value: "1,400" });
  });

  it("writes the formula and the report's words in the note", async () => {
    const { sheet } = fakeWorkbook(sheetOptions());
    await keep();
    const gaza = bundled.report.figures.find((f) => f.subject.id === "place:gaza-strip" && f.measure === "killed")!;
    const note = sheet.notes.get("B2")!;
    expect(parseKeptNote(note)).toEqual({ formula: GAZA, cells: "B2", check: valuesCheck([[2750]]) });
    expect(note).toContain(`“${gaza.evidence.exact}” (characters ${gaza.evidence.start}-${gaza.evidence.end})`);
    expect(note).toContain(bundled.report.source.title);
    expect(sheet.notes.get("A8")!.split("\n").slice(-1)).toEqual([NO_WORDS]);
  });

  it("keeps a multi-area selection area by area, touching nothing outside it", async () => {
    const { sheet } = fakeWorkbook(sheetOptions({}, ["A2:B2", "A4:B6"]));
    const shown = sheet.shown();
    const result = await keep("selection");
    expect(result.kept.map((k) => k.address)).toEqual(["B2", "A4"]);
    expect(sheet.shown()).toEqual(shown);
    expect(sheet.cells.get("D2")!.formula).toBe(ISRAEL_TWICE);
    expect([...sheet.notes.keys()].sort()).toEqual(["A4", "B2", "G2"]);
  });

  it("needs one sync and changes nothing when there is no formula", async () => {
    const workbook = fakeWorkbook({ sheet: { cells: { A1: 1, B1: "text" } } });
    const before = workbook.sheet.snapshot();
    expect(await keep()).toEqual({ kept: [], skipped: [] });
    expect(workbook.syncs()).toBe(1);
    expect(workbook.sheet.snapshot()).toBe(before);
  });

  it("leaves the sheet as it was when a later write batch fails after earlier ones were applied", async () => {
    const cells: Record<string, string> = {};
    for (let row = 1; row <= 8_000; row++) cells[`A${row}`] = GAZA;
    const trial = fakeWorkbook({ sheet: { cells, results: RESULTS } });
    await keep();
    const lastWrite = trial.syncs();
    const workbook = fakeWorkbook({ sheet: { cells, results: RESULTS } });
    const before = workbook.sheet.snapshot();
    workbook.failNext({ at: lastWrite, applied: 5 });
    const failure = keep();
    await expect(failure).rejects.toThrow(SharingFailedError);
    await expect(failure).rejects.toThrow("The workbook was left as it was.");
    expect(workbook.sheet.snapshot()).toBe(before);
  });

  it("says which cells may be left changed when the undo fails too", async () => {
    const trial = fakeWorkbook(sheetOptions());
    await keep();
    const workbook = fakeWorkbook(sheetOptions());
    workbook.failNext({ at: trial.syncs(), applied: 3 });
    const original = workbook.excel.run;
    let runs = 0;
    workbook.excel.run = (async (...args: Parameters<typeof original>) => {
      if (++runs === 2) throw new Error("Excel lost the connection");
      return original(...args);
    }) as typeof original;
    workbook.use();
    await expect(keep()).rejects.toThrow(
      "Keep values for sharing failed: The sync failed, and undoing it failed too (Excel lost the connection). " +
        "These cells may be left changed: B2, D2, F2, H2, J2, K2, A4:B6, A8:C10.",
    );
  });

  it("refuses with a clear message, before touching the workbook, where Excel has no notes API", async () => {
    const workbook = fakeWorkbook(sheetOptions({ excelApi: 17 }));
    await expect(keep()).rejects.toThrow(SharingUnsupportedError);
    await expect(keep()).rejects.toThrow(/needs cell notes in Excel's add-in API \(ExcelApi 1\.18\).*Nothing was changed/);
    await expect(restoreFormulas("sheet")).rejects.toThrow(/Restore formulas needs cell notes/);
    expect(workbook.syncs()).toBe(0);
  });
});

describe("Restore formulas", () => {
  it("gives every kept formula back, spills included, removes its notes and keeps the user's", async () => {
    const { sheet } = fakeWorkbook(sheetOptions());
    const formulas = sheet.formulas();
    const shown = sheet.shown();
    await keep();
    const result = await restoreFormulas("sheet");
    expect(result.restored.map((r) => r.address).sort()).toEqual([...KEPT].sort());
    expect(result.skipped).toEqual([]);
    expect(sheet.formulas()).toEqual(formulas);
    expect(sheet.shown()).toEqual(shown);
    expect([...sheet.notes.keys()]).toEqual(["G2"]);
  });

  it("restores only the notes inside the selection's areas", async () => {
    const workbook = fakeWorkbook(sheetOptions());
    await keep();
    workbook.sheet.selection = ["A8:C10", "K2"];
    const result = await restoreFormulas("selection");
    expect(result.restored.map((r) => r.address).sort()).toEqual(["A8", "K2"]);
    expect(workbook.sheet.cells.get("B2")!.formula).toBeNull();
    expect(workbook.sheet.notes.has("B2")).toBe(true);
  });

  it("leaves a kept block alone when its values were edited since, so the edit is not lost", async () => {
    const { sheet } = fakeWorkbook(sheetOptions());
    await keep();
    sheet.put("B9", "killed (revised)");
    const result = await restoreFormulas("sheet");
    expect(result.skipped).toEqual([
      { address: "A8", reason: "its values were edited since they were kept (left as values; the formula is still in its note)" },
    ]);
    expect(sheet.cells.get("B9")!.value).toBe("killed (revised)");
    expect(parseKeptNote(sheet.notes.get("A8"))?.formula).toBe(FIGURES);
  });

  it("puts the kept values, cards and notes back when the restore fails half-way", async () => {
    const workbook = fakeWorkbook(sheetOptions());
    await keep();
    const kept = workbook.sheet.snapshot();
    workbook.failNext({ at: 4, applied: 4 });
    await expect(restoreFormulas("sheet")).rejects.toThrow(
      "Restore formulas failed: The sync failed. The workbook was left as it was.",
    );
    expect(workbook.sheet.snapshot()).toBe(kept);
  });
});
