/**
 * The GeoNames gazetteer as evidence for places, in two steps. Before entities are built, `placesInPlaceSlots`
 * turns a name the other rules left unsure (a lone capitalized word, two capitalized words with no person signal)
 * into a place when the gazetteer knows it and the words around it fit a place ("Dera Ismail Khan district",
 * "Sindh and Punjab", "Khuzdar, Balochistan"). After, `locatePlaces` gives every place its gazetteer entry (GeoNames
 * id, country, first-level division, coordinates), ambiguous names resolved by the story's country, or says it
 * matched nothing. Every lookup is one Map get per name.
 */
import type { PlaceGeo } from "../../model/actor";
import type { ExtractContext } from "../context";
import { resolvePlace, type Gazetteer, type GeoEntry, type PlaceCue } from "../geonames/gazetteer";
import type { NameMention } from "../parsers/names";
import type { Trace } from "../rules";
import type { Entity } from "./entities";

/** Lower-case words after a name that say it is a place ("Herat province", "Zamzam camp", "Bokkos local government area"). */
const PLACE_WORD_AFTER =
  /^\s+(?:district|province|region|state|county|village|town|city|area|camp|governorate|municipality|prefecture|oblast|department|local government area|subdistrict|sub-district|township|commune|island)\b/i;
/** A division's word after the name: the division, not the town of that name ("Herat province"). */
const DIVISION_WORD_AFTER = /^\s+(?:province|region|state|county|governorate|prefecture|oblast|department)\b/i;
const DIVISION_HEAD =
  / (?:province|region|state|county|governorate|prefecture|oblast|department|district|territory|division|local government area)$/i;
const SETTLEMENT_BEFORE = /\b(?:town|village|city|hamlet|settlement)\s+of\s+$/i;
const DIVISION_BEFORE = /\b(?:province|state|region|governorate|prefecture|county)\s+of\s+$/i;
/** A person signal right after a name: a speech verb, an age. */
const PERSON_AFTER =
  /^(?: ?, ?\d{1,3} ?,| ?\(\d{1,3}\)|,? (?:said|says|told|added|wrote|stated|noted|warned|insisted|argued|explained|who)\b)/;
/** "Chikwawa has recorded 6 deaths": a name that reports a count, as a district or a town does in a sitrep. */
const REPORTS_A_COUNT_AFTER =
  /^\s+(?:(?:has|have|had)\s+)?(?:recorded|reported|registered|confirmed|counted|logged)\s+(?:(?:at least|about|nearly|more than|over|some)\s+)?\d/;
/** Joined in a list to another name: ", ", " and ", ", and ", " or ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;
/** "a Toyota", "the Toyota was parked": a make or a thing, not the town of that name (few towns take an article). */
const A_THING_BEFORE = /\b(?:an?|the) $/i;
/** A settlement needs this many people to be a place by the gazetteer alone, with no word of the text saying so. */
const KNOWN_PLACE_POPULATION = 20_000;

const unsure = (m: NameMention) =>
  m.kind === "unknown" || (m.kind === "person" && /^two-capitalized-words/.test(m.rule) && !m.title);

/**
 * Names the gazetteer knows, in a slot where a place fits, become places (rule "geonames-slot:<slot>"): before a
 * place word ("Herat province"), listed with a place ("Sindh and Punjab"), before a place after a comma ("Khuzdar,
 * Balochistan"), or a large place with no person signal. Runs over the mentions once.
 */
export function placesInPlaceSlots(context: ExtractContext, mentions: NameMention[], gazetteer: Gazetteer, trace: Trace): void {
  const { text } = context;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind === "place" && m.rule !== "dateline" && m.rule !== "demonym") {
      withAreaWord(text, m, trace);
      withFacilityWord(text, m, trace);
    }
    if (!unsure(m)) continue;
    const after = text.slice(m.end, m.end + 40);
    if (PERSON_AFTER.test(after)) continue;
    const known = gazetteer.lookup(m.text);
    if (known.length === 0) {
      // "Somalia's Lower Shabelle region", "Bulo Mareer district": the area's word says it is a place, known or not;
      // "the villages of Lopa and Drodro": so does a list of places after a plural place word.
      const slot = AREA_WORD_AFTER.test(after)
        ? "area-word-after"
        : inPlaceList(text, mentions, i)
          ? "listed-after-place-words"
          : undefined;
      if (!slot) continue;
      m.kind = "place";
      m.rule = slot;
      trace({ item: `name '${m.text}' at ${m.start}`, rule: `name.${slot}`, decided: "place" });
      if (slot === "area-word-after") withAreaWord(text, m, trace);
      continue;
    }
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const isPlace = (x: NameMention | undefined) => x !== undefined && x.kind === "place";
    const slot = PLACE_WORD_AFTER.test(after)
      ? "before-a-place-word"
      : REPORTS_A_COUNT_AFTER.test(after)
        ? "reports-a-count"
        : isPlace(prev) && LIST_GAP.test(text.slice(prev!.end, m.start))
          ? "listed-with-a-place"
          : isPlace(next) && LIST_GAP.test(text.slice(m.end, next!.start))
            ? "listed-with-a-place"
            : isPlace(next) && /^,\s+$/.test(text.slice(m.end, next!.start))
              ? "before-its-region"
              : known.some((e) => e.kind !== "place") ||
                  (known.some((e) => e.population >= KNOWN_PLACE_POPULATION) &&
                    !A_THING_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start)))
                ? "known-place"
                : undefined;
    const item = `name '${m.text}' at ${m.start}`;
    if (!slot) {
      trace({ item, rule: "name.geonames-slot", decided: "no" });
      continue;
    }
    m.kind = "place";
    m.rule = `geonames-slot:${slot}`;
    trace({ item, rule: `name.geonames-slot:${slot}`, decided: "place" });
    withAreaWord(text, m, trace);
  }
  for (const m of mentions)
    if (m.kind === "place" && m.rule !== "dateline" && m.rule !== "demonym") describedFacility(text, m, trace);
}

/**
 * "taken to the regional hospital in Sharana", "MSF runs a field hospital in Tawila", "the health centre in Kéniéba":
 * a facility the text describes and places, not names. A bare "a hospital in Eldoret" is the town's; a hospital or
 * clinic needs a word that tells it apart (regional, field, MSF-supported), a health centre or post does not.
 */
const DESCRIBED_FACILITY_BEFORE =
  /\b(?:[Aa]n?|[Tt]he)\s((?:(?:\p{Ll}[\p{L}-]*|\p{Lu}{2,}-[\p{L}-]+)\s){0,2}?)(hospital|clinic|health\scent(?:re|er)|health\spost|treatment\scent(?:re|er))\s(?:in|at)\s$/u;

function describedFacility(text: string, m: NameMention, trace: Trace): void {
  const from = Math.max(0, m.start - 60);
  const before = DESCRIBED_FACILITY_BEFORE.exec(text.slice(from, m.start));
  if (!before || (/^(?:hospital|clinic)$/.test(before[2]!) && before[1] === "")) return;
  m.start = from + before.index + before[0].length - before[0].slice(before[0].indexOf(" ") + 1).length;
  m.text = text.slice(m.start, m.end);
  m.rule = "described-facility";
  trace({ item: `name '${m.text}' at ${m.start}`, rule: "name.described-facility", decided: "a facility: the site" });
}

/** "the villages of", "the districts of": a plural place word before a list of names. */
const PLACES_OF =
  /\b(?:villages|towns|cities|districts|provinces|regions|camps|neighbou?rhoods|communes|municipalities|localities|settlements)\s+of\s+$/i;
const MAX_LIST = 12;
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near)\s$/;

/**
 * Whether a name is a later item of a list of places that a plural place word opens ("villages of A, B and C"), or a
 * single word listed after a place after in/at/near ("in Mogovolas and Moma").
 */
function inPlaceList(text: string, mentions: readonly NameMention[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= MAX_LIST; k--) {
    const item = mentions[k]!;
    if (item.kind !== "place" || !LIST_GAP.test(text.slice(item.end, mentions[k + 1]!.start))) return false;
    const before = text.slice(Math.max(0, item.start - 30), item.start);
    // "centres in Mogovolas and Moma": a single word listed after a place that follows in/at/near.
    if (PLACES_OF.test(before) || (!/\s/.test(mentions[i]!.text) && PLACE_PREPOSITION_BEFORE.test(before))) return true;
  }
  return false;
}

/** The lower-case word of an area after a place's name ("Herat province", "Zamzam camp"). */
const AREA_WORD_AFTER =
  /^ (?:province|state|district|county|camp|region|governorate|prefecture|sub-prefecture|oblast|municipality|local government area|territory|chiefdom|commune|zone|woreda|kebele|sub-?district|township|river|(?:displacement|IDP|refugee) (?:site|camp))\b/;

/** "the province of Valencia": a division's words before the name (not "the Catatumbo region of Colombia"). */
const DIVISION_OF_BEFORE = /(?<=\bthe )(?:province|state|region|governorate|prefecture|county) of $/;
const DIVISION_OF_AT_START = /^(?:province|state|region|governorate|prefecture|county) of /;

const AREA_WORD_AT_END = new RegExp(`${AREA_WORD_AFTER.source.slice(1).replace(/\\b$/, "")}$`);

/**
 * "Herat province", "Zamzam camp": the area's word belongs to the name, which names the province, not the town of
 * that name (rule "name.area-word-after").
 */
function withAreaWord(text: string, m: NameMention, trace: Trace): void {
  const before = DIVISION_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
  if (before) {
    // "the province of Valencia": the province, not the city of that name.
    m.start -= before[0].length;
    m.text = text.slice(m.start, m.end);
    trace({ item: `name '${m.text}' at ${m.start}`, rule: "name.area-word-before", decided: "the area's words are the name's" });
    return;
  }
  const word = AREA_WORD_AFTER.exec(text.slice(m.end, m.end + 30));
  if (!word) return;
  m.end += word[0].length;
  m.text = text.slice(m.start, m.end);
  trace({ item: `name '${m.text}' at ${m.start}`, rule: "name.area-word-after", decided: "the area's word is the name's" });
}

/** A facility's lower-case word after a name: where people are treated or sheltered ("Madina hospital"). */
const FACILITY_WORD_AFTER = /^ (?:hospital|clinic|health cent(?:re|er)|medical cent(?:re|er))\b/;

/**
 * "at Madina hospital": the facility is the site (rule "name.facility-word-after"); its word belongs to the name, as
 * a place counted there is the hospital, not the town it is named for.
 */
function withFacilityWord(text: string, m: NameMention, trace: Trace): void {
  const word = FACILITY_WORD_AFTER.exec(text.slice(m.end, m.end + 20));
  if (!word) return;
  m.end += word[0].length;
  m.text = text.slice(m.start, m.end);
  m.rule = "facility-word-after";
  trace({ item: `name '${m.text}' at ${m.start}`, rule: "name.facility-word-after", decided: "a facility: the site" });
}

/** The story's country: the dateline's ("QUETTA, Pakistan -", or its city's), else the lead's first, else the most named. */
export function storyCountry(context: ExtractContext, mentions: NameMention[], gazetteer: Gazetteer): string | undefined {
  const lead = context.sentences[0];
  const inLead = lead ? mentions.filter((m) => m.kind === "place" && m.end <= lead.end) : [];
  const dateline = inLead.filter((m) => m.rule === "dateline" || m.start < 60);
  for (const m of dateline) {
    const entry = resolvePlace(gazetteer, m.countryOf ?? m.text);
    if (entry?.kind === "country") return entry.country;
  }
  const datelineCity = inLead.find((m) => m.rule === "dateline");
  const city = datelineCity ? resolvePlace(gazetteer, datelineCity.text) : undefined;
  if (city) return city.country;
  for (const m of inLead) {
    const entry = resolvePlace(gazetteer, m.countryOf ?? m.text);
    if (entry?.kind === "country") return entry.country;
  }
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== "place") continue;
    const entry = resolvePlace(gazetteer, m.countryOf ?? m.text);
    if (entry?.kind === "country") counts.set(entry.country, (counts.get(entry.country) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [country, n] of counts) if (!best || n > counts.get(best)!) best = country;
  return best;
}

function cueOf(context: ExtractContext, entity: Entity): PlaceCue {
  if (DIVISION_HEAD.test(entity.name) || DIVISION_OF_AT_START.test(entity.name)) return "division";
  for (const s of entity.mentions) {
    const before = context.text.slice(Math.max(0, s.start - 20), s.start);
    if (DIVISION_BEFORE.test(before) || DIVISION_WORD_AFTER.test(context.text.slice(s.end, s.end + 20))) return "division";
    if (SETTLEMENT_BEFORE.test(before)) return "settlement";
  }
  return undefined;
}

export function geoOf(gazetteer: Gazetteer, entry: GeoEntry): PlaceGeo {
  const division = entry.kind === "place" && entry.admin1 ? gazetteer.division(entry.country, entry.admin1) : undefined;
  return {
    matched: true,
    level: entry.kind,
    name: entry.name,
    ...(entry.geonamesId !== undefined ? { geonamesId: entry.geonamesId } : {}),
    country: entry.country,
    ...(entry.kind === "division" ? {} : division ? { division: division.name } : {}),
    ...(entry.lat !== undefined && entry.lon !== undefined ? { lat: entry.lat, lon: entry.lon } : {}),
  };
}

/**
 * Every place entity's gazetteer entry, or `{ matched: false }`. A part of a place ("north China", "the western
 * hills of Nepal") is not the place it names, so it is left unmatched; "Kherson Province" is looked up whole, then
 * as "Kherson" among divisions.
 */
export function locatePlaces(
  context: ExtractContext,
  entities: Entity[],
  mentions: NameMention[],
  gazetteer: Gazetteer,
  trace: Trace,
): void {
  const home = storyCountry(context, mentions, gazetteer);
  const names = new Set(entities.map((e) => e.name.toLowerCase()));
  for (const entity of entities) {
    if (entity.kind !== "place") continue;
    const item = `place '${entity.name}'`;
    // "Dadu district" is also "Dadu" when nothing else of the draft is.
    const bare = entity.name.replace(AREA_WORD_AT_END, "").replace(DIVISION_OF_AT_START, "");
    if (bare !== entity.name && !names.has(bare.toLowerCase()) && !entity.aliases.includes(bare)) entity.aliases.push(bare);
    if (/region$/.test(entity.rule)) {
      entity.geo = { matched: false };
      trace({ item, rule: "place.geonames", decided: "a part of a place: not looked up" });
      continue;
    }
    const cue = cueOf(context, entity);
    const options = { storyCountry: home, cue };
    const entry =
      resolvePlace(gazetteer, entity.name, options) ??
      (DIVISION_HEAD.test(entity.name)
        ? resolvePlace(gazetteer, entity.name.replace(DIVISION_HEAD, ""), { storyCountry: home, cue: "division" })
        : undefined) ??
      entity.aliases.map((alias) => resolvePlace(gazetteer, alias, options)).find((e) => e !== undefined);
    entity.geo = entry ? geoOf(gazetteer, entry) : { matched: false };
    if (entry && (entity.placeKind === "site" || entity.placeKind === "town" || entity.placeKind === undefined))
      entity.placeKind =
        entry.kind === "country"
          ? "country"
          : entry.kind === "division"
            ? "region"
            : entry.population >= 100_000
              ? "city"
              : "town";
    trace({
      item,
      rule: "place.geonames",
      decided: entry
        ? `${entry.name}, ${entry.country} (GeoNames ${entry.geonamesId ?? "without id"}${home ? `; story country ${home}` : ""})`
        : "matched nothing",
    });
  }
}
