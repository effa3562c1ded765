/*
 * The extractor in a Web Worker (its own webpack entry, extract-worker.js, loaded only when the reviewer drafts): a
 * long text is read off the page's thread, so the pane keeps painting and answering while it drafts.
 */
// First: before any zod schema is built (see zod-jitless.ts).
import "../../model/zod-jitless";
import { extractDraft, type ExtractOptions } from "../../extract";
import { messageOf } from "../../model/error-message";

export interface DraftRequest {
  text: string;
  options: Pick<ExtractOptions, "title" | "published" | "outlet">;
}

export type DraftResponse = { ok: true; draft: ReturnType<typeof extractDraft> } | { ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DraftRequest>) => void) | null;
  postMessage(message: DraftResponse): void;
};

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, draft: extractDraft(event.data.text, event.data.options) });
  } catch (error) {
    scope.postMessage({ ok: false, message: messageOf(error) });
  }
};
