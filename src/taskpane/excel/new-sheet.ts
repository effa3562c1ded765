import { isDateColumn, type Cell, type Table } from "../../query";
import { blockAddress } from "./address";
import { RollbackFailed } from "./errors";
import { sheetNameCandidates, tableNameCandidates } from "./names";

const TEXT = "@";
const DATE = "yyyy-mm-dd";
const NUMBER = "#,##0";
const LONG_TEXT_WIDTH = 320; // points: evidence and statements wrap instead of stretching the sheet

/** Number formats for a table's cells: dates, numbers, and text everywhere else (so no text runs as a formula). */
export function columnFormats(table: Table): string[] {
  return table.header.map((name, column) => {
    if (isDateColumn(name)) return DATE;
    const cells = table.rows.map((row) => row[column]).filter((cell) => cell !== "");
    return cells.length > 0 && cells.every((cell) => typeof cell === "number") ? NUMBER : TEXT;
  });
}

export interface NewSheetPlan {
  sheetName: string;
  tableName: string;
}

/**
 * Finds a sheet name and a table name not yet in the workbook, probing candidates with
 * null objects: one sync, whatever the workbook holds.
 */
export async function planNewSheet(context: Excel.RequestContext, base: string): Promise<NewSheetPlan> {
  const sheetNames = sheetNameCandidates(base);
  const tableNames = tableNameCandidates(`Report${base}`);
  const sheets = sheetNames.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  const tables = tableNames.map((name) => context.workbook.tables.getItemOrNullObject(name));
  [...sheets, ...tables].forEach((probe) => probe.load("isNullObject"));
  await context.sync();
  const free = (names: string[], probes: Array<{ isNullObject: boolean }>) => names.find((_, i) => probes[i]!.isNullObject);
  const sheetName = free(sheetNames, sheets);
  const tableName = free(tableNames, tables);
  if (!sheetName || !tableName) throw new Error(`no free sheet name for "${base}"`);
  return { sheetName, tableName };
}

/**
 * Adds the planned sheet and learns its id in one sync: a rollback then deletes this sheet and no
 * other, even if a co-author has since made one of the same name.
 */
export async function addPlannedSheet(context: Excel.RequestContext, plan: NewSheetPlan): Promise<Excel.Worksheet> {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  sheet.load("id");
  await context.sync();
  return sheet;
}

/**
 * Queues `table` on a new, empty sheet as a real Excel table (header row, formats, autofit),
 * starting at A1. The caller syncs once.
 */
export function queueTableSheet(sheet: Excel.Worksheet, plan: NewSheetPlan, table: Table): Excel.Worksheet {
  const matrix: Cell[][] = [[...table.header], ...table.rows];
  const columns = table.header.length;
  const range = sheet.getRange(blockAddress(matrix.length, columns));
  const formats = columnFormats(table);
  range.numberFormat = matrix.map((_, row) => (row === 0 ? formats.map(() => TEXT) : formats));
  range.values = matrix;
  const excelTable = sheet.tables.add(range, true);
  excelTable.name = plan.tableName;
  range.format.autofitColumns();
  table.header.forEach((_, column) => {
    const long = table.rows.some((row) => String(row[column] ?? "").length > 60);
    if (long) {
      const body = sheet.getRange(blockAddress(matrix.length, 1, 0, column));
      body.format.columnWidth = LONG_TEXT_WIDTH;
      body.format.wrapText = true;
    }
  });
  sheet.activate();
  return sheet;
}

/** Deletes the sheet this action added, by its id (never by its name), after a failure. */
export async function removeAddedSheet(sheetId: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetId);
    // isNullObject is a scalar, not a navigation property: the rule misreads it here.
    // eslint-disable-next-line office-addins/no-navigational-load
    sheet.load("isNullObject");
    await context.sync();
    if (!sheet.isNullObject) {
      sheet.delete();
      await context.sync();
    }
  });
}

/**
 * Runs `write` on a new sheet: one sync to find free names, one to add the sheet, one to write.
 * On failure the sheet is deleted by its id; if that fails too, the error says which sheet is left.
 */
export async function onNewSheet(
  base: string,
  write: (sheet: Excel.Worksheet, plan: NewSheetPlan) => void,
): Promise<NewSheetPlan> {
  let added: { id: string; name: string } | undefined;
  try {
    return await Excel.run(async (context) => {
      const plan = await planNewSheet(context, base);
      const sheet = await addPlannedSheet(context, plan);
      added = { id: sheet.id, name: plan.sheetName };
      write(sheet, plan);
      await context.sync();
      return plan;
    });
  } catch (error) {
    if (added) {
      const sheet = added;
      await removeAddedSheet(sheet.id).catch((cause: unknown) => {
        throw new RollbackFailed(error, sheet.name, cause);
      });
    }
    throw error;
  }
}

/** Writes `table` on a new sheet. Rolls back on failure. */
export async function insertTableOnNewSheet(base: string, table: Table): Promise<NewSheetPlan> {
  return onNewSheet(base, (sheet, plan) => queueTableSheet(sheet, plan, table));
}
