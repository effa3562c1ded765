/**
 * "Keep values for sharing" and "Restore formulas" on the active sheet (its used range) or the selection.
 *
 * Keeping: every cell whose formula calls a REPORT function becomes its current value, with a note holding the
 * formula and the report's words; a REPORT function that spills keeps its whole spill as values, the note on its
 * anchor. Restoring: every such note becomes its formula again (a spill's cells cleared so it can spill) and the
 * note goes. No other cell is touched. Three syncs each (read; probe notes and spills / locations and values;
 * write), whatever the number of cells. A failed write is undone; when the undo fails too, the error says which
 * cells may be left changed.
 *
 * Office.js: notes (Worksheet.notes, Note.getLocation) need ExcelApi 1.18, spill ranges
 * (Range.getSpillingToRangeOrNullObject) ExcelApi 1.12, Worksheet.getUsedRangeOrNullObject ExcelApi 1.4.
 */
import type { OpenReport } from "../../query";
import { supports } from "./errors";
import {
  asConstant,
  cellAddress,
  formulaWords,
  isReportFormula,
  keptNoteText,
  localAddress,
  notAValue,
  parseCell,
  parseKeptNote,
  valuesCheck,
  type KeptNote,
} from "./share-note";
import { messageOf } from "../../model/error-message";

export type ShareScope = "sheet" | "selection";

export interface KeepValuesOptions {
  scope: ShareScope;
  /** The report a formula without a `[report]` argument reads (the workbook's default). */
  current: OpenReport;
  /** The open report a formula's `[report]` argument names (Library.resolve); the current one when absent. */
  resolve?: (reportArgument: unknown) => OpenReport | undefined;
}

export interface Skipped {
  address: string;
  reason: string;
}

export interface KeepValuesResult {
  /** Each kept formula: its anchor cell and the cells it filled (the spill, or the cell itself). */
  kept: Array<{ address: string; cells: string; formula: string }>;
  skipped: Skipped[];
}

export interface RestoreResult {
  restored: Array<{ address: string; cells: string; formula: string }>;
  skipped: Skipped[];
}

export const NOTES_REQUIREMENT = { set: "ExcelApi", version: "1.18" } as const;

/** Thrown before anything is read or written when this Excel has no notes API. */
export class SharingUnsupportedError extends Error {
  constructor(action: string) {
    super(
      `${action} needs cell notes in Excel's add-in API (${NOTES_REQUIREMENT.set} ${NOTES_REQUIREMENT.version}), ` +
        "which this version of Excel lacks. Nothing was changed. Microsoft 365 (web, Windows, Mac) has them.",
    );
    this.name = "SharingUnsupportedError";
  }
}

/** Thrown when a write failed: says whether the workbook is as it was, or exactly which cells are left changed. */
export class SharingFailedError extends Error {
  constructor(
    action: string,
    cause: unknown,
    readonly leftChanged: readonly string[],
    undoError?: unknown,
  ) {
    super(
      undoError === undefined
        ? `${action} failed: ${messageOf(cause)}. The workbook was left as it was.`
        : `${action} failed: ${messageOf(cause)}, and undoing it failed too (${messageOf(undoError)}). ` +
            `These cells may be left changed: ${leftChanged.join(", ")}.`,
    );
    this.name = "SharingFailedError";
  }
}

const KEEP = "Keep values for sharing";
const RESTORE = "Restore formulas";

function requireNotes(action: string): void {
  if (!supports(NOTES_REQUIREMENT.set, NOTES_REQUIREMENT.version)) throw new SharingUnsupportedError(action);
}

/** What a write changes, and how to put it back. */
interface Change {
  anchor: string;
  cells: string;
  formula: string;
  /** The values the cells show while kept (as Excel reports them). */
  values: unknown[][];
  note: string;
}

/** The cells of `cells` (an address like B2:D4) as a matrix with the formula at the top left and blanks elsewhere. */
const formulaBlock = (formula: string, values: unknown[][]): string[][] =>
  values.map((row, r) => row.map((_, c) => (r === 0 && c === 0 ? formula : "")));

/** Writes each change's values and note; the caller syncs. */
function queueKeep(sheet: Excel.Worksheet, changes: readonly Change[]): void {
  for (const change of changes) {
    sheet.getRange(change.cells).values = change.values.map((row) => row.map(asConstant));
    sheet.notes.add(sheet.getRange(change.anchor), change.note);
  }
}

/** Writes each change's formula back (clearing its spill) and deletes its note; the caller syncs. */
function queueRestore(sheet: Excel.Worksheet, changes: readonly Change[], notes: readonly Excel.Note[]): void {
  changes.forEach((change, i) => {
    sheet.getRange(change.cells).formulas = formulaBlock(change.formula, change.values);
    notes[i]!.delete();
  });
}

/**
 * Puts the cells of `changes` back as `back` says, in a new batch: probes which of their notes exist (one sync),
 * then writes (one sync). Used after a failed write, whose batch may have been applied in part.
 */
async function undo(sheetName: string, changes: readonly Change[], back: "formulas" | "values"): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const notes = changes.map((change) => sheet.notes.getItemOrNullObject(change.anchor));
    notes.forEach((note) => note.load("isNullObject, content"));
    await context.sync();
    changes.forEach((change, i) => {
      const note = notes[i]!;
      if (back === "formulas") {
        sheet.getRange(change.cells).formulas = formulaBlock(change.formula, change.values);
        if (!note.isNullObject && note.content === change.note) note.delete();
      } else {
        sheet.getRange(change.cells).values = change.values.map((row) => row.map(asConstant));
        if (note.isNullObject) sheet.notes.add(sheet.getRange(change.anchor), change.note);
      }
    });
    await context.sync();
  });
}

/**
 * Runs an action whose last sync writes `changes`. A failure before that write changed nothing and is passed on;
 * a failure of the write (whose batch Excel may have applied in part) is undone in a new batch.
 */
async function runOrUndo(
  action: string,
  back: "formulas" | "values",
  body: (context: Excel.RequestContext, writing: (sheetName: string, changes: readonly Change[]) => void) => Promise<void>,
): Promise<void> {
  let written: readonly Change[] = [];
  let sheetName = "";
  try {
    await Excel.run((context) =>
      body(context, (name, changes) => {
        sheetName = name;
        written = changes;
      }),
    );
  } catch (error) {
    if (written.length === 0) throw error;
    try {
      await undo(sheetName, written, back);
    } catch (undoError) {
      throw new SharingFailedError(
        action,
        error,
        written.map((c) => c.cells),
        undoError,
      );
    }
    throw new SharingFailedError(action, error, []);
  }
}

/**
 * Keeps the values of the REPORT formulas of the active sheet's used range or of the selection, each with a note
 * holding its formula and the report's words. Cells that already have a note, and cells showing no value yet
 * (#BUSY!, #SPILL!, #NAME?), are left as they are and listed in `skipped`. Three syncs (one when there is nothing
 * to keep).
 */
export async function keepValuesForSharing(options: KeepValuesOptions): Promise<KeepValuesResult> {
  requireNotes(KEEP);
  const changes: Change[] = [];
  const skipped: Skipped[] = [];
  await runOrUndo(KEEP, "formulas", async (context, writing) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const area = options.scope === "sheet" ? sheet.getUsedRangeOrNullObject() : context.workbook.getSelectedRange();
    area.load(["isNullObject", "formulas", "values", "text", "rowIndex", "columnIndex"]);
    await context.sync();
    if (area.isNullObject) return;

    const found: Array<{ address: string; formula: string; value: unknown }> = [];
    area.formulas.forEach((row, r) =>
      row.forEach((formula: unknown, c) => {
        if (!isReportFormula(formula)) return;
        const address = cellAddress(area.rowIndex + r, area.columnIndex + c);
        found.push({ address, formula, value: shownValue(area.values[r]![c], area.text[r]![c]) });
      }),
    );
    if (found.length === 0) return;

    const probes = found.map((cell) => {
      const spill = sheet.getRange(cell.address).getSpillingToRangeOrNullObject();
      const note = sheet.notes.getItemOrNullObject(cell.address);
      // isNullObject is a scalar, not a navigation property.
      // eslint-disable-next-line office-addins/no-navigational-load
      spill.load(["isNullObject", "address", "values"]);
      // eslint-disable-next-line office-addins/no-navigational-load
      note.load("isNullObject");
      return { cell, spill, note };
    });
    await context.sync();

    const spilledInto = new Set<string>();
    for (const { spill } of probes)
      if (!spill.isNullObject)
        blockCells(localAddress(spill.address))
          .slice(1)
          .forEach((a) => spilledInto.add(a));
    for (const { cell, spill, note } of probes) {
      if (spilledInto.has(cell.address)) continue; // part of another formula's spill: kept with it
      const why = !note.isNullObject ? "already has a note (left as a formula)" : notAValue(cell.value);
      if (why) {
        skipped.push({ address: cell.address, reason: why });
        continue;
      }
      const values = spill.isNullObject ? [[cell.value]] : spill.values;
      const cells = spill.isNullObject ? cell.address : localAddress(spill.address);
      const kept: KeptNote = { formula: cell.formula, cells, check: valuesCheck(values) };
      const text = keptNoteText(kept, formulaWords(cell.formula, options.current, options.resolve));
      changes.push({ anchor: cell.address, cells, formula: cell.formula, values, note: text });
    }
    if (changes.length === 0) return;
    queueKeep(sheet, changes);
    writing(sheet.name, changes);
    await context.sync();
  });
  return { kept: changes.map(({ anchor, cells, formula }) => ({ address: anchor, cells, formula })), skipped };
}

/**
 * Turns the notes "Keep values for sharing" wrote (on the active sheet, or in the selection) back into their
 * formulas and removes the notes. A kept block whose values were edited since, or whose note moved away from it,
 * is left as it is and listed in `skipped`: restoring it would overwrite the edit. Three syncs (one when the
 * sheet has no such note).
 */
export async function restoreFormulas(scope: ShareScope): Promise<RestoreResult> {
  requireNotes(RESTORE);
  const changes: Change[] = [];
  const skipped: Skipped[] = [];
  await runOrUndo(RESTORE, "values", async (context, writing) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    sheet.notes.load("items/content");
    const selection = scope === "selection" ? context.workbook.getSelectedRange() : undefined;
    selection?.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    await context.sync();

    const ours = sheet.notes.items
      .map((note) => ({ note, kept: parseKeptNote(note.content) }))
      .filter((n): n is { note: Excel.Note; kept: KeptNote } => n.kept !== undefined)
      .map(({ note, kept }) => {
        const location = note.getLocation();
        location.load("address");
        const block = sheet.getRange(kept.cells);
        block.load("values");
        return { note, kept, location, block };
      });
    if (ours.length === 0) return;
    await context.sync();

    const notes: Excel.Note[] = [];
    for (const { note, kept, location, block } of ours) {
      const address = localAddress(location.address);
      const at = parseCell(address);
      if (selection && at && !within(at, selection)) continue;
      const why =
        parseCell(kept.cells)?.row !== at?.row || parseCell(kept.cells)?.column !== at?.column
          ? `its note says the formula filled ${kept.cells}, but the note is now on ${address} (left as values)`
          : valuesCheck(block.values) !== kept.check
            ? `its values were edited since they were kept (left as values; the formula is still in its note)`
            : undefined;
      if (why) {
        skipped.push({ address, reason: why });
        continue;
      }
      changes.push({ anchor: address, cells: kept.cells, formula: kept.formula, values: block.values, note: note.content });
      notes.push(note);
    }
    if (changes.length === 0) return;
    queueRestore(sheet, changes, notes);
    writing(sheet.name, changes);
    await context.sync();
  });
  return { restored: changes.map(({ anchor, cells, formula }) => ({ address: anchor, cells, formula })), skipped };
}

/**
 * The value to keep: Range.values gives "#VALUE!" for a card (an entity value, REPORT.CARD), whose cell shows its
 * name; Range.text has that name.
 */
const shownValue = (value: unknown, text: unknown): unknown =>
  value === "#VALUE!" && typeof text === "string" && text !== "" && text !== value ? text : value;

const within = (
  at: { row: number; column: number },
  area: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number },
) =>
  at.row >= area.rowIndex &&
  at.row < area.rowIndex + area.rowCount &&
  at.column >= area.columnIndex &&
  at.column < area.columnIndex + area.columnCount;

/** Every cell of an address like B2:D4, top left first. */
function blockCells(address: string): string[] {
  const [from, to] = address.split(":").map(parseCell);
  if (!from) return [];
  const end = to ?? from;
  const cells: string[] = [];
  for (let row = from.row; row <= end.row; row++)
    for (let column = from.column; column <= end.column; column++) cells.push(cellAddress(row, column));
  return cells;
}
