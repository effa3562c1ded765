import type { ExtractContext } from "../context";
import type { Attribution } from "../parsers/attribution";
import type { DateFinding } from "../parsers/dates";
import type { FigureFinding } from "../parsers/figures";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";

export interface FigureSubject {
  entity: Entity;
  basis: "stated" | "implied" | "inferred";
  rule: string;
}

const LOCATIVE =
  /\b(?:in|at|near|across|outside|inside|throughout|on|from|around|within)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
const WHO_ACTS = new Set(["rockets launched", "attacks", "funding"]);

/**
 * The place or group a figure counts: a name among the counted words ("1,400 Israelis", "six Hamas operatives"), a
 * place after "in"/"at" in the same sentence nearest the number, the figure before it in the same sentence or the
 * paragraph, any place in the sentence, then the place the article last put its reader in. For rockets, attacks and
 * money, the group that acts, named before the number, comes first.
 */
export function figureSubject(
  context: ExtractContext,
  figure: FigureFinding,
  previous: { figure: FigureFinding; subject: FigureSubject } | undefined,
  /** Name mentions grouped by sentence index. */
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
): FigureSubject | undefined {
  const { text } = context;
  const sentence = figure.sentence;
  const entityOf = (m: NameMention) => byMention.get(m);
  const inSentence = namesIn[sentence.index]!.filter(
    (m) =>
      m.start >= sentence.start &&
      m.end <= sentence.end &&
      entityOf(m) &&
      entityOf(m)!.kind !== "person" &&
      entityOf(m)!.kind !== "unnamed",
  );
  const clauseEnd = (() => {
    const rest = text.slice(figure.number.end, sentence.end);
    const stop = /[.;:]|,\s|\s(?:and|but)\s/.exec(rest);
    return figure.number.end + Math.min(stop ? stop.index : rest.length, 80);
  })();
  const counted = inSentence.find((m) => m.start >= figure.number.end && m.end <= Math.max(clauseEnd, figure.measureWord.end));
  if (WHO_ACTS.has(figure.measure)) {
    const actor = [...inSentence]
      .reverse()
      .find(
        (m) =>
          (m.end <= figure.valueStart && entityOf(m)!.kind !== "place") ||
          (m.end <= figure.valueStart && m.rule === "gazetteer" && figure.measure === "funding"),
      );
    if (actor && figure.measure !== "attacks")
      return { entity: entityOf(actor)!, basis: "stated", rule: "subject: who acts, named before" };
    if (counted) return { entity: entityOf(counted)!, basis: "stated", rule: "subject: named among the counted words" };
    if (actor) return { entity: entityOf(actor)!, basis: "stated", rule: "subject: who acts, named before" };
  }
  if (counted) return { entity: entityOf(counted)!, basis: "stated", rule: "subject: named among the counted words" };
  const places = inSentence.filter((m) => entityOf(m)!.kind === "place" && m.rule !== "dateline");
  const locative = places.filter((m) => LOCATIVE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)));
  const nearest = (list: NameMention[]) =>
    list.reduce<NameMention | undefined>((best, m) => {
      const d = m.start >= figure.number.end ? m.start - figure.number.end : figure.valueStart - m.end;
      const bd = best
        ? best.start >= figure.number.end
          ? best.start - figure.number.end
          : figure.valueStart - best.end
        : Infinity;
      return d < bd ? m : best;
    }, undefined);
  // A place named for this number, unless another number of the sentence sits between them and has its own.
  const sameSentencePrevious = previous && previous.figure.sentence.index === sentence.index ? previous : undefined;
  // After the number, only a place in its own clause ("27 died in Rukum West"); before it, the nearest.
  const loc = nearest(
    locative.filter(
      (m) =>
        !(sameSentencePrevious && m.end <= sameSentencePrevious.figure.valueStart) &&
        (m.end <= figure.valueStart || m.start <= clauseEnd),
    ),
  );
  if (loc) return { entity: entityOf(loc)!, basis: "stated", rule: "subject: place after in/at, nearest" };
  if (
    previous &&
    previous.figure.sentence.paragraph === sentence.paragraph &&
    sentence.index - previous.figure.sentence.index <= 2
  ) {
    return { entity: previous.subject.entity, basis: "implied", rule: "subject: as the figure before" };
  }
  const any = nearest(places);
  if (any) return { entity: entityOf(any)!, basis: "implied", rule: "subject: a place in the sentence" };
  // A place named in the sentence before; else the place the lead put its reader in.
  const before =
    sentence.index > 0 ? namesIn[sentence.index - 1]!.filter((m) => entityOf(m)?.kind === "place" && m.rule !== "dateline") : [];
  const last = before[before.length - 1];
  if (last) return { entity: entityOf(last)!, basis: "inferred", rule: "subject: the place named just before" };
  const lead = leadPlace(context, namesIn, byMention);
  if (lead) return { entity: lead, basis: "inferred", rule: "subject: the place of the lead" };
  if (previous) return { entity: previous.subject.entity, basis: "inferred", rule: "subject: as the last figure" };
  return undefined;
}

/** Who a figure comes from: an attribution in its sentence (stated), or in the next sentence of its paragraph (implied). */
export function figureAttribution(
  context: ExtractContext,
  figure: FigureFinding,
  attributions: Map<number, { attribution: Attribution; entity: Entity }>,
): { entity: Entity; basis: "stated" | "implied"; text: { start: number; end: number } } | undefined {
  const own = attributions.get(figure.sentence.index);
  if (own)
    return {
      entity: own.entity,
      basis: "stated",
      text: own.entity.mentions.find((m) => m.start >= figure.sentence.start && m.end <= figure.sentence.end) ?? figure.sentence,
    };
  const next = context.sentences[figure.sentence.index + 1];
  const theirs = next && next.paragraph === figure.sentence.paragraph ? attributions.get(next.index) : undefined;
  if (theirs && /\b(?:said|says|reported|according to)\b/i.test(theirs.attribution.verb.text)) {
    return {
      entity: theirs.entity,
      basis: "implied",
      text: theirs.entity.mentions.find((m) => m.start >= next!.start && m.end <= next!.end) ?? next!,
    };
  }
  return undefined;
}

/** The date of a figure: a date in its sentence, if any. */
export function figureDate(figure: FigureFinding, datesIn: DateFinding[][]): DateFinding | undefined {
  return datesIn[figure.sentence.index]!.find((d) => d.start >= figure.sentence.start && d.end <= figure.sentence.end);
}

/** The place the first sentence puts the story in: its first place after "in"/"at", or its first place (not the dateline). */
function leadPlace(context: ExtractContext, namesIn: NameMention[][], byMention: Map<NameMention, Entity>): Entity | undefined {
  const first = (namesIn[0] ?? []).filter(
    (m) => byMention.get(m)?.kind === "place" && m.rule !== "dateline" && m.rule !== "demonym",
  );
  const locative = first.find((m) => LOCATIVE.test(context.text.slice(Math.max(0, m.start - 40), m.start)));
  const chosen = locative ?? first[0];
  return chosen ? byMention.get(chosen) : undefined;
}
