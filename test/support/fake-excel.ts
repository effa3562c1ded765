/**
 * A fake Excel workbook that behaves as Microsoft's documentation says Excel does, for the stores that must not lose
 * data (office-js-docs-pr):
 * - calls on proxy objects only queue operations; `context.sync()` sends them as one request and applies them in order
 *   (develop/application-specific-api-model.md); a loaded value read before its sync throws;
 * - Excel on the web refuses a request or a response over 5 MB with `RequestPayloadSizeLimitExceeded` /
 *   `ResponsePayloadSizeLimitExceeded` (concepts/resource-limits-and-performance-optimization.md, excel/excel-add-ins-
 *   error-handling); a refused request applies nothing;
 * - a batch stops at its first failing operation and what it applied before stays applied (Excel has no rollback);
 *   `failNext` makes any sync fail after any number of its operations, as a dropped connection would;
 * - while the user edits a cell, a batch fails with `InvalidOperationInCellEditMode` unless the run asked for
 *   `delayForCellEdit`, which waits until the edit ends (excel/excel-add-ins-delay-in-cell-edit.md);
 * - custom XML parts live in the file: every `Excel.run` and every runtime (two windows, a co-author) sees the same
 *   parts; a part over about 1 MB fails on Excel on the web (office-js #2408).
 * - cells (fake-excel-sheet.ts, with what it follows in the docs): one worksheet of values, formulas, number formats,
 *   spills, notes and threaded comments; `Office.context.requirements` answers for the ExcelApi version it is given.
 * Request and response sizes are counted as the UTF-8 bytes of the strings sent or returned, plus a small overhead
 * for each operation (the JSON of the request), so the limits bite where Excel's would.
 */
import { FakeSheet, type FakeSheetOptions } from "./fake-excel-sheet";

/** Excel on the web's payload limit, each way (5 MB). */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** A custom XML part larger than this fails on Excel on the web (office-js #2408). */
export const PART_LIMIT_CHARS = 1_000_000;
const OPERATION_OVERHEAD_BYTES = 100;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

interface Operation {
  requestBytes: number;
  apply: () => number | void; // returns the bytes of the response it adds
}

const utf8Bytes = (text: string) => Buffer.byteLength(text, "utf8");

export interface SyncRecord {
  operations: number;
  requestBytes: number;
  responseBytes: number;
  failed?: string;
}

export interface FakeWorkbookOptions {
  /** Another payload limit (both ways), for tests that need a small one. */
  payloadLimitBytes?: number;
  /** Starts as a copy of this workbook's parts (the file as another runtime, or a test case, finds it). */
  copyOf?: { parts: ReadonlyMap<string, { namespace: string; xml: string }> };
  /** A worksheet of cells (the active one), for actions on cells. */
  sheet?: FakeSheetOptions;
  /** The highest ExcelApi 1.x this Excel supports (default 19); `use()` installs `Office` answering for it. */
  excelApi?: number;
}

export function fakeWorkbook(options: FakeWorkbookOptions = {}) {
  const limit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  const parts = new Map<string, { namespace: string; xml: string }>(
    [...(options.copyOf?.parts ?? [])].map(([id, part]) => [id, { ...part }]),
  );
  const calculations: string[] = [];
  const log: SyncRecord[] = [];
  let nextId = 1;
  let failure: { at: number; applied: number; error?: FakeExcelError } | undefined;
  let editing: { ended: Promise<void>; end: () => void } | undefined;
  const excelApi = options.excelApi ?? 19;
  const sheet = new FakeSheet(options.sheet ?? { cells: {} }, excelApi);
  const namespaceOf = (xml: string) => /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";

  /** One Excel.run's request context: its own queue, the workbook's parts. */
  function requestContext(runOptions: { delayForCellEdit?: boolean }) {
    let queue: Operation[] = [];
    const enqueue = (requestBytes: number, apply: Operation["apply"]) =>
      queue.push({ requestBytes: requestBytes + OPERATION_OVERHEAD_BYTES, apply });

    const partProxy = (id: () => string | undefined, nullable = false) => {
      const state = { loaded: false, isNullObject: false };
      const exists = () => {
        const known = id();
        if (known !== undefined && parts.has(known)) return true;
        if (nullable) return false;
        throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
      };
      return {
        get id(): string {
          if (!state.loaded || id() === undefined) throw new FakeExcelError("PropertyNotLoaded", "id read before context.sync()");
          return id()!;
        },
        get isNullObject() {
          if (!state.loaded) throw new FakeExcelError("PropertyNotLoaded", "isNullObject read before context.sync()");
          return state.isNullObject;
        },
        load: () =>
          enqueue(0, () => {
            state.loaded = true;
            state.isNullObject = !exists();
            return 50;
          }),
        getXml: () => {
          const result = { loaded: false, text: "" };
          enqueue(0, () => {
            if (!exists()) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
            result.loaded = true;
            result.text = parts.get(id()!)!.xml;
            return utf8Bytes(result.text);
          });
          return {
            get value() {
              if (!result.loaded) throw new FakeExcelError("PropertyNotLoaded", "getXml().value read before context.sync()");
              return result.text;
            },
          };
        },
        delete: () =>
          enqueue(0, () => {
            if (exists()) parts.delete(id()!);
          }),
      };
    };

    let made: ReturnType<FakeSheet["api"]> | undefined;
    const cells = () => (made ??= sheet.api((requestBytes, apply) => enqueue(requestBytes, apply), { excelApi }));
    const context = {
      workbook: {
        // The worksheet's objects, made when a run first asks for them (the stores' runs never do).
        get worksheets() {
          return cells().worksheets;
        },
        getSelectedRange: () => cells().getSelectedRange(),
        getSelectedRanges: () => cells().getSelectedRanges(),
        application: { calculate: (type: string) => enqueue(0, () => void calculations.push(type)) },
        customXmlParts: {
          add: (xml: string) => {
            let created: string | undefined;
            enqueue(utf8Bytes(xml), () => {
              if (xml.length > PART_LIMIT_CHARS)
                throw new FakeExcelError("GeneralException", `a part of ${xml.length} characters: over Excel on the web's limit`);
              do created = `{part-${nextId++}}`;
              while (parts.has(created));
              parts.set(created, { namespace: namespaceOf(xml), xml });
            });
            return partProxy(() => created);
          },
          getItem: (id: string) => partProxy(() => id),
          getItemOrNullObject: (id: string) => partProxy(() => id, true),
          getByNamespace: (namespace: string) => {
            const collection = { loaded: false, found: [] as ReturnType<typeof partProxy>[] };
            return {
              load: () =>
                enqueue(namespace.length, () => {
                  collection.loaded = true;
                  collection.found = [...parts]
                    .filter(([, p]) => p.namespace === namespace)
                    .map(([id]) => {
                      const proxy = partProxy(() => id);
                      Object.defineProperty(proxy, "id", { value: id });
                      return proxy;
                    });
                  return collection.found.length * 60;
                }),
              get items() {
                if (!collection.loaded)
                  throw new FakeExcelError("PropertyNotLoaded", "items read before load() and context.sync()");
                return collection.found;
              },
            };
          },
        },
      },
      sync: async () => {
        const work = queue;
        queue = [];
        if (editing) {
          if (!runOptions.delayForCellEdit)
            throw record(work, 0, new FakeExcelError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
          await editing.ended;
        }
        const syncNumber = log.length + 1;
        const requestBytes = work.reduce((n, op) => n + op.requestBytes, 0);
        if (requestBytes > limit)
          throw record(
            work,
            requestBytes,
            new FakeExcelError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."),
          );
        const planned = failure?.at === syncNumber ? failure : undefined;
        if (planned) failure = undefined;
        let responseBytes = 0;
        for (const [index, op] of work.entries()) {
          if (planned && index === planned.applied)
            throw record(
              work,
              requestBytes,
              planned.error ?? new FakeExcelError("GeneralException", "The sync failed"),
              responseBytes,
            );
          try {
            responseBytes += op.apply() ?? 0;
          } catch (error) {
            throw record(work, requestBytes, error as FakeExcelError, responseBytes);
          }
        }
        if (planned)
          throw record(
            work,
            requestBytes,
            planned.error ?? new FakeExcelError("GeneralException", "The sync failed"),
            responseBytes,
          );
        if (responseBytes > limit)
          throw record(
            work,
            requestBytes,
            new FakeExcelError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit."),
            responseBytes,
          );
        log.push({ operations: work.length, requestBytes, responseBytes });
      },
    };
    return context;
  }

  function record(work: Operation[], requestBytes: number, error: FakeExcelError, responseBytes = 0) {
    log.push({ operations: work.length, requestBytes, responseBytes, failed: error.code });
    return error;
  }

  type Callback<T> = (context: ReturnType<typeof requestContext>) => Promise<T>;
  const excel = {
    run: async <T>(first: Callback<T> | { delayForCellEdit?: boolean }, second?: Callback<T>): Promise<T> => {
      const [runOptions, callback] = typeof first === "function" ? [{}, first] : [first, second!];
      return callback(requestContext(runOptions));
    },
    CalculationType: { full: "Full", recalculate: "Recalculate" },
    SpecialCellType: { formulas: "Formulas" },
  };
  const office = {
    context: {
      requirements: {
        isSetSupported: (set: string, version?: string) =>
          set === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= excelApi,
      },
    },
  };

  const workbook = {
    parts,
    /** The active worksheet's cells, notes and comments. */
    sheet,
    calculations,
    /** Every sync so far, in order: operations, bytes each way, and the error code of those that failed. */
    log,
    syncs: () => log.length,
    /** The `Excel` namespace a runtime sees; installed as the global by `fakeWorkbook`, again by `use()`. */
    excel,
    use: () => {
      (globalThis as Record<string, unknown>).Excel = excel;
      if (options.sheet || options.excelApi !== undefined) (globalThis as Record<string, unknown>).Office = office;
      return workbook;
    },
    /**
     * The `at`-th sync from now (1-based) applies its first `applied` operations, then fails (with `error`, or a
     * general exception). Nothing more is applied: Excel has no rollback.
     */
    failNext: (fail: { at: number; applied: number; error?: FakeExcelError } | undefined) => {
      failure = fail && { ...fail, at: log.length + fail.at };
    },
    /** The user starts editing a cell: batches fail, or wait when their run asked for `delayForCellEdit`. */
    startCellEdit: () => {
      let end = () => {};
      const ended = new Promise<void>((resolve) => (end = resolve));
      editing = { ended, end };
    },
    endCellEdit: () => {
      const was = editing;
      editing = undefined;
      was?.end();
    },
    /** The XML of every part in a namespace, in the order they were added. */
    xmlIn: (namespace: string) => [...parts.values()].filter((p) => p.namespace === namespace).map((p) => p.xml),
  };
  return workbook.use();
}

export type FakeWorkbook = ReturnType<typeof fakeWorkbook>;
