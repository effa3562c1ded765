/**
 * An Excel workbook for tests, built on Microsoft's office-addin-mock: the request context and
 * the cells read through load/sync are OfficeMockObjects (reading before load + sync fails, as
 * in Excel); what office-addin-mock has no spies for (sheets added, ranges written, tables,
 * charts) is recorded with jest.fn().
 */
import { OfficeMockObject } from "office-addin-mock";

export interface RangeRecord {
  address: string;
  values?: unknown[][];
  numberFormat?: unknown[][];
  formulas?: unknown[][];
  format: { autofitColumns: jest.Mock; columnWidth?: number; wrapText?: boolean };
}

export interface SheetRecord {
  name: string;
  ranges: RangeRecord[];
  tables: Array<{ range: RangeRecord; hasHeaders: boolean; name?: string }>;
  charts: Array<{
    type: string;
    range: RangeRecord;
    seriesBy: string;
    title: { text?: string };
    setPosition: jest.Mock;
    axes: { categoryAxis: { setCategoryNames: jest.Mock; categoryType?: string } };
  }>;
  activate: jest.Mock;
}

export interface MockOptions {
  sheets?: string[];
  tables?: string[];
  activeCell?: { address: string; value: unknown; formula: unknown };
  /** Other cells of the workbook by full address ("Sheet1!C5"), for moving the selection and reading by address. */
  cells?: Record<string, { value: unknown; formula: unknown }>;
  /** Cells inside another formula's spill, by full address, with the address of the formula that spills there. */
  spills?: Record<string, string>;
  /**
   * The selection and the sheet's cells with content. `values` fill the sheet from the
   * selection's top-left cell (or from `used`, when given: the used range and its values).
   */
  selection?: { address: string; values: unknown[][]; used?: { address: string; values: unknown[][] } | null };
  /** Makes the n-th context.sync() (1-based, counted over the whole test; or each of several) reject with this error. */
  failSync?: { at: number | number[]; error: Error };
  /** A co-author adds a sheet of this name just before the n-th sync. */
  coauthorAddsSheet?: { beforeSync: number; name: string };
}

export function mockExcel(options: MockOptions = {}) {
  /** Sheets by id. A sheet added by the add-in exists once a sync succeeds, as in Excel. */
  const workbookSheets = new Map((options.sheets ?? ["Sheet1"]).map((name) => [`{id-of-${name}}`, name]));
  let queuedAdds: Array<{ id: string; name: string }> = [];
  /** Deletions queued in a batch, applied when it syncs without error. */
  let queuedDeletes: Array<() => void> = [];
  const sheetIdOf = (nameOrId: string) =>
    workbookSheets.has(nameOrId) ? nameOrId : [...workbookSheets].find(([, name]) => name === nameOrId)?.[0];
  const workbookTables = new Set(options.tables ?? []);
  const added: SheetRecord[] = [];
  const deleted: string[] = [];
  let syncs = 0;
  let probes = 0;
  const cell = options.activeCell ?? { address: "Sheet1!B2", value: "", formula: "" };
  const selection = options.selection ?? { address: "Sheet1!A1", values: [[""]] };

  const range = (address: string): RangeRecord => ({ address, format: { autofitColumns: jest.fn() } });

  const spills = options.spills ?? {};
  let activeAddress = cell.address;
  let cellMocks = 0;

  const excel = new OfficeMockObject({
    context: {
      workbook: {
        activeCell: { address: cell.address, values: [[cell.value]], formulas: [[cell.formula]] },
        worksheets: {},
        tables: {},
      },
    },
  }) as unknown as { context: Record<string, any> }; // any: the mock's shape is built at run time
  const context = excel.context;
  const workbook = context.workbook;

  /** A null-object probe, attached under the context so context.sync() loads it. */
  const probe = (exists: boolean, onDelete: () => void) => {
    const name = `probe${probes++}`;
    workbook.addMock(name);
    workbook[name].populate({ isNullObject: !exists });
    workbook[name].delete = jest.fn(() => queuedDeletes.push(onDelete));
    return workbook[name];
  };

  // Event handlers as Excel keeps them: added, and removed through the result's remove().
  const selectionHandlers = new Set<() => unknown>();
  workbook.onSelectionChanged = {
    add: jest.fn((handler: () => unknown) => {
      selectionHandlers.add(handler);
      return { context, remove: jest.fn(() => selectionHandlers.delete(handler)) };
    }),
  };
  /** A cell read through load + sync, with its spill parent (a null object outside any spill). */
  const cells = new Map<string, Record<string, any>>(); // any: office-addin-mock objects are built at run time
  const withSpillParent = (mock: Record<string, any>, address: string) => {
    mock.getSpillParentOrNullObject = jest.fn(() => {
      const name = `spillParent${cellMocks++}`;
      workbook.addMock(name);
      workbook[name].populate({ isNullObject: !(address in spills), address: spills[address] ?? "" });
      return workbook[name];
    });
    cells.set(address, mock);
    return mock;
  };
  withSpillParent(workbook.activeCell, cell.address);
  for (const [address, content] of Object.entries(options.cells ?? {})) {
    const name = `cell${cellMocks++}`;
    workbook.addMock(name);
    workbook[name].populate({ address, values: [[content.value]], formulas: [[content.formula]] });
    withSpillParent(workbook[name], address);
  }
  const cellAt = (address: string) => {
    const found = cells.get(address);
    if (!found) throw new Error(`the mock workbook has no cell ${address}`);
    return found;
  };

  workbook.getActiveCell = () => cellAt(activeAddress);
  workbook.worksheets.getItem = jest.fn((sheet: string) => ({
    getRange: jest.fn((address: string) => cellAt(`${sheet}!${address}`)),
  }));
  const grid = selectionGrid(selection);
  workbook.getSelectedRange = () => grid.selected;
  workbook.worksheets.getItemOrNullObject = jest.fn((nameOrId: string) => {
    const id = sheetIdOf(nameOrId);
    return probe(id !== undefined, () => {
      deleted.push(workbookSheets.get(id!)!);
      workbookSheets.delete(id!);
    });
  });
  workbook.tables.getItemOrNullObject = jest.fn((name: string) => probe(workbookTables.has(name), () => undefined));
  workbook.worksheets.add = jest.fn((name: string) => {
    const id = `{added-${added.length + 1}}`;
    queuedAdds.push({ id, name });
    const sheet: SheetRecord = { name, ranges: [], tables: [], charts: [], activate: jest.fn() };
    added.push(sheet);
    return {
      id,
      load: jest.fn(),
      getRange: jest.fn((address: string) => {
        const r = range(address);
        sheet.ranges.push(r);
        return r;
      }),
      tables: {
        add: jest.fn((r: RangeRecord, hasHeaders: boolean) => {
          const table: SheetRecord["tables"][number] = { range: r, hasHeaders };
          sheet.tables.push(table);
          return table;
        }),
      },
      charts: {
        add: jest.fn((type: string, r: RangeRecord, seriesBy: string) => {
          const chart = {
            type,
            range: r,
            seriesBy,
            title: {},
            setPosition: jest.fn(),
            axes: { categoryAxis: { setCategoryNames: jest.fn() } },
          };
          sheet.charts.push(chart);
          return chart;
        }),
      },
      activate: sheet.activate,
    };
  });

  const mockSync = context.sync.bind(context);
  context.sync = jest.fn(async () => {
    syncs++;
    if (options.coauthorAddsSheet?.beforeSync === syncs) {
      workbookSheets.set("{a-co-author's-sheet}", options.coauthorAddsSheet.name);
    }
    const failAt = options.failSync ? [options.failSync.at].flat() : [];
    const [adds, deletes] = [queuedAdds, queuedDeletes];
    [queuedAdds, queuedDeletes] = [[], []];
    if (failAt.includes(syncs)) throw options.failSync!.error;
    adds.forEach(({ id, name }) => workbookSheets.set(id, name));
    deletes.forEach((remove) => remove());
    await mockSync();
    // office-addin-mock settles nested properties over a few microtasks; let them land.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });

  // Excel.run(callback), or Excel.run(an object's context, callback) as used to remove a handler.
  const run = jest.fn(async <T>(...args: unknown[]) => (args.at(-1) as (ctx: unknown) => Promise<T>)(context));
  (globalThis as Record<string, unknown>).Excel = { run };

  return {
    context,
    run,
    added,
    deleted,
    sheets: () => [...workbookSheets.values()],
    syncs: () => syncs,
    activeCell: () => cellAt(activeAddress),
    cell: cellAt,
    /** A cell's formulas as the workbook holds them (loads and syncs, like any reader would). */
    formulasOf: async (address: string) => {
      const target = cellAt(address);
      target.load("formulas");
      await mockSync();
      return target.formulas as unknown[][];
    },
    /** The user selects another cell (which must be among `cells`). */
    select: (address: string) => {
      cellAt(address);
      activeAddress = address;
    },
    /** Selects a cell as the user would: Excel calls every selection handler still added. */
    selectCell: async () => {
      for (const handler of [...selectionHandlers]) await handler();
    },
    selectionHandlers: () => selectionHandlers.size,
    /** The addresses whose `values` were read, in order. */
    valuesRead: () => grid.valuesRead,
  };
}

/** A box of cells, zero-based and inclusive. */
interface Box {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const EXCEL_CELL_LIMIT = 5_000_000;

function parseAddress(address: string): Box {
  const [sheet, cells] = address.includes("!") ? address.split("!") : ["Sheet1", address];
  const corner = (ref: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const column = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(digits) - 1, column };
  };
  const [from, to = from] = cells!.split(":");
  const a = corner(from!);
  const b = corner(to!);
  return { sheet: sheet!, top: a.row, left: a.column, bottom: b.row, right: b.column };
}

function formatAddress(box: Box): string {
  const letters = (column: number) => {
    let text = "";
    for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    return text;
  };
  const start = `${letters(box.left)}${box.top + 1}`;
  const end = `${letters(box.right)}${box.bottom + 1}`;
  return `${box.sheet}!${start === end ? start : `${start}:${end}`}`;
}

/**
 * The selected range over a sheet of cells, with what readSelectedValues needs (used range,
 * intersection, getCell, getResizedRange). Reading `values` of more than 5,000,000 cells fails
 * as Excel does, and every read of `values` is recorded.
 */
function selectionGrid(selection: NonNullable<MockOptions["selection"]>) {
  const selectedBox = parseAddress(selection.address);
  const used =
    selection.used === undefined
      ? {
          box: {
            ...selectedBox,
            bottom: selectedBox.top + selection.values.length - 1,
            right: selectedBox.left + (selection.values[0]?.length ?? 1) - 1,
          },
          values: selection.values,
        }
      : selection.used && { box: parseAddress(selection.used.address), values: selection.used.values };
  const valuesRead: string[] = [];
  const nullObject = () => ({ isNullObject: true, load: jest.fn() });

  const range = (box: Box): Record<string, unknown> => ({
    isNullObject: false,
    address: formatAddress(box),
    rowCount: box.bottom - box.top + 1,
    columnCount: box.right - box.left + 1,
    load: jest.fn(),
    get values() {
      const cells = (box.bottom - box.top + 1) * (box.right - box.left + 1);
      if (cells > EXCEL_CELL_LIMIT) throw new Error("The response payload size has exceeded the limit.");
      valuesRead.push(formatAddress(box));
      return Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
        Array.from({ length: box.right - box.left + 1 }, (_, c) => {
          if (!used) return "";
          return used.values[box.top + r - used.box.top]?.[box.left + c - used.box.left] ?? "";
        }),
      );
    },
    worksheet: { getUsedRangeOrNullObject: () => (used ? range(used.box) : nullObject()) },
    getIntersectionOrNullObject: (other: { address: string }) => {
      const o = parseAddress(other.address);
      const cut = {
        sheet: box.sheet,
        top: Math.max(box.top, o.top),
        left: Math.max(box.left, o.left),
        bottom: Math.min(box.bottom, o.bottom),
        right: Math.min(box.right, o.right),
      };
      return cut.top > cut.bottom || cut.left > cut.right ? nullObject() : range(cut);
    },
    getCell: (row: number, column: number) =>
      range({ ...box, top: box.top + row, left: box.left + column, bottom: box.top + row, right: box.left + column }),
    getResizedRange: (rows: number, columns: number) => range({ ...box, bottom: box.bottom + rows, right: box.right + columns }),
  });
  return { selected: range(selectedBox), valuesRead };
}
