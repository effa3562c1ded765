/**
 * Runs the extractor without freezing the pane: in a Web Worker where the page can start one (its script is the
 * page's own file, allowed by the Content-Security-Policy's script-src 'self'), else on the page after the "Drafting…"
 * state has painted, with the extractor's chunk loaded on demand. Either way the pane's start-up bundle carries none of it.
 */
import type { DraftReport } from "../../model/draft";
import type { DraftRequest, DraftResponse } from "./extract-worker";

/** Longer text is refused before it is read: the extractor reads at most its first 200,000 characters anyway. */
export const MAX_INPUT_CHARACTERS = 10_000_000;
/** A worker that has not answered by then is stopped, and the reviewer told. */
const WORKER_TIMEOUT_MS = 30_000;

export interface Drafted {
  draft: DraftReport;
  ms: number;
  where: "worker" | "page";
}

export class DraftingError extends Error {}

const WORKER_SCRIPT = "extract-worker.js";

/** Lets the browser paint what the pane shows now ("Drafting…") before work that may take a moment. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

function inWorker(request: DraftRequest): Promise<DraftReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(WORKER_SCRIPT, document.baseURI));
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new DraftingError(`Drafting took over ${WORKER_TIMEOUT_MS / 1000} s and was stopped. Try a shorter text.`));
    }, WORKER_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<DraftResponse>) => {
      done();
      if (event.data.ok) resolve(event.data.draft);
      else reject(new DraftingError(event.data.message));
    };
    // The worker script could not load or crashed before answering: the page drafts instead.
    worker.onerror = (event) => {
      event.preventDefault();
      done();
      reject(new Error("worker unavailable"));
    };
    worker.postMessage(request);
  });
}

async function onPage(request: DraftRequest): Promise<DraftReport> {
  await afterPaint();
  const { extractDraft } = await import(/* webpackChunkName: "extract" */ "../../extract");
  return extractDraft(request.text, request.options);
}

/** Drafts a report from `request.text`; a DraftingError says, in words for the reviewer, why it could not. */
export async function draftReport(request: DraftRequest): Promise<Drafted> {
  if (request.text.length > MAX_INPUT_CHARACTERS) {
    const mb = (request.text.length / 1_000_000).toFixed(1);
    throw new DraftingError(
      `The text is ${mb} million characters: the pane reads at most ${MAX_INPUT_CHARACTERS / 1_000_000} million. Paste the article alone.`,
    );
  }
  const start = performance.now();
  if (typeof Worker === "function" && typeof document !== "undefined") {
    try {
      const draft = await inWorker(request);
      return { draft, ms: performance.now() - start, where: "worker" };
    } catch (error) {
      if (error instanceof DraftingError) throw error;
    }
  }
  const draft = await onPage(request);
  return { draft, ms: performance.now() - start, where: "page" };
}
