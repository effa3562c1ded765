/*
 * The extractor in a Web Worker (its own webpack entry, extract-worker.js, loaded only when the reviewer drafts): a
 * long text is read off the page's thread, so the pane keeps painting and answering while it drafts.
 */
// First: before any zod schema is built (see zod-jitless.ts).
import "../../model/zod-jitless";
import { extractDraft, type ExtractOptions } from "../../extract";
import { messageOf } from "../../model/error-message";
import { loadGazetteerFrom, type Gazetteer } from "../../extract/geonames/gazetteer";
import { GAZETTEER_FILE, NO_GAZETTEER_WARNING } from "./gazetteer-file";

export interface DraftRequest {
  text: string;
  options: Pick<ExtractOptions, "title" | "published" | "outlet">;
}

export type DraftResponse = { ok: true; draft: ReturnType<typeof extractDraft> } | { ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DraftRequest>) => void) | null;
  postMessage(message: DraftResponse): void;
  location: { href: string };
};

/** The gazetteer, fetched on the first draft and kept for the next; undefined when it could not be loaded. */
let gazetteer: Promise<Gazetteer | undefined> | undefined;

scope.onmessage = async (event) => {
  try {
    const places = await (gazetteer ??= loadGazetteerFrom(new URL(GAZETTEER_FILE, scope.location.href)).catch(() => undefined));
    const draft = extractDraft(event.data.text, { ...event.data.options, ...(places ? { gazetteer: places } : {}) });
    if (!places) draft.warnings.push(NO_GAZETTEER_WARNING);
    scope.postMessage({ ok: true, draft });
  } catch (error) {
    scope.postMessage({ ok: false, message: messageOf(error) });
  }
};
