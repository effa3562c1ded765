/**
 * The story's place, for a figure its own words do not place: the lead's place, with its dateline set apart.
 */
import type { ExtractContext } from "../context";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";
import { broad, COUNTRY_NAMES, LOCATIVE, RELATIVE } from "./place-words";

/** The country of the dateline ("NAIROBI, Kenya —"), when the draft knows it as a place. */
export function datelineCountry(
  context: ExtractContext,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
): Entity | undefined {
  const dash = /^[^\n]{0,60}?\s[—–-]\s/.exec(context.text);
  if (!dash) return undefined;
  const named = (namesIn[0] ?? []).find((m) => m.end <= dash[0].length && COUNTRY_NAMES.has(byMention.get(m)?.name ?? ""));
  return named ? byMention.get(named) : undefined;
}

/**
 * The place the story is about: the lead's first place after "in"/"at" (else its first place; not the dateline, not a
 * place it is measured from, "north of Cairo"). "In Nairobi and eight other towns" widens it to the dateline's
 * country. When that is a whole country, or the lead has none, the place where the event "happened" in the next
 * paragraphs is more precise (a town named as such first).
 */
const storyPlaces = new WeakMap<ExtractContext, { place: Entity | undefined }>();
export function storyPlace(
  context: ExtractContext,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
): Entity | undefined {
  // One answer per draft: every figure without a place of its own asks.
  const known = storyPlaces.get(context);
  if (known) return known.place;
  const place = findStoryPlace(context, namesIn, byMention);
  storyPlaces.set(context, { place });
  return place;
}

function findStoryPlace(
  context: ExtractContext,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
): Entity | undefined {
  const { text } = context;
  // "KATHMANDU, Nepal —": the dateline says where the reporter is.
  const dash = /^[^\n]{0,60}?\s[—–-]\s/.exec(text);
  const datelineEnd = dash ? dash[0].length : 0;
  const placesOf = (i: number) =>
    (namesIn[i] ?? []).filter(
      (m) =>
        byMention.get(m)?.kind === "place" &&
        m.start >= datelineEnd &&
        m.rule !== "dateline" &&
        m.rule !== "demonym" &&
        !RELATIVE.test(text.slice(Math.max(0, m.start - 20), m.start)),
    );
  const first = placesOf(0);
  const locative = first.find((m) => LOCATIVE.test(text.slice(Math.max(0, m.start - 40), m.start)));
  const chosen = locative ?? first[0];
  let lead = chosen ? byMention.get(chosen) : undefined;
  if (
    chosen &&
    /^\s+and\s+(?:at least\s+|some\s+|about\s+)?\S+\s+other\s+(?:towns|cities|districts|provinces|regions|counties|states)\b/i.test(
      text.slice(chosen.end, chosen.end + 60),
    )
  ) {
    const country = (namesIn[0] ?? []).find((m) => m.rule === "gazetteer" && byMention.get(m)?.kind === "place");
    if (country) lead = byMention.get(country);
  }
  if (!lead || !broad(lead)) return lead;
  const firstParagraphs = context.sentences.filter((s) => s.paragraph <= (context.sentences[0]?.paragraph ?? 0) + 2);
  for (const s of firstParagraphs) {
    if (!/\b(?:happened|occurred|took place|struck|erupted|broke out)\b/i.test(s.text)) continue;
    const here = placesOf(s.index).filter(
      (m) => LOCATIVE.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && !broad(byMention.get(m)!),
    );
    const town =
      here.find((m) => /\b(?:town|village|city) of\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) ??
      here.find((m) => /^,\s+a\s+(?:town|village|city)\b/i.test(text.slice(m.end, m.end + 15))) ??
      here[0];
    if (town) return byMention.get(town);
  }
  // "Car bomb kills 20 in northern Syria" then "on the outskirts of Manbij": with a headline or a lead that names only
  // a country or a region of one, the first precise place after in/at/near in the first two paragraphs is the story's.
  // Only a region of a country ("northern Syria"): a whole country in the lead stays the story's place.
  if (lead.rule !== "name:region") return lead;
  for (const s of context.sentences.filter((x) => x.paragraph <= (context.sentences[0]?.paragraph ?? 0) + 1)) {
    const precise = placesOf(s.index).find(
      (m) => LOCATIVE.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && !broad(byMention.get(m)!),
    );
    if (precise) return byMention.get(precise);
  }
  return lead;
}
