/**
 * The story's place, for a figure its own words do not place: the lead's place, else the headline's, else the
 * dateline's, with the dateline set apart from the lead.
 */
import type { ExtractContext, Sentence } from "../context";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";
import { innermost } from "./place-chain";
import { AREA_EVENT, breadth, broad, COUNTRY_NAMES, locativeStart, RELATIVE, SETTLEMENT_OF, wide } from "./place-words";
import { speakersPlace } from "./sentence-place";
import type { StoryHead } from "./story-head";

/** The country of the dateline ("NAIROBI, Kenya —"), when the draft knows it as a place. */
export function datelineCountry(
  { dateline, lead }: StoryHead,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
): Entity | undefined {
  const named = (namesIn[lead] ?? []).find(
    (m) => m.start >= dateline.start && m.end <= dateline.end && COUNTRY_NAMES.has(byMention.get(m)?.name ?? ""),
  );
  return named ? byMention.get(named) : undefined;
}

/** A sentence that says where the event itself was: "it happened in", "the attackers stormed the village of". */
const EVENT_AT =
  /\b(?:happened|occurred|took place|struck|erupted|broke out|stormed|raided|attacked|overran|tore through|ripped through|went off|exploded|hit|slammed into|capsized|overturned|sank|collapsed|plunged|crashed)\b/i;

/** "another six were flown to Kabul": where some were taken, not where the event was. */
const CARRIED_TO =
  /\b(?:flown|airlifted|taken|transferred|rushed|moved|evacuated|fled)\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u;

/** "eight in Hyderabad", "12 of them in Dhaka": a place with a count of its own. */
const OWN_COUNT_BEFORE =
  /(?:\d|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Dd]ozens?|[Hh]undreds?))\s+(?:[\p{Ll}-]+\s+){0,3}?(?:in|at|near)\s+(?:the\s+)?$/u;

/** "Lamar County officials said": a place named for the body that speaks. */
const BODY_AFTER = /^\s(?:officials|authorities|police|government|council)\b/;

/**
 * The place the story is about: the lead's first place after "in"/"at" (else its first place; not the dateline, not a
 * place it is measured from, "north of Cairo"). "In Nairobi and eight other towns" widens it to the dateline's
 * country. When that is a whole country, or the lead has none, the place where the event "happened" in the next
 * paragraphs is more precise (a town named as such first).
 */
export function storyPlace(
  context: ExtractContext,
  head: StoryHead,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
): NameMention | undefined {
  const { text } = context;
  // "KATHMANDU, Nepal —": the dateline says where the reporter is.
  const isPlace = (m: NameMention) => byMention.get(m)?.kind === "place";
  const placesOf = (i: number) =>
    (namesIn[i] ?? []).filter(
      (m) =>
        isPlace(m) &&
        (m.start >= head.dateline.end || m.end <= head.dateline.start) &&
        m.rule !== "dateline" &&
        m.rule !== "demonym" &&
        !RELATIVE.test(text.slice(Math.max(0, m.start - 20), m.start)),
    );
  const locativeIn = (i: number) => {
    const places = placesOf(i);
    const m = places.find((x) => locativeStart(text, x) !== undefined);
    return m ? innermost(text, places, m) : undefined;
  };
  // The lead's place, else the headline's ("… as trains collide near Larissa"), else the lead's first that is not a
  // speaking body's ("Lamar County officials said"), else the dateline's ("PARIS — A tornado tore through this
  // Northeast Texas town"), else the first the lead or the headline names.
  const datelinePlace = (namesIn[head.lead] ?? []).find(
    (m) => isPlace(m) && m.start >= head.dateline.start && m.end <= head.dateline.end,
  );
  const headline = head.headline === undefined ? [] : placesOf(head.headline);
  const chosen =
    locativeIn(head.lead) ??
    (head.headline === undefined ? undefined : locativeIn(head.headline)) ??
    placesOf(head.lead).find((m) => !BODY_AFTER.test(text.slice(m.end, m.end + 20))) ??
    datelinePlace ??
    placesOf(head.lead)[0] ??
    headline[0];
  let leadMention = chosen;
  if (
    chosen &&
    /^\s+and\s+(?:at least\s+|some\s+|about\s+)?\S+\s+other\s+(?:towns|cities|districts|provinces|regions|counties|states)\b/i.test(
      text.slice(chosen.end, chosen.end + 60),
    )
  ) {
    const country = (namesIn[head.lead] ?? []).find((m) => m.rule === "gazetteer" && byMention.get(m)?.kind === "place");
    if (country) leadMention = country;
  }
  const lead = leadMention ? byMention.get(leadMention) : undefined;
  if (!lead || !wide(lead)) return leadMention;
  const leadText = context.sentences[head.lead]?.text ?? "";
  // "a mosque in Paktika province", then "the main mosque of Urgun district": narrower than the lead's place.
  const narrower = (m: NameMention) => breadth(byMention.get(m)!) < breadth(lead);
  if (AREA_EVENT.test(leadText)) return leadMention;
  // Counted from the text's first paragraph, the headline's when there is one.
  const leadParagraph = context.sentences[0]?.paragraph ?? 0;
  const firstParagraphs = context.sentences.filter((s) => s.paragraph <= leadParagraph + 2);
  // Where the event happened: a place after in/at/near or a settlement's word, not the seat of a body that speaks
  // ("Officials in Bamako said") and not a part with a count of its own ("12 died in Sindh: eight in Hyderabad").
  const tiedTo = (m: NameMention, s: Sentence) =>
    (locativeStart(text, m, s.start) !== undefined || SETTLEMENT_OF.test(text.slice(Math.max(s.start, m.start - 20), m.start))) &&
    !speakersPlace(text, s, m) &&
    !CARRIED_TO.test(text.slice(Math.max(s.start, m.start - 30), m.start)) &&
    !OWN_COUNT_BEFORE.test(text.slice(Math.max(s.start, m.start - 40), m.start));
  for (const s of firstParagraphs) {
    if (!EVENT_AT.test(s.text)) continue;
    const here = placesOf(s.index).filter((m) => tiedTo(m, s) && narrower(m));
    const town =
      here.find((m) => /\b(?:town|village|city) of\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) ??
      here.find((m) => /^,\s+a\s+(?:town|village|city)\b/i.test(text.slice(m.end, m.end + 15))) ??
      here[0];
    if (town) return town;
  }
  // "Car bomb kills 20 in northern Syria" then "on the outskirts of Manbij"; "a mosque in Paktika province" then "in
  // Urgun": with a lead that names only a part of a country or a division, the first precise place after in/at/near in
  // the first two paragraphs is the story's. A whole country in the lead stays the story's place.
  if (lead.rule !== "name:region" && broad(lead)) return leadMention;
  for (const s of context.sentences.filter((x) => x.paragraph <= leadParagraph + 1)) {
    const precise = placesOf(s.index).find((m) => tiedTo(m, s) && narrower(m));
    if (precise) return precise;
  }
  return leadMention;
}
