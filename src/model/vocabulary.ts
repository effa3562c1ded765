/**
 * The closed vocabularies of the data model, as plain constants. Kept free of the validator so the
 * add-in's bundles can use them without shipping zod; the schemas build their enums from these.
 */
export const MEASURES = ["killed", "injured", "hostages", "rockets launched", "attacks", "funding"] as const;
export type Measure = (typeof MEASURES)[number];

export const CASUALTY_MEASURES: readonly Measure[] = ["killed", "injured", "hostages"];

/** The qualifier exactly as the report words it; `exact` when the number stands alone. */
export const QUALIFIERS = ["exact", "at least", "about", "approximately", "more than", "over"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const STATEMENT_KINDS = ["quote", "paraphrase", "mixed"] as const;

export const SETTINGS = ["meeting", "phone call", "Telegram post", "written statement", "website", "unspecified"] as const;

export const ACTOR_TYPES = ["person", "organization", "state", "group"] as const;

export const PLACE_KINDS = ["country", "territory", "region", "town", "border"] as const;
