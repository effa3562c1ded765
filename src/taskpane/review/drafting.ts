/**
 * Runs the extractor without freezing the pane: in a Web Worker where the page can start one (its script is the
 * page's own file, allowed by the Content-Security-Policy's script-src 'self'), else on the page after the "Drafting…"
 * state has painted, with the extractor's chunk loaded on demand. Either way the pane's start-up bundle carries none of it.
 */
import type { DraftReport } from "../../model/draft";
import type { DraftRequest, DraftResponse } from "./extract-worker";
import { GAZETTEER_FILE, NO_GAZETTEER_WARNING } from "./gazetteer-file";

/**
 * Longer text is refused before it is drafted, at once and with a message. About 10,000 words: four times a long
 * feature article; past that the review list (an item per fact) and the marked text grow too big for the pane to
 * stay responsive (bench/review-pane.ts measures both sides of the limit).
 */
export const MAX_REVIEW_CHARACTERS = 60_000;
/**
 * Pasted HTML is drafted from its text: the markup may be most of it, so the page may be this long before that.
 * Anything longer is not even kept in the text box (a box of megabytes alone stalls the page for seconds).
 */
export const MAX_PASTE_CHARACTERS = 2_000_000;
const HTML_TAG = /<\/?[a-zA-Z][^<>]{0,500}>/;

const n = (x: number) => x.toLocaleString("en-US");
export const tooLong = (length: number, what: string) =>
  new DraftingError(
    `${what} is ${n(length)} characters long: the review takes an article of up to ${n(MAX_REVIEW_CHARACTERS)} characters (about 10,000 words). Paste one article, or a part of it.`,
  );
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

/**
 * One worker for the page, started on the first draft and kept: later drafts skip loading and compiling the
 * extractor again. A worker that times out or fails is dropped; the next draft starts a new one.
 */
let shared: Worker | undefined;
let queue: Promise<unknown> = Promise.resolve();

function inWorker(request: DraftRequest): Promise<DraftReport> {
  const run = () =>
    new Promise<DraftReport>((resolve, reject) => {
      const worker = (shared ??= new Worker(new URL(WORKER_SCRIPT, document.baseURI)));
      const drop = () => {
        worker.terminate();
        if (shared === worker) shared = undefined;
      };
      const timer = setTimeout(() => {
        drop();
        reject(new DraftingError(`Drafting took over ${WORKER_TIMEOUT_MS / 1000} s and was stopped. Try a shorter text.`));
      }, WORKER_TIMEOUT_MS);
      worker.onmessage = (event: MessageEvent<DraftResponse>) => {
        clearTimeout(timer);
        if (event.data.ok) resolve(event.data.draft);
        else reject(new DraftingError(event.data.message));
      };
      // The worker script could not load or crashed before answering: the page drafts instead.
      worker.onerror = (event) => {
        event.preventDefault();
        clearTimeout(timer);
        drop();
        reject(new Error("worker unavailable"));
      };
      worker.postMessage(request);
    });
  // One draft at a time per worker: each answer belongs to the request before it.
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** The gazetteer for a draft on the page, or undefined when it cannot be fetched (the draft says so). */
async function pageGazetteer() {
  try {
    const { loadGazetteerFrom } = await import(/* webpackChunkName: "extract" */ "../../extract/geonames/gazetteer");
    return await loadGazetteerFrom(new URL(GAZETTEER_FILE, document.baseURI));
  } catch {
    return undefined;
  }
}

async function onPage(request: DraftRequest): Promise<DraftReport> {
  await afterPaint();
  const { extractDraft } = await import(/* webpackChunkName: "extract" */ "../../extract");
  const places = await pageGazetteer();
  const draft = extractDraft(request.text, { ...request.options, ...(places ? { gazetteer: places } : {}) });
  if (!places) draft.warnings.push(NO_GAZETTEER_WARNING);
  return draft;
}

/** Drafts a report from `request.text`; a DraftingError says, in words for the reviewer, why it could not. */
export async function draftReport(request: DraftRequest): Promise<Drafted> {
  const { length } = request.text;
  const html = length > MAX_REVIEW_CHARACTERS && HTML_TAG.test(request.text.slice(0, 5_000));
  if (length > (html ? MAX_PASTE_CHARACTERS : MAX_REVIEW_CHARACTERS)) throw tooLong(length, "The text");
  const start = performance.now();
  let drafted: Drafted | undefined;
  if (typeof Worker === "function" && typeof document !== "undefined") {
    try {
      drafted = { draft: await inWorker(request), ms: 0, where: "worker" };
    } catch (error) {
      if (error instanceof DraftingError) throw error;
    }
  }
  drafted ??= { draft: await onPage(request), ms: 0, where: "page" };
  drafted.ms = performance.now() - start;
  performance.mark("review:draft-received");
  if (drafted.draft.source.text.length > MAX_REVIEW_CHARACTERS)
    throw tooLong(drafted.draft.source.text.length, "Without its markup, the text");
  return drafted;
}
