/**
 * Reads and writes of cells in syncs that stay under Excel's payload limits: Excel on the web refuses a request or a
 * response over 5 MB (office-js-docs-pr concepts/resource-limits-and-performance-optimization.md). Reads go in
 * batches of a bounded number of cells, and a batch whose response is still too large is read again in halves (a
 * read changes nothing, so it can be repeated); writes go in batches of a bounded number of bytes.
 */
import { blockAddress } from "./address";
import { cellAddress, parseCell } from "./share-note";

/** A rectangle of cells, zero-based. */
export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Cells a read batch asks for: 10,000 cells of 400 bytes each stay under 5 MB. */
export const READ_CELLS = 10_000;
/** Bytes a write batch sends (as JSON), under the 5 MB limit with room for the request's own overhead. */
export const WRITE_BYTES = 4 * 1024 * 1024;

export const boxOf = (address: string): Box => {
  const [from, to] = address.replace(/^.*!/, "").replace(/\$/g, "").split(":").map(parseCell);
  if (!from) throw new Error(`not a cell address: ${address}`);
  const end = to ?? from;
  return { row: from.row, column: from.column, rows: end.row - from.row + 1, columns: end.column - from.column + 1 };
};
export const addressOf = (box: Box): string =>
  box.rows === 1 && box.columns === 1
    ? cellAddress(box.row, box.column)
    : blockAddress(box.rows, box.columns, box.row, box.column);

/** The areas of a RangeAreas address ("Sheet1!A1:B2, 'My, sheet'!D4"), each without its sheet name. */
export function areasOf(address: string): string[] {
  return (address.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? []).map((a) => a.trim().replace(/^.*!/, "")).filter(Boolean);
}

const isPayloadLimit = (error: unknown) =>
  /PayloadSizeLimitExceeded/.test(String((error as { code?: unknown } | null)?.code ?? ""));

/** `box` cut into slices of whole rows (or, for a row wider than `cells`, parts of a row) of at most `cells` cells. */
function slices(box: Box, cells: number): Box[] {
  if (box.columns > cells) {
    const out: Box[] = [];
    for (let row = 0; row < box.rows; row++)
      for (let column = 0; column < box.columns; column += cells)
        out.push({ row: box.row + row, column: box.column + column, rows: 1, columns: Math.min(cells, box.columns - column) });
    return out;
  }
  const rowsEach = Math.max(1, Math.floor(cells / box.columns));
  const out: Box[] = [];
  for (let row = 0; row < box.rows; row += rowsEach)
    out.push({ row: box.row + row, column: box.column, rows: Math.min(rowsEach, box.rows - row), columns: box.columns });
  return out;
}

/** A box in two halves (rows first, then columns); a single cell cannot be split. */
function halves(box: Box): Box[] | undefined {
  if (box.rows > 1) {
    const top = Math.ceil(box.rows / 2);
    return [
      { ...box, rows: top },
      { ...box, row: box.row + top, rows: box.rows - top },
    ];
  }
  if (box.columns > 1) {
    const left = Math.ceil(box.columns / 2);
    return [
      { ...box, columns: left },
      { ...box, column: box.column + left, columns: box.columns - left },
    ];
  }
  return undefined;
}

type Matrices<K extends string> = Record<K, unknown[][]>;

/**
 * Loads `properties` (matrices such as values, formulas, text) of every box, in syncs of at most `cells` cells; a
 * sync refused for its payload is repeated in halves. Gives each box's matrices whole, in the order of `boxes`.
 */
export async function readBoxes<K extends string>(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  boxes: readonly Box[],
  properties: readonly K[],
  cells = READ_CELLS,
): Promise<Array<Matrices<K>>> {
  const parts: Array<Array<{ box: Box; matrices: Matrices<K> }>> = boxes.map(() => []);
  let pending = boxes.flatMap((box, owner) => slices(box, cells).map((slice) => ({ owner, slice })));
  while (pending.length > 0) {
    const batch: typeof pending = [];
    let count = 0;
    while (pending.length > 0 && (batch.length === 0 || count + cellCount(pending[0]!.slice) <= cells)) {
      count += cellCount(pending[0]!.slice);
      batch.push(pending.shift()!);
    }
    const ranges = batch.map(({ slice }) => {
      const range = sheet.getRange(addressOf(slice));
      // eslint-disable-next-line office-addins/no-empty-load -- the properties are named (a variable the rule cannot read)
      range.load([...properties]);
      return range;
    });
    try {
      // One sync a batch is the point: each stays under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error)) throw error;
      const split =
        batch.length > 1
          ? [batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2))].flat()
          : (halves(batch[0]!.slice)?.map((slice) => ({ owner: batch[0]!.owner, slice })) ?? []);
      if (split.length === 0) throw error;
      // Halving the cell budget makes the next batches take half as many slices.
      cells = Math.max(1, Math.floor(cells / 2));
      pending = [...split, ...pending];
      continue;
    }
    batch.forEach(({ owner, slice }, i) => {
      const range = ranges[i]! as unknown as Record<K, unknown[][]>;
      const matrices = Object.fromEntries(properties.map((p) => [p, range[p]])) as Matrices<K>;
      parts[owner]!.push({ box: slice, matrices });
    });
  }
  return parts.map((pieces, owner) => joinSlices(boxes[owner]!, pieces, properties));
}

const cellCount = (box: Box) => box.rows * box.columns;

/** Puts the slices of a box back together: each property a matrix of the whole box. */
function joinSlices<K extends string>(
  box: Box,
  pieces: ReadonlyArray<{ box: Box; matrices: Matrices<K> }>,
  properties: readonly K[],
): Matrices<K> {
  const out = Object.fromEntries(
    properties.map((p) => [p, Array.from({ length: box.rows }, () => new Array<unknown>(box.columns))]),
  ) as Matrices<K>;
  for (const { box: slice, matrices } of pieces)
    for (const p of properties)
      matrices[p].forEach((row, i) =>
        row.forEach((value, j) => {
          out[p][slice.row - box.row + i]![slice.column - box.column + j] = value;
        }),
      );
  return out;
}

/**
 * Runs `queue` for each item and syncs in batches of at most `size` items (probes whose responses are small and
 * bounded: a null check, an address). Gives what each item's reader returns after its sync.
 */
export async function probeInBatches<T, R>(
  context: Excel.RequestContext,
  items: readonly T[],
  queue: (item: T) => () => R,
  size = 500,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    const readers = items.slice(i, i + size).map(queue);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync a bounded batch
    await context.sync();
    out.push(...readers.map((read) => read()));
  }
  return out;
}

/**
 * Queues writes in batches of at most `bytes` (as `sizeOf` counts them) and syncs each; `onSync` hears which items a
 * sync sends before it is sent, so a failure can say (or undo) what may have been applied. A batch the host refuses
 * for its request size (a refused request applies nothing) is queued again in halves.
 */
export async function writeInBatches<T>(
  context: Excel.RequestContext,
  items: readonly T[],
  sizeOf: (item: T) => number,
  queue: (item: T) => void,
  onSync: (sent: readonly T[]) => void,
  bytes = WRITE_BYTES,
): Promise<void> {
  const batches: T[][] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (batches.length === 0 || (batches[batches.length - 1]!.length > 0 && size + itemSize > bytes)) {
      batches.push([]);
      size = 0;
    }
    batches[batches.length - 1]!.push(item);
    size += itemSize;
  }
  while (batches.length > 0) {
    const batch = batches.shift()!;
    batch.forEach(queue);
    onSync(batch);
    try {
      // One sync a batch is the point: each stays under the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!/RequestPayloadSizeLimitExceeded/.test(String((error as { code?: unknown } | null)?.code)) || batch.length < 2)
        throw error;
      const half = Math.ceil(batch.length / 2);
      batches.unshift(batch.slice(0, half), batch.slice(half));
    }
  }
}
