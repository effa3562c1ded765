import type { Span } from "../model/span";
import { perReport, type ReportIndex } from "./indexes";

export type SourceKind = "figure" | "statement" | "event" | "actor";

/** The words of the report that each record is anchored to, for highlighting the source. */
export const anchoredSpans = perReport(({ report }): ReadonlyArray<{ id: string; span: Span }> => [
  ...report.figures.map((f) => ({ id: f.id, span: f.valueText })),
  ...report.statements.map((s) => ({ id: s.id, span: s.text })),
  ...report.events.flatMap((e) => (e.date?.text ? [{ id: e.id, span: e.date.text }] : [])),
]);

/** The passage a selected record comes from: a figure's, statement's or event's sentence, an actor's first mention. */
export function focusSpan({ report }: ReportIndex, kind: SourceKind, id: string): Span | undefined {
  switch (kind) {
    case "figure":
      return report.figures.find((f) => f.id === id)?.evidence;
    case "statement":
      return report.statements.find((s) => s.id === id)?.evidence;
    case "event":
      return report.events.find((e) => e.id === id)?.evidence;
    case "actor":
      return report.actors.find((a) => a.id === id)?.mentions[0];
  }
}

export interface Segment {
  start: number;
  text: string;
  /** Ids of the anchored records whose words cover this piece. */
  ids: string[];
  current: boolean;
}

/** The source text cut at every span boundary, each piece with what covers it. */
export function sourceSegments(r: ReportIndex, current?: Span): Segment[] {
  const text = r.report.source.text;
  const anchored = anchoredSpans(r);
  const spans = current ? [...anchored.map((a) => a.span), current] : anchored.map((a) => a.span);
  const cuts = [
    ...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end]), ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)]),
  ]
    .filter((i) => i >= 0 && i <= text.length)
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    segments.push({
      start,
      text: text.slice(start, end),
      ids: anchored.filter((a) => a.span.start <= start && end <= a.span.end).map((a) => a.id),
      current: current !== undefined && current.start <= start && end <= current.end,
    });
  }
  return segments;
}
