/**
 * The places a sentence names and ties to what it tells (after a preposition of place), and the place of a
 * paragraph so far: for a count whose own clause names none, its sentence's place, else its paragraph's.
 */
import type { ExtractContext, Sentence } from "../context";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";
import { innermost } from "./place-chain";
import { LOCATIVE, RELATIVE } from "./place-words";

type EntityOf = (m: NameMention) => Entity | undefined;

/** The sentence's names that are not people (places, bodies, groups), in text order. */
export function namedIn(names: readonly NameMention[], sentence: Sentence, entityOf: EntityOf): NameMention[] {
  return names.filter((m) => {
    const kind = entityOf(m)?.kind;
    return m.start >= sentence.start && m.end <= sentence.end && kind !== undefined && kind !== "person" && kind !== "unnamed";
  });
}

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
  const hospital = (m: NameMention) => HOSPITAL.test(entityOf(m)!.name);
  const places = named.filter((m) => (entityOf(m)!.kind === "place" || hospital(m)) && m.rule !== "dateline");
  const before = (m: NameMention, n: number) => text.slice(Math.max(sentence.start, m.start - n), m.start);
  const locative = places.filter(
    (m) =>
      (LOCATIVE.test(before(m, 40)) || (hospital(m) && /\bto\s+(?:the\s+)?$/i.test(before(m, 10)))) &&
      !RELATIVE.test(before(m, 20)) &&
      !/,\s*also\s+in\s+(?:the\s+)?$/i.test(before(m, 20)),
  );
  return { places, locative };
}

/** "The district administration in Chandpur said …": where the body that speaks is, not where the sentence is set. */
const BODY_IN =
  /\b(?:administration|police|officials?|authorities|office|ministry|government|council|spokes(?:man|woman|person))\s(?:in|at)\s$/i;

export const speakersPlace = (text: string, sentence: Sentence, m: NameMention) =>
  BODY_IN.test(text.slice(Math.max(sentence.start, m.start - 30), m.start));

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

interface Around {
  /** The setting of the nearest sentence before, in the same paragraph. */
  paragraph: NameMention | undefined;
  /** The place of the heading the sentence is under ("HAITI" over its lines, until the next heading). */
  section: NameMention | undefined;
}

/** Per draft, by sentence index: the places around each sentence. */
const around = new WeakMap<ExtractContext, Around[]>();

/** One pass over the draft's sentences, the first time a figure asks. */
function placesAround(context: ExtractContext, namesIn: NameMention[][], entityOf: EntityOf): Around[] {
  const known = around.get(context);
  if (known) return known;
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
  around.set(context, out);
  return out;
}

/** The paragraph's place at a sentence: the setting of the nearest sentence before it in its paragraph. */
export const paragraphPlace = (context: ExtractContext, index: number, namesIn: NameMention[][], entityOf: EntityOf) =>
  placesAround(context, namesIn, entityOf)[index]?.paragraph;

/** The section's place at a sentence: the place a heading above it names ("HAITI"). */
export const sectionPlace = (context: ExtractContext, index: number, namesIn: NameMention[][], entityOf: EntityOf) =>
  placesAround(context, namesIn, entityOf)[index]?.section;
