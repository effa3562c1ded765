import type { Span } from "../model/span";
import { perReport, type OpenReport } from "./open-report";

export type SourceKind = "figure" | "statement" | "event" | "actor";

/** The words of the report that each record is anchored to, for highlighting the source. */
export const anchoredSpans = perReport(({ report }): ReadonlyArray<{ id: string; span: Span }> => [
  ...report.figures.map((f) => ({ id: f.id, span: f.valueText })),
  ...report.statements.map((s) => ({ id: s.id, span: s.text })),
  ...report.events.flatMap((e) => (e.date?.text ? [{ id: e.id, span: e.date.text }] : [])),
]);

/** The shortest sentence some record quotes as its evidence that holds `span`; the span itself when none does. */
function sentenceAround({ report }: OpenReport, span: Span): Span {
  const around = [...report.figures, ...report.statements, ...report.events]
    .map((record) => record.evidence)
    .filter((evidence) => evidence.start <= span.start && span.end <= evidence.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  return around[0] ?? span;
}

/** The passage a selected record comes from: a figure's, statement's or event's sentence, the sentence of an actor's first mention. */
export function focusSpan(r: OpenReport, kind: SourceKind, id: string): Span | undefined {
  const { report } = r;
  switch (kind) {
    case "figure":
      return report.figures.find((f) => f.id === id)?.evidence;
    case "statement":
      return report.statements.find((s) => s.id === id)?.evidence;
    case "event":
      return report.events.find((e) => e.id === id)?.evidence;
    case "actor": {
      const mention = report.actors.find((a) => a.id === id)?.mentions[0];
      return mention && sentenceAround(r, mention);
    }
  }
}

/**
 * The record's own words inside its passage: a figure's number with its qualifier, a statement's quoted words
 * (its paraphrase when it quotes nothing), an event's date as written, an actor's first mention.
 */
export function focusWords({ report }: OpenReport, kind: SourceKind, id: string): Span[] {
  switch (kind) {
    case "figure": {
      const figure = report.figures.find((f) => f.id === id);
      return figure ? [figure.valueText] : [];
    }
    case "statement": {
      const statement = report.statements.find((s) => s.id === id);
      if (!statement) return [];
      return statement.quotes.length > 0 ? [...statement.quotes] : [statement.text];
    }
    case "event": {
      const event = report.events.find((e) => e.id === id);
      if (!event) return [];
      return [event.date?.text ?? event.evidence];
    }
    case "actor": {
      const mention = report.actors.find((a) => a.id === id)?.mentions[0];
      return mention ? [mention] : [];
    }
  }
}

export interface Segment {
  start: number;
  text: string;
  /** Ids of the anchored records whose words cover this piece. */
  ids: string[];
  /** Inside the selected record's passage (its sentence). */
  context: boolean;
  /** Inside the selected record's own words. */
  current: boolean;
}

/** The source text cut at every span boundary, each piece with what covers it: the passage `context`, its `words`. */
export function sourceSegments(r: OpenReport, context?: Span, words: readonly Span[] = []): Segment[] {
  const text = r.report.source.text;
  const anchored = anchoredSpans(r);
  const spans = [...anchored.map((a) => a.span), ...(context ? [context] : []), ...words];
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
      context: context !== undefined && context.start <= start && end <= context.end,
      current: words.some((w) => w.start <= start && end <= w.end),
    });
  }
  return segments;
}
