/**
 * The story's place, for a figure its own words do not place: the lead's place, else the headline's, else the
 * dateline's, with the dateline set apart from the lead.
 */
import type { ExtractContext } from "../context";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";
import { innermost } from "./place-chain";
import { broad, COUNTRY_NAMES, locativeStart, RELATIVE } from "./place-words";
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
  if (!lead || !broad(lead)) return leadMention;
  // Counted from the text's first paragraph, the headline's when there is one.
  const leadParagraph = context.sentences[0]?.paragraph ?? 0;
  const firstParagraphs = context.sentences.filter((s) => s.paragraph <= leadParagraph + 2);
  for (const s of firstParagraphs) {
    if (!/\b(?:happened|occurred|took place|struck|erupted|broke out)\b/i.test(s.text)) continue;
    const here = placesOf(s.index).filter((m) => locativeStart(text, m, s.start) !== undefined && !broad(byMention.get(m)!));
    const town =
      here.find((m) => /\b(?:town|village|city) of\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) ??
      here.find((m) => /^,\s+a\s+(?:town|village|city)\b/i.test(text.slice(m.end, m.end + 15))) ??
      here[0];
    if (town) return town;
  }
  // "Car bomb kills 20 in northern Syria" then "on the outskirts of Manbij": with a headline or a lead that names only
  // a country or a region of one, the first precise place after in/at/near in the first two paragraphs is the story's.
  // Only a region of a country ("northern Syria"): a whole country in the lead stays the story's place.
  if (lead.rule !== "name:region") return leadMention;
  for (const s of context.sentences.filter((x) => x.paragraph <= leadParagraph + 1)) {
    const precise = placesOf(s.index).find((m) => locativeStart(text, m, s.start) !== undefined && !broad(byMention.get(m)!));
    if (precise) return precise;
  }
  return leadMention;
}
