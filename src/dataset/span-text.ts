/**
 * The bundled report ships without the words of its spans: each span's `exact` is the report's text at its offsets
 * (the build checks this before bundling), so the bundle leaves it out and the runtime puts it back. That is about a
 * sixth of the dataset, gzipped, off the pane's start-up script.
 */
import { spansIn } from "../model/spans-in";

const textOf = (report: unknown): string => (report as { source: { text: string } }).source.text;

/** Removes every span's `exact` that equals the text at its offsets (and only those), in place. */
export function dropSpanText<T>(report: T): T {
  const text = textOf(report);
  for (const { span } of spansIn(report)) if (span.exact === text.slice(span.start, span.end)) delete span.exact;
  return report;
}

/** Puts back every span's `exact` from the text at its offsets, in place; spans that carry theirs are left alone. */
export function restoreSpanText<T>(report: T): T {
  const text = textOf(report);
  for (const { span } of spansIn(report)) span.exact ??= text.slice(span.start, span.end);
  return report;
}
