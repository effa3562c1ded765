/**
 * The bundled report for the shared runtime, fetched from the add-in's own files: the build emits it beside the
 * scripts (without its spans' words) rather than inside them, so the pane's start-up JavaScript does not carry it
 * and the browser reads it with JSON.parse. Like the bundle, it is checked at build, not here.
 *
 * The runtime module awaits this at its top level, and a module that failed to evaluate stays failed for the
 * session (webpack keeps the rejected module): so a read that fails is tried again here, a few times, before the
 * pane says the explorer could not load.
 */
import reportUrl from "../../data/report.json?url";
import type { Report } from "../model/report";
import { restoreSpanText } from "./span-text";

export interface FetchOptions {
  read?: (url: string) => Promise<Pick<Response, "ok" | "status" | "json">>;
  attempts?: number;
  pause?: (attempt: number) => Promise<void>;
}

const pauseBefore = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, 250 * attempt));

export async function fetchBundledReport({
  read = fetch,
  attempts = 3,
  pause = pauseBefore,
}: FetchOptions = {}): Promise<Report> {
  let failure: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await pause(attempt - 1);
    try {
      const response = await read(reportUrl);
      if (!response.ok) throw new Error(`the bundled report could not be read (HTTP ${response.status})`);
      return restoreSpanText((await response.json()) as Report);
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}
