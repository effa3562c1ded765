/**
 * The places a sentence names and ties to what it tells (after a preposition of place), and the place of a
 * paragraph so far: for a count whose own clause names none, its sentence's place, else its paragraph's.
 */
import type { ExtractContext, Sentence } from "../context";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";
import { innermost } from "./place-chain";
import type { FigureFinding } from "../parsers/figures";
import { CLAUSE_BREAK, locativeStart, RELATIVE } from "./place-words";

type EntityOf = (m: NameMention) => Entity | undefined;

/** The sentence's names that are not people (places, bodies, groups), in text order. */
export function namedIn(names: readonly NameMention[], sentence: Sentence, entityOf: EntityOf): NameMention[] {
  return names.filter((m) => {
    const kind = entityOf(m)?.kind;
    return m.start >= sentence.start && m.end <= sentence.end && kind !== undefined && kind !== "person" && kind !== "unnamed";
  });
}

const ROUTE_FROM = /\bfrom\s(?:the\s)?$/;
const ROUTE_ON = /^\s(?:to|towards|for)\s(?:the\s)?\p{Lu}/u;
const ROUTE_TO = /\bfrom\s\p{Lu}[\p{L}'’-]{0,20}(?:\s\p{Lu}[\p{L}'’-]{0,20})?\sto\s$/u;

/** A hospital is where its patients are counted ("71 people were being treated at Benha University Hospital"). */
const HOSPITAL = /\b(?:Hospital|Clinic|Medical Cent(?:re|er))$/;

/**
 * Of a sentence's names, its places (a hospital among them; not the dateline), and those of them after a
 * preposition of place ("in", "at", "near"; "to" for a hospital), not measured from ("north of Cairo") and not an
 * aside (", also in Cundinamarca,").
 */
export function placesOf(
  text: string,
  sentence: Sentence,
  named: readonly NameMention[],
  entityOf: EntityOf,
): { places: NameMention[]; locative: NameMention[] } {
  const hospital = (m: NameMention) => HOSPITAL.test(entityOf(m)!.name) || m.rule === "described-facility";
  const places = named.filter((m) => (entityOf(m)!.kind === "place" || hospital(m)) && m.rule !== "dateline");
  const before = (m: NameMention, n: number) => text.slice(Math.max(sentence.start, m.start - n), m.start);
  const locative = places.filter(
    (m) =>
      (locativeStart(text, m, sentence.start) !== undefined ||
        m.rule === "described-facility" ||
        (hospital(m) && /\bto\s+(?:the\s+)?$/i.test(before(m, 10)))) &&
      !RELATIVE.test(before(m, 20)) &&
      // "a bus carrying 60 passengers from Johannesburg to Musina": a route's ends are not where the count is.
      !(ROUTE_FROM.test(before(m, 10)) && ROUTE_ON.test(text.slice(m.end, m.end + 12))) &&
      !ROUTE_TO.test(before(m, 40)) &&
      !/,\s*also\s+in\s+(?:the\s+)?$/i.test(before(m, 20)),
  );
  return { places, locative };
}

/**
 * "The district administration in Chandpur said …", "the corporation said in Pretoria that …": where the body that
 * speaks is, not where the sentence is set.
 */
const BODY_IN =
  /\b(?:administration|police|officials?|authorities|office|ministry|government|council|spokes(?:man|woman|person)|said|says|told reporters|announced)\s(?:in|at)\s$/i;

export const speakersPlace = (text: string, sentence: Sentence, m: NameMention) =>
  BODY_IN.test(text.slice(Math.max(sentence.start, m.start - 30), m.start));

const COUNT_AFTER_COMMA = /,\s(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s)/i;
const OTHER_CLAUSE = /;|\s—\s|,\s(?:but|while|whereas)\s/;
const SPEAKER_BETWEEN = /\b(?:according to|said|says|told|reported)\b/i;
const OPENS_THE_SENTENCE = /^(?:\P{L}{0,3})(?:In|At|Near|Across|Outside|Inside|Throughout|Around)\s(?:the\s)?$/u;
/** "were flown to a hospital in Bogotá": where the counted were taken, not where they were counted. */
const TAKEN_TO = /\bto\s(?:a|the)\s(?:[\p{L}-]+\s)?hospitals?\s(?:in|at)\s$/iu;

/**
 * The sentence's place for a count its clause does not place: the nearest place after a preposition of place, but
 * not one after the count in a later clause with a count of its own (", and that eight of them were at the hospital
 * in Potosí", ", 702 of them in Dhaka"), in what a speaker is ("…, according to an official at the hospital in
 * Maiduguri") or where the counted were taken. Before the count, a place of the same event ("buried part of
 * Mulitaka, and at least 36 are feared dead"), not across a speaker's words or another clause, unless it opens the
 * sentence ("In Utiel, …; seven bodies …"). Never the speaker's own ("the administration in Chandpur said").
 */
export function sentenceSetting(
  text: string,
  sentence: Sentence,
  figure: FigureFinding,
  locative: readonly NameMention[],
  distance: (m: NameMention) => number,
): NameMention | undefined {
  let nearest: NameMention | undefined;
  for (const m of locative) {
    const after = m.start >= figure.number.end;
    const between = after ? text.slice(figure.number.end, m.start) : text.slice(m.end, figure.valueStart);
    const fits = after
      ? !CLAUSE_BREAK.test(between) &&
        !COUNT_AFTER_COMMA.test(between) &&
        !SPEAKER_BETWEEN.test(between) &&
        !TAKEN_TO.test(between)
      : OPENS_THE_SENTENCE.test(text.slice(sentence.start, m.start)) ||
        (!SPEAKER_BETWEEN.test(between) && !OTHER_CLAUSE.test(between));
    if (fits && !speakersPlace(text, sentence, m) && (!nearest || distance(m) < distance(nearest))) nearest = m;
  }
  return nearest;
}

/**
 * The place a sentence is set in, for the sentences after it: its first place after a preposition of place (the first
 * of its chain, or the town of a site), not a speaker's.
 */
function settingOf(text: string, sentence: Sentence, names: readonly NameMention[], entityOf: EntityOf): NameMention | undefined {
  const { places, locative } = placesOf(text, sentence, namedIn(names, sentence, entityOf), entityOf);
  const first = locative.find((m) => !speakersPlace(text, sentence, m));
  if (!first) return undefined;
  // "at the La Esperanza mine in Cucunubá": for the sentences after it, the town the site is in.
  const inner = innermost(text, places, first);
  const outer = places[places.indexOf(inner) + 1];
  return outer && SITE_IN.test(text.slice(inner.end, outer.start)) ? outer : inner;
}

const SITE_IN = /^\s(?:mine|camp|market|school|factory|plant|site|base)\s(?:in|near)\s$/;

/** A line of its own that is a heading ("HAITI", "KEY FIGURES"): short, no number, not ended as a sentence. */
const HEADING = /^[^\d.!?]{1,40}$/;

export interface Around {
  /** The setting of the nearest sentence before, in the same paragraph. */
  paragraph: NameMention | undefined;
  /** The place of the heading the sentence is under ("HAITI" over its lines, until the next heading). */
  section: NameMention | undefined;
}

/** By sentence index, the places around each sentence: one pass over the draft's sentences (draftPlaces). */
export function placesAround(context: ExtractContext, namesIn: NameMention[][], entityOf: EntityOf): Around[] {
  const { sentences, text } = context;
  const out: Around[] = [];
  let section: NameMention | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const before = sentences[i - 1];
    const paragraph =
      before && before.paragraph === sentence.paragraph
        ? (settingOf(text, before, namesIn[i - 1] ?? [], entityOf) ?? out[i - 1]!.paragraph)
        : undefined;
    const alone = before?.paragraph !== sentence.paragraph && sentences[i + 1]?.paragraph !== sentence.paragraph;
    if (alone && HEADING.test(sentence.text.trim())) {
      // A heading that is a place's name and nothing else places the lines under it; any other ends its section.
      const named = (namesIn[i] ?? []).find((m) => entityOf(m)?.kind === "place");
      section = named && named.text.length >= sentence.text.trim().length - 1 ? named : undefined;
    }
    out.push({ paragraph, section });
  }
  return out;
}
