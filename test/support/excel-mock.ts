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
  charts: Array<{ type: string; range: RangeRecord; seriesBy: string; title: { text?: string }; setPosition: jest.Mock }>;
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
  selection?: { address: string; values: unknown[][] };
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
        selectedRange: { address: selection.address, values: selection.values },
        worksheets: {},
        tables: {},
        onSelectionChanged: { add: jest.fn() },
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
  workbook.getSelectedRange = () => workbook.selectedRange;
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
          const chart = { type, range: r, seriesBy, title: {}, setPosition: jest.fn() };
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

  const run = jest.fn(async <T>(callback: (ctx: unknown) => Promise<T>) => callback(context));
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
  };
}
