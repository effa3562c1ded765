import type { PlaceGeo } from "../../model/actor";
import type { Span } from "../../model/span";
import type { ExtractContext } from "../context";
import { span } from "../context";
import { AREA_NAME, COUNTRIES, SETTLEMENT_BEFORE } from "../gazetteer";
import type { NameMention } from "../parsers/names";
import { CONFIDENCE } from "../rules";

export type EntityKind = "person" | "organization" | "place" | "unnamed";

/** One person, organization, place or unnamed speaker, with every way the text names it. */
export interface Entity {
  key: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  mentions: Span[];
  /** Titles and descriptions the text gives ("Iranian Foreign Minister", "a spokesman for the army"). */
  roles: string[];
  placeKind?: "country" | "territory" | "region" | "city" | "town" | "border" | "site";
  /** A place's GeoNames entry, or that it matched none (refiners/places.ts); unset when no gazetteer was loaded. */
  geo?: PlaceGeo;
  confidence: number;
  rule: string;
}

const CITIES = new Set([
  "Tehran",
  "Kyiv",
  "Moscow",
  "Beirut",
  "Jerusalem",
  "Damascus",
  "Baghdad",
  "Cairo",
  "Kabul",
  "Khartoum",
  "Washington",
  "London",
  "Paris",
  "Berlin",
  "Beijing",
  "New York",
  "Istanbul",
  "Ankara",
  "Doha",
  "Tel Aviv",
  "Aleppo",
  "Mosul",
]);
const TERRITORIES = new Set([
  "Gaza",
  "Gaza Strip",
  "West Bank",
  "Crimea",
  "Donbas",
  "Kashmir",
  "Darfur",
  "Tigray",
  "Kurdistan",
  "Palestine",
]);

const fold = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, " ").trim();
const words = (s: string) => s.split(/[\s-]+/).filter(Boolean);

/** Entities from name mentions: a surname after a full name, "Gaza" after "Gaza Strip", "Israelis" for Israel are one each. */
export function buildEntities(
  context: ExtractContext,
  mentions: NameMention[],
): { entities: Entity[]; byMention: Map<NameMention, Entity> } {
  const entities: Entity[] = [];
  const byMention = new Map<NameMention, Entity>();
  const byName = new Map<string, Entity>();
  // Entities by each word of their names, in the order added: a mention looks only at those that share its first word.
  const byWord = new Map<string, Entity[]>();
  const add = (entity: Entity) => {
    entities.push(entity);
    byName.set(fold(entity.name), entity);
    for (const word of new Set(words(fold(entity.name)))) {
      const list = byWord.get(word);
      if (list) list.push(entity);
      else byWord.set(word, [entity]);
    }
    return entity;
  };
  const mention = (entity: Entity, m: NameMention, alias = m.text) => {
    entity.mentions.push(span(context.text, m.start, m.end));
    if (fold(alias) !== fold(entity.name) && !entity.aliases.some((a) => fold(a) === fold(alias))) entity.aliases.push(alias);
    if (m.title && !entity.roles.includes(m.title)) entity.roles.push(m.title);
    byMention.set(m, entity);
  };
  const placeKind = (name: string, rule: string): Entity["placeKind"] =>
    CITIES.has(name)
      ? "city"
      : TERRITORIES.has(name)
        ? "territory"
        : rule === "gazetteer" || rule === "gazetteer-country"
          ? "country"
          : /Border|Line$/.test(name)
            ? "border"
            : /Province|Region|Oblast|District|County|State|Governorate/.test(name)
              ? "region"
              : rule === "preposition"
                ? "town"
                : "site";

  // Full names first, so a later (or earlier) surname finds its person.
  const ordered = [...mentions].sort((a, b) => words(b.text).length - words(a.text).length || a.start - b.start);
  for (const m of ordered) {
    if (m.kind === "unknown" && !/\s/.test(m.text)) continue;
    const name = m.countryOf ?? m.text;
    const existing = byName.get(fold(name)) ?? containing(byWord.get(words(fold(m.text))[0] ?? "") ?? [], m, context.text);
    if (existing) {
      // "KHARKIV" in a dateline and "Kharkiv" in the text: the name is the one written in ordinary case.
      if (existing.name === existing.name.toUpperCase() && name !== name.toUpperCase() && fold(name) === fold(existing.name)) {
        existing.name = name;
        existing.key = name;
      }
      mention(existing, m);
      continue;
    }
    const kind: EntityKind = m.kind === "unknown" ? "person" : m.kind;
    const entity = add({
      key: name,
      kind,
      name,
      aliases: [],
      mentions: [],
      roles: [],
      ...(kind === "place" ? { placeKind: placeKind(name, m.rule) } : {}),
      confidence:
        m.kind === "unknown"
          ? 0.4
          : (CONFIDENCE.get(`name.${m.rule}`) ?? (m.rule === "gazetteer" || m.rule === "title" ? 0.9 : 0.7)),
      rule: `name:${m.rule}`,
    });
    mention(entity, m);
  }
  // Single capitalized words: a surname or short form of a known entity, or a speaker named by surname alone.
  for (const m of mentions.filter((x) => x.kind === "unknown" && !/\s/.test(x.text)).sort((a, b) => a.start - b.start)) {
    // "followed by Mogovolas (six)", then "centres in Mogovolas": a place named elsewhere is the same place here.
    const samePlace = byName.get(fold(m.text));
    const owner = samePlace?.kind === "place" && fold(samePlace.name) === fold(m.text) ? samePlace : shortFormOwner(entities, m);
    if (owner) mention(owner, m);
    else if (
      /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|told|added|wrote|stated|noted|warned|insisted|argued|explained)\b/.test(
        context.text.slice(m.end, m.end + 80),
      ) &&
      // "Witnesses in the Githurai area of Nairobi said": a name after a preposition is where, not who.
      !/\b(?:of|in|at|from|near)\s+$/.test(context.text.slice(Math.max(0, m.start - 6), m.start))
    ) {
      const entity = add({
        key: m.text,
        kind: "person",
        name: m.text,
        aliases: [],
        mentions: [],
        roles: [],
        confidence: 0.5,
        rule: "name:speaker-by-one-name",
      });
      mention(entity, m);
    }
  }
  return { entities, byMention };
}

/** "Madina hospital", "the field hospital in Tawila": a facility of a town is not it; neither holds the other's mentions. */
const FACILITY_RULES = new Set(["name:facility-word-after", "name:described-facility"]);

/**
 * An entity whose name contains this mention's words as a whole-word run ("Gaza" in "Gaza Strip"), of `entities`:
 * those whose names have the mention's first word.
 */
function containing(entities: Entity[], m: NameMention, text: string): Entity | undefined {
  if (m.kind === "unknown") return undefined;
  // "the city of Kayes" is the city, not the "Kayes region" around it.
  const settlement = SETTLEMENT_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start));
  const mine = words(fold(m.text));
  return entities.find((e) => {
    // "Nepal" is not "the western hills of Nepal": a region holds its place's name without being it.
    if (e.kind !== m.kind || /region$/.test(e.rule) || FACILITY_RULES.has(e.rule)) return false;
    if (settlement && AREA_NAME.test(e.name)) return false;
    const theirs = words(fold(e.name));
    if (mine.length >= theirs.length) return false;
    for (let i = 0; i + mine.length <= theirs.length; i++) if (mine.every((w, k) => theirs[i + k] === w)) return true;
    return false;
  });
}

/** The entity a single word stands for: the last person whose name has it, or a place or organization it starts. */
function shortFormOwner(entities: Entity[], m: NameMention): Entity | undefined {
  const word = fold(m.text);
  const candidates = entities.filter((e) => {
    const parts = words(fold(e.name));
    if (e.kind === "person") return parts.length > 1 && (parts.includes(word) || fold(e.name).endsWith(word));
    return parts.length > 1 && parts[0] === word && !FACILITY_RULES.has(e.rule);
  });
  if (candidates.length === 0) return undefined;
  // Prefer the last one named before this mention.
  const before = candidates.filter((e) => e.mentions.some((s) => s.start < m.start));
  const pool = before.length > 0 ? before : candidates;
  return pool.reduce((best, e) =>
    Math.max(...e.mentions.filter((s) => s.start < m.start).map((s) => s.start), -1) >
    Math.max(...best.mentions.filter((s) => s.start < m.start).map((s) => s.start), -1)
      ? e
      : best,
  );
}

export const isCountry = (name: string) => Object.prototype.hasOwnProperty.call(COUNTRIES, name);
