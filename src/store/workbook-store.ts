/**
 * The reports a user adds, kept inside the workbook, so their formulas answer for anyone who opens the file with the
 * add-in. Stored as Office custom XML parts (ExcelApi 1.5) in our own namespace:
 * - each report's JSON (UTF-8, base64) cut into chunks of at most 600 KB, one part each (about 800 KB of base64):
 *   parts over about 1 MB fail on Excel on the web (office-js #2408);
 * - one index part per generation naming its reports, their chunk counts and the default report.
 * Excel on the web refuses a request or a response over 5 MB (resource-limits-and-performance-optimization.md), so
 * every read and write syncs in batches of at most BATCH_CHARS. A save writes a new generation: its chunks first, its
 * index in a later sync (a generation is complete once its index exists), then deletes only the generation it loaded.
 * What this runtime did not write stays: the parts of reports it could not read are carried over byte for byte, and
 * parts it has never seen (another runtime's save, a half-written generation) are left in place or merged.
 */
import type { Report } from "../model/report";

export const LIBRARY_NAMESPACE = "urn:report-data:library:1";
/** UTF-8 bytes of JSON per part: base64 makes it 800 KB, under the ~1 MB that Excel on the web accepts. */
export const CHUNK_BYTES = 600_000;
/** At most this much XML is sent or read in one sync: under Excel on the web's 5 MB per request and per response. */
export const BATCH_CHARS = 4_000_000;
/** Parts read per sync: the largest part we write is about 800 KB of base64. */
const PARTS_PER_READ = Math.floor(BATCH_CHARS / (Math.ceil(CHUNK_BYTES / 3) * 4 + 1_000));
const DELETES_PER_SYNC = 500;
/** Every batch waits while the user edits a cell instead of failing (excel-add-ins-delay-in-cell-edit.md). */
const RUN_OPTIONS = { delayForCellEdit: true };

/** A report as stored: its id and its chunks' base64, carried verbatim when this runtime cannot read it. */
export interface StoredReport {
  id: string;
  chunks: string[];
}

export interface Generation {
  generation: number;
  defaultId: string | undefined;
  reports: StoredReport[];
  /** The ids of the parts that hold it (its chunks and its index). */
  partIds: string[];
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A report's JSON, cut into base64 chunks. */
export function storedReport(report: Report): StoredReport {
  const bytes = new TextEncoder().encode(JSON.stringify(report));
  const count = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
  const chunks: string[] = [];
  for (let index = 0; index < count; index++)
    chunks.push(toBase64(bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES)));
  return { id: report.source.id, chunks };
}

/** A stored report's JSON; throws when its bytes are not UTF-8. */
export function reportJson(stored: StoredReport): string {
  const bytes = stored.chunks.map(fromBase64);
  const joined = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of bytes) {
    joined.set(b, at);
    at += b.length;
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(joined);
}

const chunkXml = (generation: number, id: string, index: number, count: number, body: string) =>
  `<chunk xmlns="${LIBRARY_NAMESPACE}" generation="${generation}" report="${escapeAttribute(id)}" index="${index}" count="${count}">${body}</chunk>`;

/** The XML parts one save writes: the chunks of every report, then the index (last). */
export function libraryParts(reports: readonly StoredReport[], defaultId: string | undefined, generation: number): string[] {
  const parts = reports.flatMap(({ id, chunks }) => chunks.map((body, i) => chunkXml(generation, id, i, chunks.length, body)));
  const entries = reports.map(({ id, chunks }) => `<report id="${escapeAttribute(id)}" chunks="${chunks.length}"/>`);
  const defaultAttribute = defaultId ? ` default="${escapeAttribute(defaultId)}"` : "";
  parts.push(`<library xmlns="${LIBRARY_NAMESPACE}" generation="${generation}"${defaultAttribute}>${entries.join("")}</library>`);
  return parts;
}

const attribute = (xml: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(xml.slice(0, 2_000));
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");
};

export interface PartXml {
  id: string;
  xml: string;
}

/** Every complete generation among `parts` (those whose index is there and whose chunks all are), newest first. */
export function completeGenerations(parts: readonly PartXml[]): Generation[] {
  const chunks = new Map<string, PartXml>();
  const indexes: PartXml[] = [];
  for (const part of parts) {
    const head = part.xml.trimStart();
    if (/^<library[\s>]/.test(head)) indexes.push(part);
    else if (/^<chunk[\s>]/.test(head))
      chunks.set(`${attribute(head, "generation")}\n${attribute(head, "report")}\n${attribute(head, "index")}`, part);
  }
  const found: Generation[] = [];
  for (const index of indexes) {
    const generation = Number(attribute(index.xml, "generation"));
    if (!Number.isFinite(generation)) continue;
    const reports: StoredReport[] = [];
    const partIds = [index.id];
    let complete = true;
    for (const m of index.xml.matchAll(/<report\s[^>]*\/>/g)) {
      const id = attribute(m[0], "id") ?? "";
      const count = Number(attribute(m[0], "chunks"));
      const bodies: string[] = [];
      for (let i = 0; i < count && complete; i++) {
        const chunk = chunks.get(`${generation}\n${id}\n${i}`);
        if (!chunk) complete = false;
        else {
          bodies.push(chunk.xml.replace(/^\s*<chunk[^>]*>/, "").replace(/<\/chunk>\s*$/, ""));
          partIds.push(chunk.id);
        }
      }
      if (!complete) break;
      reports.push({ id, chunks: bodies });
    }
    if (complete) found.push({ generation, defaultId: attribute(index.xml, "default"), reports, partIds });
  }
  return found.sort((a, b) => b.generation - a.generation);
}

const generationOf = (xml: string) => Number(attribute(xml, "generation"));

type Context = Excel.RequestContext;

/** The ids of the library's parts: one sync. */
async function listPartIds(context: Context): Promise<string[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(LIBRARY_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  return parts.items.map((part) => part.id);
}

/** The XML of the given parts, a few per sync (each response under the host's limit). */
async function readParts(context: Context, ids: readonly string[]): Promise<PartXml[]> {
  const read: PartXml[] = [];
  for (let at = 0; at < ids.length; at += PARTS_PER_READ) {
    const batch = ids
      .slice(at, at + PARTS_PER_READ)
      .map((id) => ({ id, xml: context.workbook.customXmlParts.getItem(id).getXml() }));
    await context.sync();
    for (const { id, xml } of batch) read.push({ id, xml: xml.value });
  }
  return read;
}

/** What one runtime knows of the workbook's library: kept by the caller between a load and the saves after it. */
export interface WorkbookView {
  /** The generation this runtime loaded or last wrote (undefined: the workbook had none). */
  generation: number | undefined;
  /** Its parts: the only ones the next save deletes. */
  ownPartIds: string[];
  /** Every library part this runtime has seen: a part not among them was written by another runtime since. */
  seenPartIds: Set<string>;
  /** Generations this runtime began to write and may have left half-written: its own, deleted by the next save. */
  abandoned: number[];
  /** Parts this runtime wrote or replaced and has not yet deleted (a save that failed part-way): the next save does. */
  leftover: string[];
  /** The highest generation number seen, so a new one is always newer. */
  highest: number;
}

export interface ReadLibrary {
  view: WorkbookView;
  /** The newest complete generation, undefined when the workbook has none. */
  newest: Generation | undefined;
}

/** Reads the workbook's newest complete library, a few parts per sync. */
export async function readWorkbookLibrary(): Promise<ReadLibrary> {
  return Excel.run(RUN_OPTIONS, async (context) => {
    const ids = await listPartIds(context);
    const parts = await readParts(context, ids);
    const generations = completeGenerations(parts);
    const newest = generations[0];
    const highest = Math.max(0, ...parts.map((p) => generationOf(p.xml)).filter(Number.isFinite));
    return {
      newest,
      view: {
        generation: newest?.generation,
        ownPartIds: newest?.partIds ?? [],
        seenPartIds: new Set(ids),
        abandoned: [],
        leftover: [],
        highest,
      },
    };
  });
}

export interface SaveRequest {
  /** The reports to store, already cut into chunks (a report this runtime could not read keeps its own chunks). */
  reports: StoredReport[];
  defaultId: string | undefined;
  /**
   * Called when another runtime saved since this one looked: with every generation it wrote (newest first), returns
   * the reports and default to save instead (the merge). Only called with complete generations.
   */
  merge: (theirs: Generation[]) => Promise<{ reports: StoredReport[]; defaultId: string | undefined }>;
}

export interface SaveOutcome {
  parts: number;
  generation: number;
  /** Generations of other runtimes merged into this save. */
  merged: number[];
}

/**
 * Saves a new generation: checks for another runtime's save first (and merges it), writes the chunks in batches under
 * the host's limits, the index after them, then deletes the generations it replaces. `view` is updated as each step
 * lands, so a save that fails part-way leaves it true for the next one; the workbook then still reads the previous
 * generation whole, or the new one whole.
 */
export async function saveWorkbookLibrary(view: WorkbookView, request: SaveRequest, now = Date.now()): Promise<SaveOutcome> {
  return Excel.run(RUN_OPTIONS, async (context) => {
    const ids = await listPartIds(context);
    const unseen = ids.filter((id) => !view.seenPartIds.has(id));
    const unseenParts = await readParts(context, unseen);
    const ownAbandoned = new Set(view.abandoned);
    const theirs = completeGenerations(unseenParts).filter((g) => !ownAbandoned.has(g.generation));
    const replaced = new Set([...view.ownPartIds, ...view.leftover]);
    for (const part of unseenParts) if (ownAbandoned.has(generationOf(part.xml))) replaced.add(part.id);
    for (const g of theirs) g.partIds.forEach((id) => replaced.add(id));
    for (const part of unseenParts) view.seenPartIds.add(part.id);
    view.highest = Math.max(view.highest, ...unseenParts.map((p) => generationOf(p.xml)).filter(Number.isFinite));

    const { reports, defaultId } = theirs.length > 0 ? await request.merge(theirs) : request;
    const generation = Math.max(now, view.highest + 1);
    view.highest = generation;
    view.abandoned.push(generation);
    const xmls = libraryParts(reports, defaultId, generation);
    const index = xmls.pop()!;
    const written: string[] = [];
    const writeBatch = async (batch: string[]) => {
      const added = batch.map((xml) => {
        const part = context.workbook.customXmlParts.add(xml);
        part.load("id");
        return part;
      });
      await context.sync();
      for (const part of added) {
        written.push(part.id);
        view.seenPartIds.add(part.id);
        view.leftover.push(part.id);
      }
    };
    let batch: string[] = [];
    let size = 0;
    for (const xml of xmls) {
      if (batch.length > 0 && size + xml.length > BATCH_CHARS) {
        await writeBatch(batch);
        batch = [];
        size = 0;
      }
      batch.push(xml);
      size += xml.length;
    }
    if (batch.length > 0) await writeBatch(batch);
    await writeBatch([index]);

    // The new generation is complete: it is this runtime's now, and what it replaces goes.
    view.abandoned = view.abandoned.filter((g) => g !== generation);
    view.generation = generation;
    view.ownPartIds = written;
    const present = new Set(ids);
    const toDelete = [...replaced].filter((id) => present.has(id));
    view.leftover = toDelete;
    for (let at = 0; at < toDelete.length; at += DELETES_PER_SYNC) {
      const batchIds = toDelete.slice(at, at + DELETES_PER_SYNC);
      batchIds.forEach((id) => context.workbook.customXmlParts.getItemOrNullObject(id).delete());
      await context.sync();
      batchIds.forEach((id) => view.seenPartIds.delete(id));
      view.leftover = view.leftover.filter((id) => !batchIds.includes(id));
    }
    return { parts: xmls.length + 1, generation, merged: theirs.map((g) => g.generation) };
  });
}
