/**
 * The words around a name that say how the text ties it to a count: a preposition of place before it ("killed in
 * Satellite Town"), a place it is only measured from ("north of Cairo"), a whole country. Shared by the place rules of
 * a figure's clause, sentence, paragraph and story.
 */
import { COUNTRIES } from "../gazetteer";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";

/** Countries and territories with a people of their own (the gazetteer's cities have none). */
export const COUNTRY_NAMES = new Set(Object.keys(COUNTRIES).filter((name) => COUNTRIES[name]!.length > 0));

const LOCATIVE =
  /\b(?:in|at|near|across|outside|inside|throughout|on|from|around|within|into|through|(?:fled|moved|relocated|evacuated|flown|airlifted|taken|transferred|rushed)\s+to)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** "north of Cairo": a place the text is measured from, not the place itself. */
export const RELATIVE =
  /\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of\s+$/i;

/** Where one clause of a sentence ends and another begins. */
export const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s|;|\s—\s/;

/** A whole country, or a country's part named by a compass word ("central Colombia"). */
export const broad = (entity: Entity) => COUNTRY_NAMES.has(entity.name.replace(/^\p{Ll}\S*\s+(?=\p{Lu})/u, ""));

const DIVISION_NAME =
  /(?:^|\s)(?:province|region|state|governorate|prefecture|oblast|department|territory)$|^(?:the\s+)?(?:province|state|region|governorate|prefecture|county)\s+of\s/i;
const DISTRICT_NAME =
  /(?:^|\s)(?:district|county|municipality|chiefdom|local government area|township|sub-?district|zone|woreda|sub-prefecture|commune)$/i;

/**
 * How wide a place is, by its name: 4 a whole country or a part of one ("central Colombia"), 3 a first-level division
 * ("Jonglei State", "Paktika province"), 2 a district or county, 1 a town, village or site.
 */
export const breadth = (entity: Entity): number =>
  broad(entity)
    ? 4
    : DIVISION_NAME.test(entity.name)
      ? 3
      : // "eastern Baghdad": a part of a city named by its compass word is wider than a district of it.
        DISTRICT_NAME.test(entity.name)
        ? 2
        : COMPASS_PART.test(entity.name)
          ? 3
          : 1;
const COMPASS_PART =
  /^(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)\s\p{Lu}/u;

/** A place wider than where an event happens: a country, a part of one, a division or a district. */
export const wide = (entity: Entity) => breadth(entity) > 1;

/**
 * A hazard that covers an area, not a point: its toll belongs to the area the lead names ("the floods in the province
 * of Valencia", "landslides in Dhading"), however precise the places of its parts.
 */
export const AREA_EVENT =
  /\b(?:floods?|flooding|flash floods|landslides?|mudslides?|storms?|cyclone|hurricane|typhoon|tornado(?:es)?|earthquakes?|quakes?|heavy rains?|monsoon|downpours?|drought|heatwaves?|heat waves?|wildfires?|bushfires?|forest fires?|outbreak|epidemic|cholera|dengue|measles)\b/i;

/** A settlement named by its word before it ("the villages of Padiet and Poktap"): where an event happened. */
export const SETTLEMENT_OF = /\b(?:villages?|towns?|city|hamlets?|settlements?|camps?)\s+of\s+$/i;

/**
 * Where the preposition of place before a name starts ("in the market district of" before Satellite Town), looking
 * back at most 40 characters and not before `floor` (a sentence's start): undefined when there is none.
 */
export function locativeStart(text: string, m: NameMention, floor = 0): number | undefined {
  const from = Math.max(floor, m.start - 40);
  const before = LOCATIVE.exec(text.slice(from, m.start));
  return before ? from + before.index : undefined;
}

/** A name with the preposition of place before it, when there is one: the words a place rule leans on. */
export function leanedOn(text: string, m: NameMention): { start: number; end: number } {
  return { start: locativeStart(text, m) ?? m.start, end: m.end };
}
