import { z } from "zod";
import { ActorSchema, PlaceSchema } from "./actor";
import { EventSchema } from "./event";
import { FigureSchema, SubjectSchema } from "./figure";
import { OtherNumeralSchema, ReportSchema, type Report } from "./report";
import { ReportVocabularySchema } from "./report-vocabulary";
import { SourceMetaSchema } from "./source";
import { StatementSchema } from "./statement";
import { boundKindOf } from "./report-vocabulary";
import { boundsFor } from "./vocabulary";
import { numbersInWords } from "./check-report";

/** How sure the extractor is of an item (0-1) and which rule or cue made it, for the reviewer. */
export const DraftMetaSchema = z.object({
  confidence: z.number().min(0).max(1),
  /** The rules' words, for a person ("verb before the number; subject: place after in/at, nearest"). */
  rule: z.string().min(1),
  /** Ids of the rules that made and changed the item, in order ("measure.verb-before", "place.clause-locative"). */
  rules: z.array(z.string().min(1)).optional(),
});
export type DraftMeta = z.infer<typeof DraftMetaSchema>;

/** A figure as drafted: the place or group counted may be unknown until a reviewer gives it. */
export const DraftFigureSchema = FigureSchema.extend({ subject: SubjectSchema.nullable(), draft: DraftMetaSchema });
export const DraftStatementSchema = StatementSchema.extend({ draft: DraftMetaSchema });
export const DraftActorSchema = ActorSchema.extend({ draft: DraftMetaSchema });
export const DraftPlaceSchema = PlaceSchema.extend({ draft: DraftMetaSchema });
export const DraftEventSchema = EventSchema.extend({ draft: DraftMetaSchema });
export type DraftFigure = z.infer<typeof DraftFigureSchema>;
export type DraftStatement = z.infer<typeof DraftStatementSchema>;
export type DraftActor = z.infer<typeof DraftActorSchema>;
export type DraftPlace = z.infer<typeof DraftPlaceSchema>;
export type DraftEvent = z.infer<typeof DraftEventSchema>;

/** What the extractor makes of an article: the report's own shape, every item a proposal with its confidence. */
export const DraftReportSchema = z.object({
  $comment: z.string().optional(),
  source: SourceMetaSchema.extend({ text: z.string() }),
  topics: z.record(z.string(), z.string()),
  actors: z.array(DraftActorSchema),
  places: z.array(DraftPlaceSchema),
  figures: z.array(DraftFigureSchema),
  statements: z.array(DraftStatementSchema),
  events: z.array(DraftEventSchema),
  otherNumerals: z.array(OtherNumeralSchema),
  vocabulary: ReportVocabularySchema.optional(),
  /** What the extractor could not do with the text (too long, no sentences, markup...), in plain words. */
  warnings: z.array(z.string()),
});
export type DraftReport = z.infer<typeof DraftReportSchema>;

/** Changes a reviewer makes to an item before accepting it. */
export interface DraftEdit {
  /** A figure's number; low and high follow the qualifier's rule unless given. */
  value?: { best: number; low?: number | null; high?: number | null };
  qualifier?: string;
  measure?: string;
  /** A figure's place or group. */
  subject?: { kind: "place" | "actor"; id: string };
  /** A statement's speaker (an actor id). */
  speaker?: string;
  /** A figure's unit (canonical, or one the report's vocabulary adds). */
  unit?: string;
  /** Who the report credits for a figure: an actor id, or null for no one. */
  source?: { actor: string | null };
  /** When what a figure counts happened (a day, YYYY-MM-DD), or null for undated. */
  date?: { start: string } | null;
}

export type Decision = { status: "accepted"; edit?: DraftEdit } | { status: "rejected" };
/** Decisions by item id; an item with none is unreviewed. */
export type Decisions = Readonly<Record<string, Decision | undefined>>;

export interface AcceptProblem {
  id: string;
  message: string;
}

const strip = <T extends { draft: DraftMeta }>(item: T): Omit<T, "draft"> => {
  const { draft: _draft, ...rest } = item; // eslint-disable-line @typescript-eslint/no-unused-vars
  return rest;
};

/**
 * The report a reviewer's decisions make of a draft: accepted items (with their edits) are kept, rejected and
 * unreviewed ones are dropped. Actors and places are kept when accepted or when a kept item needs them; references
 * to dropped ones are pruned (an attribution, an audience, an affiliation) or, where the schema needs them (a
 * figure's subject, a statement's speaker), the item is dropped and the reason is listed in `problems`.
 *
 * @example
 * acceptDraft(draft, { "figure:killed-1": { status: "accepted" } }).report.figures.length // 1
 */
export function acceptDraft(draft: DraftReport, decisions: Decisions): { report: Report; problems: AcceptProblem[] } {
  const problems: AcceptProblem[] = [];
  const status = (id: string) => decisions[id]?.status;
  const rejected = (id: string) => status(id) === "rejected";

  const figures = draft.figures.flatMap((figure) => {
    const decision = decisions[figure.id];
    if (decision?.status !== "accepted") return [];
    const edited = editFigure(figure, decision.edit, draft);
    if (!edited.subject) {
      problems.push({ id: figure.id, message: "no place or group counted: give one before accepting" });
      return [];
    }
    if (rejected(edited.subject.id)) {
      problems.push({ id: figure.id, message: `its place or group ${edited.subject.id} was rejected` });
      return [];
    }
    return [{ ...strip(edited), subject: edited.subject }];
  });
  const statements = draft.statements.flatMap((statement) => {
    const decision = decisions[statement.id];
    if (decision?.status !== "accepted") return [];
    const speaker = decision.edit?.speaker ?? statement.speaker;
    if (rejected(speaker) || !draft.actors.some((actor) => actor.id === speaker)) {
      problems.push({ id: statement.id, message: `its speaker ${speaker} was rejected or is unknown` });
      return [];
    }
    return [{ ...strip(statement), speaker, speakerBasis: speaker === statement.speaker ? statement.speakerBasis : "stated" }];
  });
  const events = draft.events.filter((event) => status(event.id) === "accepted").map(strip);

  const needed = new Set<string>();
  figures.forEach((figure) => {
    needed.add(figure.subject.id);
    if (figure.attribution.actor) needed.add(figure.attribution.actor);
  });
  statements.forEach((statement) => needed.add(statement.speaker));
  const keep = (id: string) => !rejected(id) && (status(id) === "accepted" || needed.has(id));
  const actors = draft.actors.filter((actor) => keep(actor.id)).map(strip);
  const places = draft.places.filter((place) => keep(place.id)).map(strip);
  const kept = new Set<string>([...actors.map((a) => a.id), ...places.map((p) => p.id)]);
  const acceptedFigures = new Set(figures.map((figure) => figure.id));
  const ref = (id: string | null) => (id !== null && kept.has(id) ? id : null);

  const report = {
    source: draft.source,
    topics: draft.topics,
    actors: actors.map((actor) => ({ ...actor, affiliation: ref(actor.affiliation) })),
    places,
    figures: figures.map(({ relation, ...figure }) => ({
      ...figure,
      // A relation to a figure the reviewer did not accept is dropped with it.
      ...(relation && acceptedFigures.has(relation.figure) ? { relation } : {}),
      ...(figure.attribution.actor && !kept.has(figure.attribution.actor) ? { attribution: { actor: null, basis: null } } : {}),
    })),
    statements: statements.map((statement) => ({ ...statement, audience: statement.audience.filter((id) => kept.has(id)) })),
    events: events.map((event) => ({
      ...event,
      actors: event.actors.filter((id) => kept.has(id)),
      places: event.places.filter((id) => kept.has(id)),
    })),
    otherNumerals: draft.otherNumerals,
    ...(draft.vocabulary ? { vocabulary: draft.vocabulary } : {}),
  };
  return { report: ReportSchema.parse(report), problems };
}

function editFigure(figure: DraftFigure, edit: DraftEdit | undefined, draft: DraftReport): DraftFigure {
  if (!edit) return figure;
  const qualifier = edit.qualifier ?? figure.qualifier;
  let value = figure.value;
  if (edit.value || edit.qualifier) {
    const best = edit.value?.best ?? figure.value.best;
    const kind = boundKindOf(qualifier, draft.vocabulary) ?? "exact";
    const bounds =
      kind === "range"
        ? boundsFor(kind, edit.value?.low ?? figure.value.low ?? best, edit.value?.high ?? figure.value.high ?? best)
        : boundsFor(kind, best);
    value = {
      best: bounds.best,
      low: edit.value?.low !== undefined ? edit.value.low : bounds.low,
      high: edit.value?.high !== undefined ? edit.value.high : bounds.high,
    };
  }
  // A value the reviewer gave that the words do not write says so, or the report check would refuse it.
  const written = numbersInWords(figure.valueText.exact);
  const corrected =
    value.best !== figure.value.best && written.length > 0 && !written.includes(value.best)
      ? `Value ${value.best} given by the reviewer; the words say '${figure.valueText.exact}'.`
      : undefined;
  return {
    ...figure,
    ...(corrected ? { note: figure.note ? `${figure.note} ${corrected}` : corrected } : {}),
    value,
    qualifier,
    measure: edit.measure ?? figure.measure,
    unit: edit.unit ?? figure.unit,
    subject: edit.subject ? { ...edit.subject, basis: "stated" } : figure.subject,
    attribution: edit.source ? attributionBy(edit.source.actor, figure, draft) : figure.attribution,
    date: edit.date === undefined ? figure.date : edit.date && reviewerDate(edit.date.start, figure),
  };
}

/**
 * A source the reviewer chose: `stated`, with its words, when the figure's sentence names it; otherwise `inferred`
 * (the reviewer read it from elsewhere in the report).
 */
function attributionBy(actor: string | null, figure: DraftFigure, draft: DraftReport): DraftFigure["attribution"] {
  if (actor === null) return { actor: null, basis: null };
  const { start, end } = figure.evidence;
  const named = draft.actors.find((a) => a.id === actor)?.mentions.find((m) => m.start >= start && m.end <= end);
  return named ? { actor, basis: "stated", text: named } : { actor, basis: "inferred" };
}

/** A day the reviewer gave: stated when the figure's sentence writes the date's words, else read by the reviewer. */
function reviewerDate(start: string, figure: DraftFigure): NonNullable<DraftFigure["date"]> {
  const same = figure.date?.start === start && figure.date.precision === "day" ? figure.date : undefined;
  return same ?? { start, precision: "day", basis: "inferred", year: "inferred", note: "Given by the reviewer." };
}
