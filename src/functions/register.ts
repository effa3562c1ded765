/*
 * The shared runtime's first script, run from the page's head: it associates every REPORT function
 * with Excel at once, before Office.onReady and before any await. Excel answers #VALUE! to a call
 * that reaches a function associated later (office-js #4769; Microsoft Q&A "Calling
 * CustomFunctions.associate after await causes first invocation to fail"), and it may recalculate
 * as soon as the runtime starts, pane closed. What each function does (the query layer and the
 * bundled report, most of the page's script) loads apart, so it does not hold up the first paint:
 * a call that comes before it has loaded waits for it (Excel awaits a returned promise).
 */
import type { Implementation } from "./implementations";
import { makeError } from "./make-error";
import { answerWhenDrained, SlicedQueue } from "./slices";
import { firstLineOf } from "../model/error-message";

type Registry = { associate(id: string, fn: Implementation): void };
type Implementations = ReadonlyMap<string, Implementation>;

function excelRegistry(): Registry | undefined {
  const registry = (globalThis as { CustomFunctions?: Partial<Registry> }).CustomFunctions;
  return typeof registry?.associate === "function" ? (registry as Registry) : undefined;
}

function callLoaded(implementations: Implementations, id: string, args: never[]): unknown {
  const fn = implementations.get(id);
  if (!fn) throw makeError("#N/A", `REPORT.${id} is not in this version of the add-in: reload the workbook.`);
  return fn(...args);
}

/** How long a load that failed waits before its one retry: a dropped connection often comes back. */
export const RETRY_AFTER_MS = 1000;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Associates each of `ids` (the functions.json the build generated) with Excel's registry, each
 * answering from the implementations `load` brings. Returns the loader: the page starts it once
 * it has painted; a call starts it sooner. A load that fails is retried once after a second; if
 * that fails too, the calls waiting answer #N/A saying so, and the next call tries again (Excel
 * does not recalculate a cell by itself: re-entering the formula or Ctrl+Alt+F9 does).
 */
export function registerLazily(
  ids: readonly string[],
  load: () => Promise<Implementations>,
  registry: Registry | undefined = excelRegistry(),
): () => Promise<Implementations> {
  let loaded: Implementations | undefined;
  let loading: Promise<Implementations> | undefined;
  let failure: string | undefined;
  // The calls that came before the code, answered a slice at a time once it has come (or failed).
  const waiting = new SlicedQueue();
  const ensureLoaded = () =>
    (loading ??= load()
      .catch(() => wait(RETRY_AFTER_MS).then(load))
      .then(
        (implementations) => (loaded = implementations),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));
  const answerWaiting = (id: string, args: never[]) => {
    if (loaded) return callLoaded(loaded, id, args);
    throw makeError(
      "#N/A",
      `The REPORT functions could not load (${failure}). Re-enter the formula, or press Ctrl+Alt+F9, to try again.`,
    );
  };
  const whenLoaded = (id: string, args: never[]) => {
    const answer = answerWhenDrained(waiting, () => answerWaiting(id, args));
    ensureLoaded().then(
      () => waiting.drain(),
      (error: unknown) => {
        failure = firstLineOf(error);
        waiting.drain();
      },
    );
    return answer;
  };
  for (const id of ids) {
    registry?.associate(id, (...args: never[]) => (loaded ? callLoaded(loaded, id, args) : whenLoaded(id, args)));
  }
  return ensureLoaded;
}
