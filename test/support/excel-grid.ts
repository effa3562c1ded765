/**
 * One worksheet of cells, notes and spills for testing actions that read and rewrite cells (keep values / restore
 * formulas). office-addin-mock (excel-mock.ts) holds static data and applies writes at once; this sheet behaves as
 * Excel's batches do: loads and writes queue until context.sync(), run in order, reading a property before its
 * load and sync throws, and a failing sync may have applied part of its batch (`failSync.applied` writes), as
 * Excel's do. Office's requirement check is an office-addin-mock object.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface GridCellInput {
  formula?: string;
  value?: unknown;
  /** What the cell shows where it differs from its value (a card shows its name; its value is #VALUE!). */
  text?: string;
  /** The values a spilling formula shows, anchor at the top left. */
  spill?: unknown[][];
}

export interface GridOptions {
  sheet?: string;
  cells: Record<string, GridCellInput>;
  notes?: Record<string, string>;
  selection?: string;
  /** The n-th sync (1-based, over the test) fails after applying `applied` of its writes (default 0). */
  failSync?: { at: number; applied?: number; error: Error };
  /** What a formula shows when it is entered (restored); a matrix larger than 1x1 spills. Default [[0]]. */
  evaluate?: (formula: string) => unknown[][];
  /** What Office.context.requirements.isSetSupported answers. */
  supported?: (set: string, version: string) => boolean;
}

interface Cell {
  formula: string | null;
  value: unknown;
  text?: string;
  spilledFrom?: string;
}

const letters = (column: number): string => {
  let out = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
};
const at = (row: number, column: number) => `${letters(column)}${row + 1}`;
function parse(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address.replace(/^.*!/, ""))!;
  return { row: Number(m[2]) - 1, column: [...m[1]!].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0) - 1 };
}
function box(address: string) {
  const [a, b] = address.replace(/^.*!/, "").split(":");
  const from = parse(a!);
  const to = parse(b ?? a!);
  return { row: from.row, column: from.column, rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}
const blockAddress = (row: number, column: number, rows: number, columns: number) =>
  rows === 1 && columns === 1 ? at(row, column) : `${at(row, column)}:${at(row + rows - 1, column + columns - 1)}`;

type Op = { kind: "load"; run: () => void } | { kind: "write"; run: () => void };

/** An object whose properties can be read only after load + sync. */
class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(
    private readonly grid: ExcelGrid,
    private readonly read: (property: string) => unknown,
  ) {}
  load(properties?: string | string[]): this {
    const names =
      properties === undefined ? [] : Array.isArray(properties) ? properties : properties.split(",").map((p) => p.trim());
    this.grid.queue({ kind: "load", run: () => names.forEach((name) => this.loaded.set(name, this.read(name))) });
    return this;
  }
  value(property: string): unknown {
    if (!this.loaded.has(property)) throw new Error(`PropertyNotLoaded: '${property}' was read before load and sync`);
    return this.loaded.get(property);
  }
}

export class ExcelGrid {
  readonly cells = new Map<string, Cell>();
  readonly notes = new Map<string, string>();
  readonly sheetName: string;
  private readonly ops: Op[] = [];
  private syncCount = 0;
  private readonly options: GridOptions;

  constructor(options: GridOptions) {
    this.options = options;
    this.sheetName = options.sheet ?? "Sheet1";
    for (const [address, input] of Object.entries(options.cells)) {
      if (input.spill) this.enter(address, input.formula!, input.spill);
      else this.cells.set(address, { formula: input.formula ?? null, value: input.value ?? "", text: input.text });
    }
    for (const [address, content] of Object.entries(options.notes ?? {})) this.notes.set(address, content);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  get syncs(): number {
    return this.syncCount;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.ops.splice(0);
    const fail = this.options.failSync?.at === this.syncCount ? this.options.failSync : undefined;
    let writes = 0;
    for (const op of ops) {
      if (fail && op.kind === "write" && writes === (fail.applied ?? 0)) throw fail.error;
      if (op.kind === "write") writes++;
      op.run();
    }
    if (fail) throw fail.error;
  }

  /** Cell contents as a test reads them: formula or value. */
  content(address: string): { formula: string | null; value: unknown } | undefined {
    const cell = this.cells.get(address);
    return cell && { formula: cell.formula, value: cell.value };
  }

  /** Every cell's formula and value (not its shown text) and every note, to compare states. */
  snapshot(): string {
    const cells = [...this.cells.entries()].map(([address, { formula, value, spilledFrom }]) => [
      address,
      { formula, value, spilledFrom },
    ]);
    return JSON.stringify({ cells: cells.sort(), notes: [...this.notes.entries()].sort() });
  }

  private spillOf(anchor: string): string | undefined {
    const children = [...this.cells.entries()].filter(([, c]) => c.spilledFrom === anchor).map(([a]) => parse(a));
    if (children.length === 0) return undefined;
    const a = parse(anchor);
    const rows = Math.max(...children.map((c) => c.row)) - a.row + 1;
    const columns = Math.max(...children.map((c) => c.column)) - a.column + 1;
    return blockAddress(a.row, a.column, rows, columns);
  }

  private clearSpill(anchor: string): void {
    for (const [address, cell] of [...this.cells]) if (cell.spilledFrom === anchor) this.cells.delete(address);
  }

  /** A formula entered in a cell: its value, spilling when the space is free (else #SPILL!). */
  private enter(address: string, formula: string, shown?: unknown[][]): void {
    this.clearSpill(address);
    const values = shown ?? this.options.evaluate?.(formula) ?? [[0]];
    const { row, column } = parse(address);
    const targets = values.flatMap((r, i) => r.map((value, j) => ({ address: at(row + i, column + j), value })));
    const blocked = targets.slice(1).some((t) => this.cells.has(t.address));
    this.cells.set(address, { formula, value: blocked ? "#SPILL!" : values[0]![0] });
    if (!blocked)
      for (const t of targets.slice(1)) this.cells.set(t.address, { formula: null, value: t.value, spilledFrom: address });
  }

  /**
   * What typing a constant does: unless an apostrophe leads it, text starting with = is a formula and text that
   * reads as a number ("1,400") is the number.
   */
  private put(address: string, value: unknown): void {
    const existing = this.cells.get(address);
    if (existing?.spilledFrom) {
      const anchor = existing.spilledFrom;
      this.clearSpill(anchor);
      this.cells.get(anchor)!.value = "#SPILL!";
    }
    this.clearSpill(address);
    if (value === "" || value === null) this.cells.delete(address);
    else if (typeof value === "string" && value.startsWith("=")) this.enter(address, value);
    else if (typeof value === "string" && /^-?\d[\d,]*(\.\d+)?$/.test(value)) {
      this.cells.set(address, { formula: null, value: Number(value.replace(/,/g, "")) });
    } else this.cells.set(address, { formula: null, value: typeof value === "string" ? value.replace(/^'/, "") : value });
  }

  private matrix(address: string, read: (cell: Cell | undefined) => unknown): unknown[][] {
    const b = box(address);
    return Array.from({ length: b.rows }, (_, i) =>
      Array.from({ length: b.columns }, (_, j) => read(this.cells.get(at(b.row + i, b.column + j)))),
    );
  }

  private usedAddress(): string | undefined {
    const all = [...this.cells.keys()].map(parse);
    if (all.length === 0) return undefined;
    const top = Math.min(...all.map((c) => c.row));
    const left = Math.min(...all.map((c) => c.column));
    const bottom = Math.max(...all.map((c) => c.row));
    const right = Math.max(...all.map((c) => c.column));
    return blockAddress(top, left, bottom - top + 1, right - left + 1);
  }

  /** A Range proxy over whatever address `where()` gives at sync time (undefined: a null object). */
  range(where: () => string | undefined): Record<string, unknown> {
    const state = new Loadable(this, (property) => {
      const address = where();
      if (property === "isNullObject") return address === undefined;
      if (address === undefined) return null; // a null object's properties read as null
      const b = box(address);
      switch (property) {
        case "address":
          return `${this.sheetName}!${address}`;
        case "values":
          return this.matrix(address, (c) => (c ? c.value : ""));
        case "formulas":
          return this.matrix(address, (c) => (c ? (c.formula ?? c.value) : ""));
        case "text":
          return this.matrix(address, (c) => (c ? (c.text ?? String(c.value)) : ""));
        case "rowIndex":
          return b.row;
        case "columnIndex":
          return b.column;
        case "rowCount":
          return b.rows;
        case "columnCount":
          return b.columns;
      }
      throw new Error(`the grid has no range property '${property}'`);
    });
    const write = (property: "values" | "formulas", matrix: unknown[][]) =>
      this.queue({
        kind: "write",
        run: () => {
          const address = where()!;
          const b = box(address);
          if (matrix.length !== b.rows || matrix.some((r) => r.length !== b.columns)) {
            throw new Error(`InvalidArgument: a ${matrix.length}-row matrix for ${address}`);
          }
          // Excel applies the whole matrix, then calculates: constants and blanks first, so a formula can spill.
          const entries = matrix.flatMap((r, i) => r.map((v, j) => ({ address: at(b.row + i, b.column + j), v })));
          const isFormula = (v: unknown) => property === "formulas" && typeof v === "string" && v.startsWith("=");
          entries.filter((e) => !isFormula(e.v)).forEach((e) => this.put(e.address, e.v));
          entries.filter((e) => isFormula(e.v)).forEach((e) => this.put(e.address, e.v));
        },
      });
    const grid = this;
    return {
      load: (p?: string | string[]) => (state.load(p), undefined),
      get isNullObject() {
        return state.value("isNullObject");
      },
      get address() {
        return state.value("address");
      },
      get values() {
        return state.value("values") as unknown[][];
      },
      set values(matrix: unknown[][]) {
        write("values", matrix);
      },
      get formulas() {
        return state.value("formulas") as unknown[][];
      },
      set formulas(matrix: unknown[][]) {
        write("formulas", matrix);
      },
      get text() {
        return state.value("text");
      },
      get rowIndex() {
        return state.value("rowIndex");
      },
      get columnIndex() {
        return state.value("columnIndex");
      },
      get rowCount() {
        return state.value("rowCount");
      },
      get columnCount() {
        return state.value("columnCount");
      },
      getSpillingToRangeOrNullObject: () =>
        grid.range(() => {
          const address = where();
          return address && !address.includes(":") ? grid.spillOf(address) : undefined;
        }),
      localAddress: where,
    };
  }

  private note(where: () => string | undefined): Record<string, unknown> {
    const state = new Loadable(this, (property) => {
      const address = where();
      if (property === "isNullObject") return address === undefined || !this.notes.has(address);
      if (property === "content") return address === undefined ? undefined : this.notes.get(address);
      throw new Error(`the grid has no note property '${property}'`);
    });
    return {
      load: (p?: string | string[]) => (state.load(p), undefined),
      get isNullObject() {
        return state.value("isNullObject");
      },
      get content() {
        return state.value("content");
      },
      delete: () =>
        this.queue({
          kind: "write",
          run: () => {
            const address = where();
            if (address === undefined || !this.notes.delete(address)) throw new Error("ItemNotFound: no note to delete");
          },
        }),
      getLocation: () => this.range(where),
    };
  }

  /** The request context: active sheet, selection, notes. */
  context(): unknown {
    const grid = this;
    let items: unknown[] | undefined;
    const notes = {
      add: (cell: { localAddress?: () => string | undefined } | string, content: string) =>
        grid.queue({
          kind: "write",
          run: () => {
            const address = typeof cell === "string" ? cell : cell.localAddress!()!;
            if (address.includes(":")) throw new Error("InvalidCellAddress: a note goes on one cell");
            if (grid.notes.has(address)) throw new Error(`InvalidArgument: ${address} already has a note`);
            grid.notes.set(address, content);
          },
        }),
      getItemOrNullObject: (address: string) => grid.note(() => address),
      load: () => {
        grid.queue({ kind: "load", run: () => (items = [...grid.notes.keys()].map((address) => loadedNote(address))) });
      },
      get items() {
        if (!items) throw new Error("PropertyNotLoaded: 'items' was read before load and sync");
        return items;
      },
    };
    const loadedNote = (address: string) => {
      const note = grid.note(() => address) as { load: (p: string) => void };
      note.load("content");
      grid.ops.pop()!.run();
      return note;
    };
    let nameLoaded = false;
    const sheet = {
      load: (property: string) => {
        if (property !== "name") throw new Error(`the grid has no sheet property '${property}'`);
        grid.queue({ kind: "load", run: () => (nameLoaded = true) });
      },
      get name() {
        if (!nameLoaded) throw new Error("PropertyNotLoaded: 'name' was read before load and sync");
        return grid.sheetName;
      },
      notes,
      getRange: (address: string) => grid.range(() => address),
      getUsedRangeOrNullObject: () => grid.range(() => grid.usedAddress()),
    };
    return {
      sync: jest.fn(() => grid.sync()),
      workbook: {
        worksheets: {
          getActiveWorksheet: () => sheet,
          getItem: (name: string) => {
            if (name !== grid.sheetName) throw new Error(`ItemNotFound: no sheet '${name}'`);
            return sheet;
          },
        },
        getSelectedRange: () => grid.range(() => grid.options.selection ?? "A1"),
      },
    };
  }
}

/** Installs `Excel.run` over a new grid and `Office.context.requirements` (an office-addin-mock object). */
export function mockGrid(options: GridOptions) {
  const grid = new ExcelGrid(options);
  const run = jest.fn(async <T>(callback: (context: unknown) => Promise<T>) => callback(grid.context()));
  (globalThis as Record<string, unknown>).Excel = { run };
  const isSetSupported = jest.fn(options.supported ?? (() => true));
  (globalThis as Record<string, unknown>).Office = new OfficeMockObject({ context: { requirements: { isSetSupported } } });
  return { grid, run, isSetSupported };
}

/** Removes the globals mockGrid installed. */
export function unmockGrid(): void {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
}
