/**
 * Shorthand for the held-out corpora's truths (held-out/, held-out-2/): every figure there has a place subject (the
 * most specific place the text ties it to) and keeps the counted group in `counted`. Builds on ../truth-builder.ts, so
 * the defaults stay one; each folder's kit.ts adds only its folder.
 */
import type { Anchor } from "../../../data/authoring/anchor";
import type { ReportDate } from "../../../src/model/date";
import type { Figure } from "../../../src/model/figure";
import type { ReportVocabulary } from "../../../src/model/report-vocabulary";
import type { Basis, Span } from "../../../src/model/span";
import type { Statement, StatementKind } from "../../../src/model/statement";
import { at, by, figure, statement, unsourced } from "../truth-builder";

export interface FigureSpec {
  id: string;
  /** Place id without the `place:` prefix. */
  place: string;
  placeBasis?: Basis;
  measure: string;
  /** The article's own word for the measure, found once inside `measureCtx` (or the valueText's context). */
  measureWord?: string;
  measureCtx?: string;
  counted: string;
  value: number;
  upper?: number;
  qualifier?: string;
  /** valueText as written, found once inside `ctx` (default: itself). */
  vt: string;
  ctx?: string;
  /** Words found once in the figure's sentence. */
  sentence: string;
  /** Actor id without `actor:`; omitted when the figure is unsourced. */
  source?: string;
  sourceBasis?: Basis;
  sourceWords?: string;
  sourceCtx?: string;
  date?: ReportDate | null;
  unit?: string;
  parts?: Figure["parts"];
  note?: string;
  vocabulary?: ReportVocabulary;
}

export function fig(a: Anchor, s: FigureSpec): Figure {
  const valueText = a.span(s.vt, s.ctx ?? s.vt);
  return figure({
    id: `figure:${s.id}`,
    subject: at(`place:${s.place}`, s.placeBasis ?? "stated"),
    measure: s.measure,
    ...(s.measureWord ? { measureText: a.span(s.measureWord, s.measureCtx ?? s.measureWord) } : {}),
    counted: s.counted,
    value: s.value,
    ...(s.upper !== undefined ? { upper: s.upper } : {}),
    qualifier: s.qualifier ?? "exact",
    valueText,
    evidence: a.sentence(s.sentence),
    attribution: s.source
      ? by(
          `actor:${s.source}`,
          s.sourceBasis ?? "stated",
          s.sourceWords ? a.span(s.sourceWords, s.sourceCtx ?? s.sourceWords) : undefined,
        )
      : unsourced,
    ...(s.date !== undefined ? { date: s.date } : {}),
    ...(s.unit ? { unit: s.unit } : {}),
    ...(s.parts ? { parts: s.parts } : {}),
    ...(s.note ? { note: s.note } : {}),
    ...(s.vocabulary ? { vocabulary: s.vocabulary } : {}),
  });
}

export interface SaySpec {
  id: string;
  speaker: string;
  basis?: Basis;
  kind?: StatementKind;
  /** What was said, found once in the text (or inside `ctx`). */
  text: string;
  ctx?: string;
  /** Quoted passages (without their marks), each found once. */
  quotes?: string[];
  /** Words found once in the statement's sentence; default: the text. */
  sentence?: string;
  topics?: string[];
  note?: string;
}

export function say(a: Anchor, s: SaySpec): Statement {
  const quotes: Span[] = (s.quotes ?? []).map((q) => a.span(q));
  return statement({
    id: `statement:${s.id}`,
    speaker: `actor:${s.speaker}`,
    speakerBasis: s.basis ?? "stated",
    kind: s.kind ?? (quotes.length > 0 ? "quote" : "paraphrase"),
    text: a.span(s.text, s.ctx ?? s.text),
    quotes,
    evidence: a.sentence(s.sentence ?? (s.ctx ?? s.text).slice(0, 40)),
    ...(s.topics ? { topics: s.topics } : {}),
    ...(s.note ? { note: s.note } : {}),
  });
}
