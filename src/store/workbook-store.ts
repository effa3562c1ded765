/**
 * The reports a user adds, kept inside the workbook, so their formulas answer for anyone who opens the file with the
 * add-in. Stored as Office custom XML parts (ExcelApi 1.5) in our own namespace:
 * - each report's JSON (UTF-8, base64) cut into chunks of at most 600 KB, one part each (about 800 KB of base64):
 *   parts over about 1 MB fail on Excel on the web (office-js #2408);
 * - one index part naming the reports, their chunk counts and the default report.
 * Every save writes a new generation (new parts first, old parts deleted after, in the same batch); a load takes the
 * newest generation whose parts are all there, so a save that fails half-way leaves the last good library readable.
 */
import type { Report } from "../model/report";

export const LIBRARY_NAMESPACE = "urn:report-data:library:1";
/** UTF-8 bytes of JSON per part: base64 makes it 800 KB, under the ~1 MB that Excel on the web accepts. */
export const CHUNK_BYTES = 600_000;

export interface StoredLibrary {
  reports: Report[];
  defaultId: string | undefined;
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

/** The XML parts one save writes: the chunks of every report, then the index. */
export function libraryParts(library: StoredLibrary, generation: number): string[] {
  const parts: string[] = [];
  const entries: string[] = [];
  for (const report of library.reports) {
    const bytes = new TextEncoder().encode(JSON.stringify(report));
    const count = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
    for (let index = 0; index < count; index++) {
      const chunk = toBase64(bytes.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES));
      parts.push(
        `<chunk xmlns="${LIBRARY_NAMESPACE}" generation="${generation}" report="${escapeAttribute(report.source.id)}" index="${index}" count="${count}">${chunk}</chunk>`,
      );
    }
    entries.push(`<report id="${escapeAttribute(report.source.id)}" chunks="${count}"/>`);
  }
  const defaultAttribute = library.defaultId ? ` default="${escapeAttribute(library.defaultId)}"` : "";
  parts.push(`<library xmlns="${LIBRARY_NAMESPACE}" generation="${generation}"${defaultAttribute}>${entries.join("")}</library>`);
  return parts;
}

const attribute = (xml: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(xml);
  return match?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");
};

export interface ReadLibrary {
  /** Each report's JSON as stored (checked by the caller before use). */
  reports: Array<{ id: string; json: string }>;
  defaultId: string | undefined;
  generation: number;
  /** Generations found but not used (older, or incomplete after a failed save). */
  skipped: number[];
}

/** Reads back the newest complete generation from the parts' XML; undefined when the workbook has none. */
export function readLibraryParts(xmls: readonly string[]): ReadLibrary | undefined {
  const indexes = xmls.filter((xml) => /^<library[\s>]/.test(xml.trim()));
  const chunks = xmls.filter((xml) => /^<chunk[\s>]/.test(xml.trim()));
  const byGeneration = [...indexes].sort((a, b) => Number(attribute(b, "generation")) - Number(attribute(a, "generation")));
  const skipped: number[] = [];
  for (const index of byGeneration) {
    const generation = Number(attribute(index, "generation"));
    const listed = [...index.matchAll(/<report\s[^>]*\/>/g)].map((m) => ({
      id: attribute(m[0], "id")!,
      count: Number(attribute(m[0], "chunks")),
    }));
    const reports: ReadLibrary["reports"] = [];
    let complete = true;
    for (const { id, count } of listed) {
      const pieces: string[] = [];
      for (let i = 0; i < count; i++) {
        const chunk = chunks.find(
          (xml) =>
            attribute(xml, "generation") === String(generation) &&
            attribute(xml, "report") === id &&
            attribute(xml, "index") === String(i),
        );
        if (!chunk) {
          complete = false;
          break;
        }
        pieces.push(chunk.replace(/^\s*<chunk[^>]*>/, "").replace(/<\/chunk>\s*$/, ""));
      }
      if (!complete) break;
      const bytes = pieces.map(fromBase64);
      const joined = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
      let at = 0;
      for (const b of bytes) {
        joined.set(b, at);
        at += b.length;
      }
      reports.push({ id, json: new TextDecoder().decode(joined) });
    }
    if (complete) return { reports, defaultId: attribute(index, "default"), generation, skipped };
    skipped.push(generation);
  }
  return undefined;
}

/** Reads every library part of the workbook: two syncs (the parts, then their XML). */
export async function readWorkbookLibrary(): Promise<ReadLibrary | undefined> {
  return Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(LIBRARY_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    const xmls = parts.items.map((part) => part.getXml());
    await context.sync();
    return readLibraryParts(xmls.map((xml) => xml.value));
  });
}

/**
 * Saves the library's added reports in the workbook as a new generation (numbered by the clock, so the newest save
 * wins), and deletes the older parts in the same batch. Two syncs. If the batch fails, the previous generation stays
 * the one a load reads; the parts of a half-written generation are ignored and removed by the next save.
 */
export async function saveWorkbookLibrary(
  library: StoredLibrary,
  generation = Date.now(),
): Promise<{ parts: number; generation: number; replaced: number }> {
  const parts = libraryParts(library, generation);
  return Excel.run(async (context) => {
    const existing = context.workbook.customXmlParts.getByNamespace(LIBRARY_NAMESPACE);
    existing.load("items/id");
    await context.sync();
    const old = existing.items;
    for (const xml of parts) context.workbook.customXmlParts.add(xml);
    for (const part of old) part.delete();
    await context.sync();
    return { parts: parts.length, generation, replaced: old.length };
  });
}
