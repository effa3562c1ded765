/**
 * The cells of the fake Excel workbook (fake-excel.ts): one worksheet with values, formulas, number formats, spills,
 * notes and threaded comments, behind the Office.js calls "Keep values for sharing" makes. Every call only queues
 * an operation; the workbook's `context.sync()` applies them in order and counts their bytes against its limits.
 * What it follows in Microsoft's documentation (office-js-docs-pr and the office-js typings):
 * - `Range.values` gives "#VALUE!" for a cell holding an entity value (a card), `Range.text` what the cell shows,
 *   `Range.valuesAsJson` (ExcelApi 1.16) the typed value: an entity whole, a formatted number as a `Double` with its
 *   `numberFormat` (ExcelApi 1.19); the shown text of a number follows the cell's number format, or the value's own
 *   where the cell's is General (formatted by numfmt, an implementation of Excel's format codes);
 * - writing `values`: a string that starts with "=" is a formula, one that reads as a number is the number, a
 *   leading apostrophe keeps the rest as text; writing `valuesAsJson` writes typed values, parsed as nothing;
 * - `getSpecialCellsOrNullObject(Excel.SpecialCellType.formulas)` on a Range or a RangeAreas gives a RangeAreas of
 *   the formula cells (a spill's anchor only), a null object when there are none
 *   (excel/excel-add-ins-ranges-special-cells.md); `RangeAreas.address` lists the areas ("Sheet1!A1:B2, Sheet1!D4");
 * - `workbook.getSelectedRange()` throws when more than one area is selected; `getSelectedRanges()` (ExcelApi 1.9)
 *   gives them all as a RangeAreas;
 * - a note goes on one cell (`InvalidArgument` otherwise, excel/excel-add-ins-notes.md) and a cell has one note;
 * - a guess, not in the docs: adding a note to a cell that has a threaded comment fails (`InvalidArgument`), as
 *   Excel's UI offers a cell either a comment or a note. Only real Excel can confirm it.
 */
import { format as formatNumber } from "numfmt";

/** An entity value (a card) as a custom function returns it and valuesAsJson gives it. */
export interface FakeEntity {
  type: "Entity";
  text: string;
  properties?: Record<string, unknown>;
}
/** A number with its own format, as a custom function returns it (`{ type: "Double", numberFormat }`). */
export interface FakeFormattedNumber {
  type: "Double";
  basicValue: number;
  numberFormat: string;
}
/** What a formula returns, one cell of it: a plain value, a formatted number or a card. */
export type FakeResult = number | string | boolean | FakeEntity | FakeFormattedNumber;

export interface FakeSheetOptions {
  name?: string;
  /** Constants (a plain value) and formulas (`=...`); each formula is entered, so it shows its `results`. */
  cells: Record<string, number | string | boolean>;
  /** What each formula returns (a matrix larger than 1x1 spills); a formula not listed returns 0. */
  results?: Record<string, FakeResult[][]>;
  /** Cell number formats (default General). */
  formats?: Record<string, string>;
  notes?: Record<string, string>;
  /** Threaded comments, by cell. */
  comments?: Record<string, string>;
  /** The selected areas, e.g. ["A1:B2", "D4"] (default A1). */
  selection?: string[];
}

type Stored = number | string | boolean | FakeEntity;
interface Cell {
  formula: string | null;
  value: Stored;
  /** The format a formula's formatted number carries. */
  valueFormat?: string;
  spilledFrom?: string;
}

export type Enqueue = (requestBytes: number, apply: () => number | void) => void;
export class SheetError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const TYPED_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#BUSY!", "#SPILL!", "#CALC!"]);
const letters = (column: number): string => {
  let out = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
};
export const at = (row: number, column: number) => `${letters(column)}${row + 1}`;
function parse(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new SheetError("InvalidArgument", `not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: [...m[1]!].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0) - 1 };
}
export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}
export function box(address: string): Box {
  const [a, b] = address.replace(/^.*!/, "").split(":");
  const from = parse(a!);
  const to = parse(b ?? a!);
  return { row: from.row, column: from.column, rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}
export const boxAddress = ({ row, column, rows, columns }: Box) =>
  rows === 1 && columns === 1 ? at(row, column) : `${at(row, column)}:${at(row + rows - 1, column + columns - 1)}`;
const cellsOf = (b: Box) =>
  Array.from({ length: b.rows }, (_, i) => Array.from({ length: b.columns }, (_, j) => at(b.row + i, b.column + j)));
const json = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");

/** A worksheet's state, shared by every Excel.run and runtime on the workbook. */
export class FakeSheet {
  readonly name: string;
  readonly cells = new Map<string, Cell>();
  readonly formats = new Map<string, string>();
  readonly notes = new Map<string, string>();
  readonly comments = new Map<string, string>();
  selection: string[];
  private readonly results: Record<string, FakeResult[][]>;

  constructor(
    options: FakeSheetOptions,
    readonly excelApi = 19,
  ) {
    this.name = options.name ?? "Sheet1";
    this.results = options.results ?? {};
    this.selection = options.selection ?? ["A1"];
    for (const [address, format] of Object.entries(options.formats ?? {})) this.formats.set(address, format);
    for (const [address, content] of Object.entries(options.notes ?? {})) this.notes.set(address, content);
    for (const [address, content] of Object.entries(options.comments ?? {})) this.comments.set(address, content);
    const entries = Object.entries(options.cells);
    const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");
    for (const [address, value] of entries.filter(([, v]) => !isFormula(v))) this.put(address, value);
    for (const [address, value] of entries.filter(([, v]) => isFormula(v))) this.put(address, value);
  }

  /** What the cell shows (Range.text). */
  text(address: string): string {
    const cell = this.cells.get(address);
    if (!cell) return "";
    const { value } = cell;
    if (typeof value === "object") return value.text;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "string") return value;
    const cellFormat = this.formats.get(address) ?? "General";
    // A formula's formatted number shows its own format only where Excel has them (ExcelApi 1.19).
    const own = this.excelApi >= 19 ? cell.valueFormat : undefined;
    return formatNumber(cellFormat === "General" ? (own ?? "General") : cellFormat, value);
  }

  /** Every cell's shown text, formula and note, to compare what a reader sees (text) and what a user typed. */
  shown(): Record<string, string> {
    return Object.fromEntries([...this.cells.keys()].sort().map((a) => [a, this.text(a)]));
  }
  formulas(): Record<string, string> {
    return Object.fromEntries(
      [...this.cells]
        .filter(([, c]) => c.formula !== null)
        .map(([a, c]) => [a, c.formula!] as const)
        .sort(),
    );
  }
  snapshot(): string {
    return JSON.stringify({
      cells: [...this.cells].sort(),
      formats: [...this.formats].sort(),
      notes: [...this.notes].sort(),
      comments: [...this.comments].sort(),
    });
  }

  /** The cells each anchor spills into. */
  private readonly spills = new Map<string, Set<string>>();

  private spillOf(anchor: string): string | undefined {
    const children = [...(this.spills.get(anchor) ?? [])].map(parse);
    if (children.length === 0) return undefined;
    const a = parse(anchor);
    const rows = Math.max(...children.map((c) => c.row)) - a.row + 1;
    const columns = Math.max(...children.map((c) => c.column)) - a.column + 1;
    return boxAddress({ row: a.row, column: a.column, rows, columns });
  }
  private clearSpill(anchor: string): void {
    for (const address of this.spills.get(anchor) ?? []) this.cells.delete(address);
    this.spills.delete(anchor);
  }
  private static stored(result: FakeResult): { value: Stored; valueFormat?: string } {
    if (typeof result === "object" && result.type === "Double")
      return { value: result.basicValue, valueFormat: result.numberFormat };
    return { value: result };
  }
  private enter(address: string, formula: string): void {
    this.clearSpill(address);
    const results = this.results[formula] ?? [[0]];
    const { row, column } = parse(address);
    const targets = results.flatMap((r, i) => r.map((result, j) => ({ address: at(row + i, column + j), result })));
    const blocked = targets.slice(1).some((t) => this.cells.has(t.address));
    this.cells.set(address, { formula, ...(blocked ? { value: "#SPILL!" } : FakeSheet.stored(results[0]![0]!)) });
    if (!blocked && targets.length > 1) {
      this.spills.set(address, new Set(targets.slice(1).map((t) => t.address)));
      for (const t of targets.slice(1))
        this.cells.set(t.address, { formula: null, ...FakeSheet.stored(t.result), spilledFrom: address });
    }
  }
  /** Writing into a spilled cell blocks its spill (#SPILL!). */
  private unspill(address: string): void {
    const existing = this.cells.get(address);
    if (existing?.spilledFrom) {
      const anchor = existing.spilledFrom;
      this.clearSpill(anchor);
      this.cells.get(anchor)!.value = "#SPILL!";
    }
    this.clearSpill(address);
  }
  /** What typing does (Range.values / formulas): "=..." a formula, "1,400" a number, an apostrophe keeps text. */
  put(address: string, value: unknown): void {
    this.unspill(address);
    if (value === "" || value === null || value === undefined) this.cells.delete(address);
    else if (typeof value === "string" && value.startsWith("=")) this.enter(address, value);
    else if (typeof value === "string" && /^-?\d[\d,]*(\.\d+)?$/.test(value))
      this.cells.set(address, { formula: null, value: Number(value.replace(/,/g, "")) });
    else if (typeof value === "string") this.cells.set(address, { formula: null, value: value.replace(/^'/, "") });
    else if (typeof value === "number" || typeof value === "boolean") this.cells.set(address, { formula: null, value });
    else throw new SheetError("InvalidArgument", `Range.values cannot take ${JSON.stringify(value)}`);
  }
  /** Writing valuesAsJson: typed values, parsed as nothing. */
  putJson(address: string, value: Record<string, unknown>): void {
    this.unspill(address);
    switch (value.type) {
      case "Empty":
        this.cells.delete(address);
        return;
      case "Entity":
        this.cells.set(address, { formula: null, value: value as unknown as FakeEntity });
        return;
      case "Double":
        this.cells.set(address, {
          formula: null,
          value: value.basicValue as number,
          ...(typeof value.numberFormat === "string" ? { valueFormat: value.numberFormat } : {}),
        });
        return;
      case "String":
      case "Boolean":
      case "Error":
        this.cells.set(address, { formula: null, value: value.basicValue as string | boolean });
        return;
    }
    throw new SheetError("InvalidArgument", `valuesAsJson cannot take a ${String(value.type)}`);
  }

  value(address: string): unknown {
    const cell = this.cells.get(address);
    if (!cell) return "";
    return typeof cell.value === "object" ? "#VALUE!" : cell.value;
  }
  formula(address: string): unknown {
    const cell = this.cells.get(address);
    return cell ? (cell.formula ?? cell.value) : "";
  }
  valueAsJson(address: string, formattedNumbers: boolean): Record<string, unknown> {
    const cell = this.cells.get(address);
    if (!cell) return { type: "Empty", basicType: "Empty", basicValue: "" };
    const { value } = cell;
    if (typeof value === "object") return { ...value, basicType: "Error", basicValue: "#VALUE!" };
    if (typeof value === "number")
      return {
        type: "Double",
        basicType: "Double",
        basicValue: value,
        ...(formattedNumbers && cell.valueFormat ? { numberFormat: cell.valueFormat } : {}),
      };
    if (typeof value === "boolean") return { type: "Boolean", basicType: "Boolean", basicValue: value };
    if (TYPED_ERRORS.has(value)) return { type: "Error", basicType: "Error", basicValue: value };
    return { type: "String", basicType: "String", basicValue: value };
  }
  usedAddress(): string | undefined {
    const all = [...this.cells.keys()].map(parse);
    if (all.length === 0) return undefined;
    const top = Math.min(...all.map((c) => c.row));
    const left = Math.min(...all.map((c) => c.column));
    const bottom = Math.max(...all.map((c) => c.row));
    const right = Math.max(...all.map((c) => c.column));
    return boxAddress({ row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 });
  }
  /** The formula cells inside `boxes` as areas: runs of a row, merged down while they line up. */
  formulaAreas(boxes: readonly Box[]): string[] {
    const within = (p: { row: number; column: number }) =>
      boxes.some((b) => p.row >= b.row && p.row < b.row + b.rows && p.column >= b.column && p.column < b.column + b.columns);
    const runs: Box[] = [];
    const points = [...this.cells]
      .filter(([, c]) => c.formula !== null)
      .map(([a]) => parse(a))
      .filter(within)
      .sort((p, q) => p.row - q.row || p.column - q.column);
    for (const p of points) {
      const last = runs[runs.length - 1];
      if (last && last.row === p.row && last.column + last.columns === p.column) last.columns++;
      else runs.push({ row: p.row, column: p.column, rows: 1, columns: 1 });
    }
    const areas: Box[] = [];
    for (const run of runs) {
      const above = areas.find((a) => a.column === run.column && a.columns === run.columns && a.row + a.rows === run.row);
      if (above) above.rows++;
      else areas.push({ ...run });
    }
    return areas.map(boxAddress);
  }

  /** The Office.js objects of one request context over this sheet. */
  api(enqueue: Enqueue, sets: { excelApi: number }) {
    const sheet = this;
    const qualified = (address: string) => `${sheet.name}!${address}`;

    /** An object whose properties can be read only after load() and a sync. */
    const loadable = (read: (property: string) => unknown) => {
      const loaded = new Map<string, unknown>();
      return {
        load(properties?: string | string[]) {
          const names = (Array.isArray(properties) ? properties : (properties ?? "").split(","))
            .map((p) => p.trim())
            .filter(Boolean);
          enqueue(json(names), () => {
            let bytes = 0;
            for (const name of names) {
              const value = read(name);
              loaded.set(name, value);
              bytes += json(value);
            }
            return bytes;
          });
        },
        get(property: string): unknown {
          if (!loaded.has(property)) throw new SheetError("PropertyNotLoaded", `'${property}' was read before load and sync`);
          return loaded.get(property);
        },
      };
    };
    const needs = (version: number, what: string) => {
      if (sets.excelApi < version) throw new SheetError("ApiNotFound", `${what} needs ExcelApi 1.${version}`);
    };

    const rangeAreas = (where: () => string[] | undefined) => {
      const state = loadable((property) => {
        const areas = where();
        if (property === "isNullObject") return areas === undefined;
        if (areas === undefined) return null;
        if (property === "address") return areas.map(qualified).join(", ");
        if (property === "areaCount") return areas.length;
        throw new SheetError("InvalidArgument", `the fake has no RangeAreas property '${property}'`);
      });
      return {
        load: (p?: string | string[]) => state.load(p),
        get isNullObject() {
          return state.get("isNullObject");
        },
        get address() {
          return state.get("address");
        },
        get areaCount() {
          return state.get("areaCount");
        },
        getSpecialCellsOrNullObject: (type: string) => {
          if (type !== "Formulas") throw new SheetError("InvalidArgument", `the fake finds formulas only, not ${type}`);
          return rangeAreas(() => {
            const areas = sheet.formulaAreas((where() ?? []).map(box));
            return areas.length ? areas : undefined;
          });
        },
      };
    };

    const range = (where: () => string | undefined): Record<string, unknown> => {
      const state = loadable((property) => {
        const address = where();
        if (property === "isNullObject") return address === undefined;
        if (address === undefined) return null;
        const b = box(address);
        const matrix = (read: (a: string) => unknown) => cellsOf(b).map((row) => row.map(read));
        switch (property) {
          case "address":
            return qualified(address);
          case "values":
            return matrix((a) => sheet.value(a));
          case "formulas":
            return matrix((a) => sheet.formula(a));
          case "text":
            return matrix((a) => sheet.text(a));
          case "numberFormat":
            return matrix((a) => sheet.formats.get(a) ?? "General");
          case "valuesAsJson":
            needs(16, "Range.valuesAsJson");
            return matrix((a) => sheet.valueAsJson(a, sets.excelApi >= 19));
          case "rowIndex":
            return b.row;
          case "columnIndex":
            return b.column;
          case "rowCount":
            return b.rows;
          case "columnCount":
            return b.columns;
          case "cellCount":
            return b.rows * b.columns;
        }
        throw new SheetError("InvalidArgument", `the fake has no range property '${property}'`);
      });
      const write = (property: string, matrix: unknown[][], put: (address: string, value: unknown) => void) =>
        enqueue(json(matrix), () => {
          const address = where();
          if (address === undefined) throw new SheetError("InvalidObjectPath", "a null object cannot be written");
          const b = box(address);
          if (matrix.length !== b.rows || matrix.some((r) => r.length !== b.columns))
            throw new SheetError("InvalidArgument", `a ${matrix.length}-row ${property} matrix for ${address}`);
          const entries = cellsOf(b).flatMap((row, i) => row.map((a, j) => ({ a, v: matrix[i]![j] })));
          // Excel applies the whole matrix, then calculates: constants first, so a formula can spill.
          const isFormula = (v: unknown) => property === "formulas" && typeof v === "string" && v.startsWith("=");
          entries.filter((e) => !isFormula(e.v)).forEach((e) => put(e.a, e.v));
          entries.filter((e) => isFormula(e.v)).forEach((e) => put(e.a, e.v));
        });
      const property = (name: string, set?: (matrix: unknown[][]) => void) => ({
        get: () => state.get(name),
        ...(set ? { set } : {}),
        enumerable: true,
      });
      const proxy: Record<string, unknown> = {
        load: (p?: string | string[]) => state.load(p),
        getSpillingToRangeOrNullObject: () =>
          range(() => {
            const address = where();
            return address && !address.includes(":") ? sheet.spillOf(address) : undefined;
          }),
        getSpecialCellsOrNullObject: (type: string) =>
          (
            rangeAreas(() => {
              const address = where();
              return address === undefined ? undefined : [address];
            }).getSpecialCellsOrNullObject as (t: string) => unknown
          )(type),
        localAddress: where,
      };
      Object.defineProperties(proxy, {
        isNullObject: property("isNullObject"),
        address: property("address"),
        values: property("values", (m) => write("values", m, (a, v) => sheet.put(a, v))),
        formulas: property("formulas", (m) => write("formulas", m, (a, v) => sheet.put(a, v))),
        numberFormat: property("numberFormat", (m) =>
          write("numberFormat", m, (a, v) => {
            if (v === null) return; // null leaves a cell's format as it is
            if (v === "General") sheet.formats.delete(a);
            else sheet.formats.set(a, String(v));
          }),
        ),
        valuesAsJson: property("valuesAsJson", (m) => {
          needs(16, "Range.valuesAsJson");
          write("valuesAsJson", m, (a, v) => sheet.putJson(a, v as Record<string, unknown>));
        }),
        text: property("text"),
        rowIndex: property("rowIndex"),
        columnIndex: property("columnIndex"),
        rowCount: property("rowCount"),
        columnCount: property("columnCount"),
        cellCount: property("cellCount"),
      });
      return proxy;
    };

    const note = (where: () => string) => {
      const state = loadable((property) => {
        if (property === "isNullObject") return !sheet.notes.has(where());
        if (property === "content") return sheet.notes.get(where()) ?? null;
        throw new SheetError("InvalidArgument", `the fake has no note property '${property}'`);
      });
      return {
        load: (p?: string | string[]) => state.load(p),
        get isNullObject() {
          return state.get("isNullObject");
        },
        get content() {
          return state.get("content");
        },
        delete: () =>
          enqueue(0, () => {
            if (!sheet.notes.delete(where())) throw new SheetError("ItemNotFound", "no note to delete");
          }),
        getLocation: () => range(where),
      };
    };
    const collection = <T, X extends object>(items: () => T[], extra: X) => {
      let loaded: T[] | undefined;
      const members = {
        load: () =>
          enqueue(20, () => {
            loaded = items();
            return loaded.length * 40;
          }),
        get items(): T[] {
          if (!loaded) throw new SheetError("PropertyNotLoaded", "'items' was read before load and sync");
          return loaded;
        },
      };
      // defineProperties, not Object.assign: assign would call the items getter.
      return Object.defineProperties(extra, Object.getOwnPropertyDescriptors(members)) as X & typeof members;
    };
    const notes = collection(
      () =>
        [...sheet.notes.keys()].map((address) => {
          const n = note(() => address);
          Object.defineProperty(n, "content", { get: () => sheet.notes.get(address) });
          return n;
        }),
      {
        add: (cell: { localAddress?: () => string | undefined } | string, content: string) => {
          needs(18, "Worksheet.notes");
          enqueue(json(content), () => {
            const address = typeof cell === "string" ? cell.replace(/^.*!/, "") : cell.localAddress!()!;
            if (address.includes(":")) throw new SheetError("InvalidArgument", "a note goes on one cell");
            if (sheet.notes.has(address)) throw new SheetError("InvalidArgument", `${address} already has a note`);
            if (sheet.comments.has(address))
              throw new SheetError("InvalidArgument", `${address} has a threaded comment (guessed: no note beside it)`);
            sheet.notes.set(address, content);
          });
        },
        getItemOrNullObject: (address: string) => note(() => address.replace(/^.*!/, "")),
        getCount: () => {
          let count: number | undefined;
          enqueue(10, () => {
            count = sheet.notes.size;
            return 10;
          });
          return {
            get value() {
              if (count === undefined) throw new SheetError("PropertyNotLoaded", "getCount().value read before sync");
              return count;
            },
          };
        },
        getItemAt: (index: number) => {
          let bound: string | undefined; // the note at that index when first used, as a proxy binds in Excel
          return note(() => {
            bound ??= [...sheet.notes.keys()][index];
            if (bound === undefined) throw new SheetError("ItemNotFound", `no note at index ${index}`);
            return bound;
          });
        },
      },
    );
    const comments = collection(
      () => [...sheet.comments.keys()].map((address) => ({ getLocation: () => range(() => address) })),
      {},
    );

    let nameLoaded = false;
    const worksheet = {
      load: (property: string) => {
        if (property !== "name") throw new SheetError("InvalidArgument", `the fake has no sheet property '${property}'`);
        enqueue(10, () => {
          nameLoaded = true;
          return sheet.name.length;
        });
      },
      get name() {
        if (!nameLoaded) throw new SheetError("PropertyNotLoaded", "'name' was read before load and sync");
        return sheet.name;
      },
      notes,
      get comments() {
        needs(10, "Worksheet.comments");
        return comments;
      },
      getRange: (address?: string) => range(() => (address === undefined ? "A1:XFD1048576" : address.replace(/^.*!/, ""))),
      getUsedRangeOrNullObject: () => range(() => sheet.usedAddress()),
    };
    return {
      worksheets: {
        getActiveWorksheet: () => worksheet,
        getItem: (name: string) => {
          if (name !== sheet.name) throw new SheetError("ItemNotFound", `no sheet '${name}'`);
          return worksheet;
        },
      },
      getSelectedRange: () =>
        range(() => {
          if (sheet.selection.length > 1)
            throw new SheetError("InvalidSelection", "The current selection is invalid for this operation.");
          return sheet.selection[0];
        }),
      getSelectedRanges: () => {
        needs(9, "Workbook.getSelectedRanges");
        return rangeAreas(() => sheet.selection);
      },
    };
  }
}
