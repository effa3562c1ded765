/**
 * The canonical vocabularies of the data model, as plain constants. Kept free of the validator so the
 * add-in's bundles can use them without shipping zod; the schemas build on these.
 *
 * Measures, qualifiers and units are open: these are the canonical lists every report shares, and a report
 * may add its own (its `vocabulary` field) without a code change. Synonyms are data, not code.
 */

/** Canonical measures, in the order the surfaces list them. */
export const MEASURES = [
  "killed",
  "injured",
  "missing",
  "displaced",
  "hostages",
  "arrested",
  "evacuated",
  "rockets launched",
  "attacks",
  "funding",
] as const;
export type CanonicalMeasure = (typeof MEASURES)[number];
/** A canonical measure, or one a report adds in its own vocabulary. */
export type Measure = string;

/** Words a reader (or a report) uses for each canonical measure; the canonical name always matches too. */
export const MEASURE_SYNONYMS: Readonly<Record<CanonicalMeasure, readonly string[]>> = {
  killed: ["dead", "deaths", "death toll", "fatalities", "killings", "died", "eliminated", "kill", "killing"],
  injured: ["wounded", "injuries", "hurt", "injury"],
  missing: ["unaccounted for", "disappeared"],
  displaced: ["displacement", "homeless", "fled", "uprooted", "refugees"],
  hostages: ["hostage", "abducted", "taken hostage", "kidnapped", "captives", "taken hostages"],
  arrested: ["arrests", "detained", "detentions", "held", "arrest"],
  evacuated: ["evacuations", "evacuation", "evacuees"],
  "rockets launched": ["rockets", "rocket", "rocket launches", "launched"],
  attacks: ["attack", "cross-border attacks"],
  funding: ["funds", "funded", "money", "financing", "finance"],
};

/**
 * Whether `record` has `key` as its own property: the lookup for every key that comes from a file, so "toString",
 * "constructor" or "__proto__" are names like any other, never Object.prototype's. (Object.hasOwn is ES2022: older
 * Office webviews lack it.)
 */
export const hasOwn = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/**
 * The canonical synonyms of a measure, none for a report's own. A measure's name comes from a file: an own-property
 * lookup, so "toString" or "constructor" is a name like any other, not Object.prototype's.
 */
export const canonicalSynonyms = (measure: string): readonly string[] =>
  hasOwn(MEASURE_SYNONYMS, measure) ? MEASURE_SYNONYMS[measure as CanonicalMeasure] : [];

/**
 * Words for a total a report often gives only as its parts: asked for "casualties", a report's own casualties figure
 * answers, else its killed and injured together (said in the answer), else nothing (never a guess).
 */
export const COMBINED_MEASURES: Readonly<Record<string, { parts: readonly CanonicalMeasure[]; synonyms: readonly string[] }>> = {
  casualties: {
    parts: ["killed", "injured"],
    synonyms: ["casualty", "killed and injured", "killed or injured", "dead and injured", "dead and wounded"],
  },
};

/** The casualty measures, in the order the Casualties sheet and chart show those a report gives. */
export const CASUALTY_MEASURES: readonly Measure[] = ["killed", "injured", "missing", "displaced", "hostages"];

/**
 * How a qualifier bounds the number it precedes (one rule for every report; in the spirit of UCDP's low / best /
 * high estimates):
 * - `exact`: the number stands alone ("58 people"): low = best = high = the number.
 * - `lower`: the number is a floor ("at least", "more than", "over"): low = best = the number, high unknown.
 * - `upper`: the number is a ceiling ("up to", "as many as", "nearly", "almost", "fewer than"): high = best = the
 *   number, low unknown.
 * - `approximate`: the number is an estimate either way ("about", "approximately", "around", "some"): best = the
 *   number, low and high unknown.
 * - `range`: two numbers ("20 or 30", "10 to 12"): low = the first, high = the second, best = the low end (the
 *   conservative reading, as UCDP's best estimate is).
 * "Unknown" is null, never 0: a bound the wording does not give is not reported.
 */
export const BOUND_KINDS = ["exact", "lower", "upper", "approximate", "range"] as const;
export type BoundKind = (typeof BOUND_KINDS)[number];

/** Canonical qualifiers, as written, with how each bounds its number. */
export const QUALIFIER_BOUNDS = {
  exact: "exact",
  "at least": "lower",
  "more than": "lower",
  over: "lower",
  about: "approximate",
  approximately: "approximate",
  around: "approximate",
  some: "approximate",
  nearly: "upper",
  almost: "upper",
  "up to": "upper",
  "as many as": "upper",
  "fewer than": "upper",
  range: "range",
} as const satisfies Record<string, BoundKind>;
/** How a canonical qualifier bounds its number; undefined for any other word (own properties only: see above). */
export const canonicalBound = (qualifier: string): BoundKind | undefined =>
  hasOwn(QUALIFIER_BOUNDS, qualifier) ? QUALIFIER_BOUNDS[qualifier as keyof typeof QUALIFIER_BOUNDS] : undefined;
export const QUALIFIERS = Object.keys(QUALIFIER_BOUNDS) as (keyof typeof QUALIFIER_BOUNDS)[];
export type CanonicalQualifier = keyof typeof QUALIFIER_BOUNDS;
/** A canonical qualifier, or one a report adds in its own vocabulary. */
export type Qualifier = string;

export interface Bounds {
  best: number;
  low: number | null;
  high: number | null;
}

/** The low / best / high a number (or a range's two numbers) has under a kind of bound; see BOUND_KINDS. */
export function boundsFor(kind: BoundKind, value: number, upper?: number): Bounds {
  switch (kind) {
    case "exact":
      return { best: value, low: value, high: value };
    case "lower":
      return { best: value, low: value, high: null };
    case "upper":
      return { best: value, low: null, high: value };
    case "approximate":
      return { best: value, low: null, high: null };
    case "range": {
      const high = upper ?? value;
      return { best: Math.min(value, high), low: Math.min(value, high), high: Math.max(value, high) };
    }
  }
}

/** Canonical units of what a figure counts. */
export const UNITS = ["people", "rockets", "attacks", "US dollars a year", "US dollars", "homes", "buildings"] as const;
export type Unit = string;

export const STATEMENT_KINDS = ["quote", "paraphrase", "mixed"] as const;

/** Canonical settings of a statement; a report may add its own. */
export const SETTINGS = [
  "meeting",
  "phone call",
  "Telegram post",
  "written statement",
  "website",
  "news conference",
  "interview",
  "social media post",
  "speech",
  "unspecified",
] as const;
export type Setting = string;

export const ACTOR_TYPES = ["person", "organization", "state", "group"] as const;

export const PLACE_KINDS = ["country", "territory", "region", "city", "town", "border", "site"] as const;
