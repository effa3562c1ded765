/**
 * "Keep values for sharing" and "Restore formulas" on the active sheet or the selection (one area or several).
 *
 * Keeping: every cell whose formula calls a REPORT function becomes what it shows, with a note holding the formula
 * and the report's words; a REPORT function that spills keeps its whole spill, the note on its anchor. What the
 * reader sees stays: a date stays a number with its date format (the format a formatted number carried, from
 * `valuesAsJson`, becomes the cell's where the cell's is General), a card stays an entity value where Excel has them
 * (ExcelApi 1.16; elsewhere its name, and the note says so). Only formula cells are read
 * (`getSpecialCellsOrNullObject`), in batches under Excel's payload limits (batches.ts). A cell with a threaded
 * comment is left as a formula and named: a note cannot sit beside a comment. Restoring: every such note becomes its
 * formula again (a spill's cells cleared so it can spill) and the note goes. No other cell is touched.
 *
 * A failed write (whose batches Excel may have applied in part) is undone; when the undo fails too, the error says
 * which cells may be left changed.
 *
 * Office.js: notes (Worksheet.notes, Note.getLocation) need ExcelApi 1.18; spill ranges ExcelApi 1.12;
 * getSpecialCellsOrNullObject and getSelectedRanges (RangeAreas) ExcelApi 1.9; comments ExcelApi 1.10;
 * valuesAsJson and entity values ExcelApi 1.16; a formatted number's numberFormat ExcelApi 1.19.
 */
import type { OpenReport } from "../../query";
import { supports } from "./errors";
import {
  asConstant,
  cellAddress,
  formulaWords,
  isReportFormula,
  keptNoteText,
  notAValue,
  parseCell,
  parseKeptNote,
  valuesCheck,
  type KeptNote,
} from "./share-note";
import { addressOf, areasOf, boxOf, probeInBatches, readBoxes, writeInBatches, type Box } from "./batches";
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
/** Said in a kept card's note where Excel cannot keep the card itself. */
export const CARD_AS_TEXT =
  "Cards: kept as the names they showed (this Excel cannot keep a card as a value: entity values need ExcelApi 1.16).";
export const HAS_COMMENT = "has a threaded comment, and a note cannot sit beside one (left as a formula)";

function requireNotes(action: string): void {
  if (!supports(NOTES_REQUIREMENT.set, NOTES_REQUIREMENT.version)) throw new SharingUnsupportedError(action);
}

type JsonValue = Record<string, unknown>;

/** What the cells of a block get, and what Range.values reads there afterwards (for the note's check). */
interface Contents {
  /** Range.values to write (constants, text with its apostrophe). */
  values: unknown[][];
  /** Range.numberFormat to write; null leaves a cell's format as it is (excel/excel-add-ins-blank-null-values.md). */
  formats: Array<Array<string | null>>;
  /** Cells written again as typed values (cards): valuesAsJson, one cell each, after the values. */
  typed: Array<{ row: number; column: number; json: JsonValue }>;
}

/** What a write changes, and how to put it back. */
interface Change {
  anchor: string;
  cells: string;
  formula: string;
  note: string;
  /** The block while kept. */
  kept: Contents;
  /** The block's number formats before a keep, to undo it (a restore does not change formats). */
  formatsBefore?: string[][];
}

/** The cells of a block (an address like B2:D4) as a matrix with the formula at the top left and blanks elsewhere. */
const formulaBlock = (formula: string, box: Box): string[][] =>
  Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.columns }, (_, c) => (r === 0 && c === 0 ? formula : "")));

/** One sync's share of a change: some rows of its block, and whether its note goes with them. */
interface Piece {
  change: Change;
  rows: { from: number; to: number };
  first: boolean;
}

/** Rows of a block per piece, so one write stays well under the payload limit. */
const PIECE_CELLS = 20_000;

function piecesOf(change: Change): Piece[] {
  const box = boxOf(change.cells);
  const rowsEach = Math.max(1, Math.floor(PIECE_CELLS / box.columns));
  const pieces: Piece[] = [];
  for (let from = 0; from < box.rows; from += rowsEach)
    pieces.push({ change, rows: { from, to: Math.min(box.rows, from + rowsEach) }, first: from === 0 });
  return pieces;
}

const pieceBox = (piece: Piece): Box => {
  const box = boxOf(piece.change.cells);
  return { ...box, row: box.row + piece.rows.from, rows: piece.rows.to - piece.rows.from };
};

/** The bytes a piece sends: its values, formats, typed cells and note, as JSON. */
function pieceBytes(piece: Piece, back: "formulas" | "values"): number {
  const { kept, note, formatsBefore } = piece.change;
  const rows = (m: unknown[][]) => m.slice(piece.rows.from, piece.rows.to);
  const content =
    back === "values"
      ? [rows(kept.values), rows(kept.formats), kept.typed, piece.first ? note : ""]
      : [rows(formatsBefore ?? []), piece.change.formula, rows(kept.values).map((r) => r.map(() => ""))];
  return JSON.stringify(content).length * 2 + 200;
}

/** Queues a piece's kept values (and its note, with the first piece); the caller syncs. */
function queueKept(sheet: Excel.Worksheet, piece: Piece, addNote: boolean): void {
  const { kept, anchor, note } = piece.change;
  const box = pieceBox(piece);
  const range = sheet.getRange(addressOf(box));
  range.values = kept.values.slice(piece.rows.from, piece.rows.to).map((row) => row.map(asConstant));
  const formats = kept.formats.slice(piece.rows.from, piece.rows.to);
  if (formats.some((row) => row.some((f) => f !== null))) range.numberFormat = formats;
  const top = boxOf(piece.change.cells);
  for (const cell of kept.typed)
    if (cell.row >= piece.rows.from && cell.row < piece.rows.to)
      sheet.getRange(cellAddress(top.row + cell.row, top.column + cell.column)).valuesAsJson = [
        [cell.json as unknown as Excel.CellValue],
      ];
  if (piece.first && addNote) sheet.notes.add(sheet.getRange(anchor), note);
}

/** Queues a piece's formula back (its block cleared so it can spill) and its formats before the keep. */
function queueFormula(sheet: Excel.Worksheet, piece: Piece): void {
  const box = pieceBox(piece);
  const range = sheet.getRange(addressOf(box));
  if (piece.change.formatsBefore) range.numberFormat = piece.change.formatsBefore.slice(piece.rows.from, piece.rows.to);
  range.formulas = formulaBlock(piece.first ? piece.change.formula : "", box);
}

/**
 * Puts the cells of `changes` back as `back` says, in new batches: probes which of their notes exist, then writes.
 * Used after a failed write, whose batches may have been applied in part.
 */
async function undo(sheetName: string, changes: readonly Change[], back: "formulas" | "values"): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const notes = await probeInBatches(context, changes, (change) => {
      const note = sheet.notes.getItemOrNullObject(change.anchor);
      // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar
      note.load("isNullObject, content");
      return () => note;
    });
    // The first piece (the formula) last, so that the cells it spills into are clear when it is entered.
    const pieces = changes.flatMap((change) => piecesOf(change).reverse());
    const noteOf = new Map(changes.map((change, i) => [change, notes[i]!]));
    await writeInBatches(
      context,
      pieces,
      (piece) => pieceBytes(piece, back),
      (piece) => {
        const note = noteOf.get(piece.change)!;
        if (back === "formulas") {
          queueFormula(sheet, piece);
          if (piece.first && !note.isNullObject && note.content === piece.change.note) note.delete();
        } else queueKept(sheet, piece, note.isNullObject);
      },
      () => {},
    );
  });
}

/**
 * Runs an action whose last syncs write changes (reporting each batch through `writing` before it is sent). A
 * failure before the first write changed nothing and is passed on; a failure during the writes (whose batches Excel
 * may have applied in part) is undone in new batches.
 */
async function runOrUndo(
  action: string,
  back: "formulas" | "values",
  body: (context: Excel.RequestContext, writing: (sheetName: string, changes: readonly Change[]) => void) => Promise<void>,
): Promise<void> {
  const written = new Set<Change>();
  let sheetName = "";
  try {
    await Excel.run((context) =>
      body(context, (name, changes) => {
        sheetName = name;
        changes.forEach((change) => written.add(change));
      }),
    );
  } catch (error) {
    if (written.size === 0) throw error;
    try {
      await undo(sheetName, [...written], back);
    } catch (undoError) {
      throw new SharingFailedError(
        action,
        error,
        [...written].map((c) => c.cells),
        undoError,
      );
    }
    throw new SharingFailedError(action, error, []);
  }
}

/** The formula cells to look at: the sheet's, or the selection's (every area of it). */
function formulaCells(context: Excel.RequestContext, sheet: Excel.Worksheet, scope: ShareScope): Excel.RangeAreas {
  // A multi-area selection throws in getSelectedRange(); getSelectedRanges() gives every area (ExcelApi 1.9, which
  // every Excel with notes has).
  const target = scope === "sheet" ? sheet.getRange() : context.workbook.getSelectedRanges();
  const found = target.getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas);
  // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is a scalar
  found.load("isNullObject, address");
  return found;
}

/** The cells of the sheet that have a threaded comment (ExcelApi 1.10): none can take a note. */
async function commentedCells(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Set<string>> {
  if (!supports("ExcelApi", "1.10")) return new Set();
  sheet.comments.load("items/id");
  await context.sync();
  const locations = await probeInBatches(context, sheet.comments.items, (comment) => {
    const location = comment.getLocation();
    location.load("address");
    return () => location.address.replace(/^.*!/, "");
  });
  return new Set(locations);
}

/** What one cell keeps: the value and format to write, a typed value where there is one, what values reads after. */
function keptCell(
  value: unknown,
  text: unknown,
  format: string,
  json: JsonValue | undefined,
): { value: unknown; format: string | null; typed?: JsonValue; readBack: unknown; cardAsText?: boolean } {
  if (json?.type === "Entity") return { value: text, format: null, typed: json, readBack: value };
  if (value === "#VALUE!" && typeof text === "string" && text !== "" && text !== value)
    return { value: text, format: null, readBack: text, cardAsText: true };
  const ownFormat = typeof json?.numberFormat === "string" && format === "General" ? json.numberFormat : null;
  return { value, format: ownFormat, readBack: value };
}

/**
 * Keeps the values of the REPORT formulas of the active sheet or of the selection, each with a note holding its
 * formula and the report's words. Cells that already have a note or a threaded comment, and cells showing no value
 * yet (#BUSY!, #SPILL!, #NAME?), are left as they are and listed in `skipped`.
 */
export async function keepValuesForSharing(options: KeepValuesOptions): Promise<KeepValuesResult> {
  requireNotes(KEEP);
  const typedValues = supports("ExcelApi", "1.16");
  const changes: Change[] = [];
  const skipped: Skipped[] = [];
  await runOrUndo(KEEP, "formulas", async (context, writing) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const found = formulaCells(context, sheet, options.scope);
    await context.sync();
    if (found.isNullObject) return;

    const areas = areasOf(found.address).map(boxOf);
    const formulas = await readBoxes(context, sheet, areas, ["formulas"]);
    const anchors: Array<{ address: string; formula: string }> = [];
    areas.forEach((area, i) =>
      formulas[i]!.formulas.forEach((row, r) =>
        row.forEach((formula, c) => {
          if (isReportFormula(formula)) anchors.push({ address: cellAddress(area.row + r, area.column + c), formula });
        }),
      ),
    );
    if (anchors.length === 0) return;

    const commented = await commentedCells(context, sheet);
    const probes = await probeInBatches(context, anchors, (cell) => {
      const spill = sheet.getRange(cell.address).getSpillingToRangeOrNullObject();
      const note = sheet.notes.getItemOrNullObject(cell.address);
      // isNullObject is a scalar, not a navigation property.
      // eslint-disable-next-line office-addins/no-navigational-load
      spill.load(["isNullObject", "address"]);
      // eslint-disable-next-line office-addins/no-navigational-load
      note.load("isNullObject");
      // The reader runs after probeInBatches' sync, which the rule cannot see.
      /* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read */
      return () => ({
        cell,
        spill: spill.isNullObject ? undefined : spill.address.replace(/^.*!/, ""),
        noted: !note.isNullObject,
      });
      /* eslint-enable office-addins/call-sync-after-load, office-addins/call-sync-before-read */
    });
    const candidates: Array<{ cell: { address: string; formula: string }; cells: string }> = [];
    for (const { cell, spill, noted } of probes) {
      const why = noted ? "already has a note (left as a formula)" : commented.has(cell.address) ? HAS_COMMENT : undefined;
      if (why) skipped.push({ address: cell.address, reason: why });
      else candidates.push({ cell, cells: spill ?? cell.address });
    }
    if (candidates.length === 0) return;

    const properties = typedValues
      ? (["values", "text", "numberFormat", "valuesAsJson"] as const)
      : (["values", "text", "numberFormat"] as const);
    const blocks = await readBoxes(
      context,
      sheet,
      candidates.map((c) => boxOf(c.cells)),
      properties,
    );
    candidates.forEach(({ cell, cells }, i) => {
      const block = blocks[i]! as Record<string, unknown[][]>;
      const why = notAValue(block.values![0]![0]);
      if (why) {
        skipped.push({ address: cell.address, reason: why });
        return;
      }
      const typed: Contents["typed"] = [];
      let cardAsText = false;
      const kept = block.values!.map((row, r) =>
        row.map((value, c) => {
          const one = keptCell(
            value,
            block.text![r]![c],
            String(block.numberFormat![r]![c]),
            block.valuesAsJson?.[r]?.[c] as JsonValue | undefined,
          );
          if (one.typed) typed.push({ row: r, column: c, json: one.typed });
          cardAsText ||= one.cardAsText === true;
          return one;
        }),
      );
      const readBack = kept.map((row) => row.map((k) => k.readBack));
      const note: KeptNote = { formula: cell.formula, cells, check: valuesCheck(readBack) };
      const words = formulaWords(cell.formula, options.current, options.resolve);
      changes.push({
        anchor: cell.address,
        cells,
        formula: cell.formula,
        note: keptNoteText(note, cardAsText ? [CARD_AS_TEXT, ...words] : words),
        kept: {
          values: kept.map((row) => row.map((k) => k.value)),
          formats: kept.map((row) => row.map((k) => k.format)),
          typed,
        },
        formatsBefore: block.numberFormat!.map((row) => row.map(String)),
      });
    });
    if (changes.length === 0) return;
    await writeInBatches(
      context,
      changes.flatMap(piecesOf),
      (piece) => pieceBytes(piece, "values"),
      (piece) => queueKept(sheet, piece, true),
      (sent) =>
        writing(
          sheet.name,
          sent.map((piece) => piece.change),
        ),
    );
  });
  return { kept: changes.map(({ anchor, cells, formula }) => ({ address: anchor, cells, formula })), skipped };
}

/**
 * Turns the notes "Keep values for sharing" wrote (on the active sheet, or in the selection) back into their
 * formulas and removes the notes. A kept block whose values were edited since, or whose note moved away from it,
 * is left as it is and listed in `skipped`: restoring it would overwrite the edit.
 */
export async function restoreFormulas(scope: ShareScope): Promise<RestoreResult> {
  requireNotes(RESTORE);
  const typedValues = supports("ExcelApi", "1.16");
  const changes: Change[] = [];
  const skipped: Skipped[] = [];
  await runOrUndo(RESTORE, "values", async (context, writing) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const count = sheet.notes.getCount();
    const selection = scope === "selection" ? context.workbook.getSelectedRanges() : undefined;
    selection?.load("address");
    await context.sync();
    const within = selection ? areasOf(selection.address).map(boxOf) : undefined;

    const all = await probeInBatches(
      context,
      // getCount() is a ClientResult, read after the sync above.
      // eslint-disable-next-line office-addins/load-object-before-read
      Array.from({ length: count.value }, (_, i) => i),
      (i) => {
        const note = sheet.notes.getItemAt(i);
        note.load("content");
        const location = note.getLocation();
        location.load("address");
        return () => ({ note, location: location.address.replace(/^.*!/, "") });
      },
      200,
    );
    const ours = all
      .map(({ note, location }) => ({ note, location, kept: parseKeptNote(note.content) }))
      .filter((n): n is { note: Excel.Note; location: string; kept: KeptNote } => n.kept !== undefined)
      .filter(({ location }) => !within || within.some((area) => inside(parseCell(location)!, area)));
    if (ours.length === 0) return;

    const properties = typedValues ? (["values", "valuesAsJson"] as const) : (["values"] as const);
    const blocks = await readBoxes(
      context,
      sheet,
      ours.map(({ kept }) => boxOf(kept.cells)),
      properties,
    );
    const notes = new Map<Change, Excel.Note>();
    ours.forEach(({ note, location, kept }, i) => {
      const block = blocks[i]! as Record<string, unknown[][]>;
      const at = parseCell(location);
      const why =
        parseCell(kept.cells)?.row !== at?.row || parseCell(kept.cells)?.column !== at?.column
          ? `its note says the formula filled ${kept.cells}, but the note is now on ${location} (left as values)`
          : valuesCheck(block.values!) !== kept.check
            ? `its values were edited since they were kept (left as values; the formula is still in its note)`
            : undefined;
      if (why) {
        skipped.push({ address: location, reason: why });
        return;
      }
      const typed: Contents["typed"] = [];
      block.valuesAsJson?.forEach((row, r) =>
        row.forEach((json, c) => {
          if ((json as JsonValue).type === "Entity") typed.push({ row: r, column: c, json: json as JsonValue });
        }),
      );
      const change: Change = {
        anchor: location,
        cells: kept.cells,
        formula: kept.formula,
        note: note.content,
        kept: { values: block.values!, formats: block.values!.map((row) => row.map(() => null)), typed },
      };
      changes.push(change);
      notes.set(change, note);
    });
    if (changes.length === 0) return;
    await writeInBatches(
      context,
      changes.flatMap((change) => piecesOf(change).reverse()),
      (piece) => pieceBytes(piece, "formulas"),
      (piece) => {
        const range = sheet.getRange(addressOf(pieceBox(piece)));
        range.formulas = formulaBlock(piece.first ? piece.change.formula : "", pieceBox(piece));
        if (piece.first) notes.get(piece.change)!.delete();
      },
      (sent) =>
        writing(
          sheet.name,
          sent.map((piece) => piece.change),
        ),
    );
  });
  return { restored: changes.map(({ anchor, cells, formula }) => ({ address: anchor, cells, formula })), skipped };
}

const inside = (at: { row: number; column: number }, area: Box) =>
  at.row >= area.row && at.row < area.row + area.rows && at.column >= area.column && at.column < area.column + area.columns;
