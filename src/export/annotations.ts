/**
 * A report's facts as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD, so annotation tools
 * can read where each fact comes from: one AnnotationCollection holding one AnnotationPage, with an annotation per
 * figure, statement, quoted passage, event and actor or place mention. Each targets the report's text with a
 * TextQuoteSelector (exact, with up to 32 characters of prefix and suffix) and a TextPositionSelector (start, end:
 * UTF-16 code units, end exclusive, as in the dataset). Bodies: a plain-text description, the fact's fields as JSON
 * (TextualBody, format application/json, so no vocabulary beyond the annotation context is needed), tags, and
 * what the words identify (an actor or place, by id).
 */
import type { Place } from "../model/actor";
import type { Figure } from "../model/figure";
import type { Span } from "../model/span";
import type { Statement } from "../model/statement";
import type { ReportEvent } from "../model/event";
import { attributedTo, figureValueLabel, nameOf, subjectName, type OpenReport } from "../query";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const ANNOTATIONS_FILE_NAME = "annotations.jsonld";
/** Characters of context kept on each side of a quote, enough to tell repeated words apart. */
export const QUOTE_CONTEXT = 32;

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}
export interface AnnotationTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}
export type Purpose = "describing" | "tagging" | "identifying" | "linking";
export type AnnotationBody =
  | { type: "TextualBody"; purpose: Purpose; value: string; format: "text/plain" | "application/json"; language?: string }
  | { type: "SpecificResource"; purpose: Purpose; source: { id: string; label?: string } };
export interface Annotation {
  id: string;
  type: "Annotation";
  motivation: "describing" | "identifying";
  body: AnnotationBody[];
  target: AnnotationTarget;
}
export interface AnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: Annotation[] };
}

/** RFC 6920 "named information" IRI of the text: names exactly the text the offsets count in. */
function textIri(sha256Hex: string): string {
  const binary = (sha256Hex.match(/../g) ?? []).map((byte) => String.fromCharCode(parseInt(byte, 16))).join("");
  const base64url = btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `ni:///sha-256;${base64url}`;
}

const describing = (value: string): AnnotationBody => ({
  type: "TextualBody",
  purpose: "describing",
  value,
  format: "text/plain",
  language: "en",
});
const fields = (value: unknown): AnnotationBody => ({
  type: "TextualBody",
  purpose: "describing",
  value: JSON.stringify(value),
  format: "application/json",
});
const tag = (value: string): AnnotationBody => ({ type: "TextualBody", purpose: "tagging", value, format: "text/plain" });

/**
 * The annotations of one open report. `base` prefixes every id (default `urn:report-data:<report id without
 * "report:">`); the target's source is the report's URL when it has one, else the text's own IRI (`ni:`).
 */
export function reportAnnotations(r: OpenReport, options: { base?: string } = {}): AnnotationCollection {
  const { report } = r;
  const text = report.source.text;
  const base = options.base ?? `urn:report-data:${report.source.id.replace(/^report:/, "")}`;
  const source = report.source.url ?? textIri(report.source.sha256);
  const entity = (id: string): AnnotationBody => ({
    type: "SpecificResource",
    purpose: "identifying",
    source: { id: `${base}:${id}`, label: nameOf(r, id) },
  });
  const target = (span: Span): AnnotationTarget => {
    const quote: TextQuoteSelector = { type: "TextQuoteSelector", exact: span.exact };
    const prefix = text.slice(Math.max(0, span.start - QUOTE_CONTEXT), span.start);
    const suffix = text.slice(span.end, span.end + QUOTE_CONTEXT);
    if (prefix) quote.prefix = prefix;
    if (suffix) quote.suffix = suffix;
    return { source, selector: [quote, { type: "TextPositionSelector", start: span.start, end: span.end }] };
  };
  const annotation = (id: string, motivation: Annotation["motivation"], span: Span, body: AnnotationBody[]): Annotation => ({
    id: `${base}:${id}`,
    type: "Annotation",
    motivation,
    body,
    target: target(span),
  });

  const placeGeo = (f: Figure) => (f.subject.kind === "place" ? r.placesById.get(f.subject.id)?.geo : undefined);
  const figure = (f: Figure): Annotation => {
    const by = attributedTo(r, f);
    return annotation(f.id, "describing", f.valueText, [
      describing(`${subjectName(r, f)} ${f.measure}: ${figureValueLabel(f)}${by ? `, attributed to ${by}` : ""}`),
      fields({
        measure: f.measure,
        counted: f.counted,
        value: f.value,
        qualifier: f.qualifier,
        unit: f.unit,
        date: f.date,
        attribution: { ...f.attribution, name: by ?? null },
        sentence: f.evidence.exact,
        ...(f.note ? { note: f.note } : {}),
        ...(placeGeo(f) ? { geo: placeGeo(f) } : {}),
      }),
      tag(f.measure),
      entity(f.subject.id),
    ]);
  };
  const statement = (s: Statement): Annotation[] => {
    const speaker = nameOf(r, s.speaker);
    return [
      annotation(s.id, "describing", s.text, [
        describing(`${speaker} (${s.kind}): ${s.text.exact}`),
        fields({
          speaker,
          speakerBasis: s.speakerBasis,
          kind: s.kind,
          date: s.date,
          setting: s.setting,
          sentence: s.evidence.exact,
        }),
        ...s.topics.map((topic) => tag(report.topics[topic] ?? topic)),
        entity(s.speaker),
        ...s.audience.map((id): AnnotationBody => ({
          type: "SpecificResource",
          purpose: "linking",
          source: { id: `${base}:${id}`, label: nameOf(r, id) },
        })),
      ]),
      ...s.quotes.map((quote, i) =>
        annotation(`${s.id}/quote/${i + 1}`, "describing", quote, [
          describing(`The words of ${speaker}, quoted (${s.kind} statement)`),
          entity(s.speaker),
          { type: "SpecificResource", purpose: "linking", source: { id: `${base}:${s.id}` } },
        ]),
      ),
    ];
  };
  const event = (e: ReportEvent): Annotation =>
    annotation(e.id, "describing", e.evidence, [
      describing(e.summary),
      fields({ date: e.date, actors: e.actors.map((id) => nameOf(r, id)), places: e.places.map((id) => nameOf(r, id)) }),
      tag("event"),
      ...[...e.actors, ...e.places].map(entity),
    ]);
  const mentions = (id: string, spans: readonly Span[], describe: string, more: AnnotationBody[] = []): Annotation[] =>
    spans.map((span, i) =>
      annotation(`${id}/mention/${i + 1}`, "identifying", span, [entity(id), describing(describe), ...more]),
    );
  // A place the gazetteer matched: its GeoNames entry as fields, and a link to it (GeoNames data, CC BY 4.0).
  const geoBodies = (geo: Place["geo"]): AnnotationBody[] =>
    geo?.matched
      ? [
          fields({ geo }),
          ...(geo.geonamesId !== undefined
            ? [
                {
                  type: "SpecificResource",
                  purpose: "identifying",
                  source: { id: `https://sws.geonames.org/${geo.geonamesId}/`, label: `GeoNames: ${geo.name}` },
                } satisfies AnnotationBody,
              ]
            : []),
        ]
      : [];

  const items = [
    ...report.figures.map(figure),
    ...report.statements.flatMap(statement),
    ...report.events.map(event),
    ...report.actors.flatMap((a) => mentions(a.id, a.mentions, `${a.name}: ${a.role}`)),
    ...report.places.flatMap((p) => mentions(p.id, p.mentions, `${p.name} (${p.kind})`, geoBodies(p.geo))),
  ];
  return {
    "@context": ANNOTATION_CONTEXT,
    id: `${base}:annotations`,
    type: "AnnotationCollection",
    label: `The facts of "${report.source.title}", each anchored to the report's words`,
    total: items.length,
    first: { id: `${base}:annotations/page/1`, type: "AnnotationPage", startIndex: 0, items },
  };
}

/** The collection as a JSON-LD file's text. */
export const annotationsJson = (r: OpenReport): string => `${JSON.stringify(reportAnnotations(r), null, 2)}\n`;
