import { z } from "zod";
import { SpanSchema } from "./span";
import { ACTOR_TYPES, PLACE_KINDS } from "./vocabulary";

export const ActorTypeSchema = z.enum(ACTOR_TYPES);
export type ActorType = z.infer<typeof ActorTypeSchema>;

/** What people and places have in common: names, and where the report writes them. */
const NamedSchema = z.object({
  name: z.string(),
  /** Other names that find the record: the report's own forms, and lookup help listed in `lookupOnly`. */
  aliases: z.array(z.string()),
  /**
   * The name and aliases the report never writes (full names, other spellings, short forms users
   * type): lookup help, not the report's words. Every other name and alias occurs in the text.
   * Optional so report files written before it still load; the bundled report always has it.
   */
  lookupOnly: z.array(z.string()).optional(),
  /**
   * Every place the text writes one of the names or aliases, the name only (no article, no verb).
   * A name inside a longer one counts for both ("Hamas" in "the Hamas leader"). Occurrences that
   * are not a mention are listed in the report's `nonMentions` with a reason.
   */
  mentions: z.array(SpanSchema).min(1),
  note: z.string().optional(),
});

export const ActorSchema = NamedSchema.extend({
  id: z.string().regex(/^actor:[a-z0-9-]+$/),
  type: ActorTypeSchema,
  role: z.string(),
  /** Actor id of the state or organization this actor belongs to, as the report places it ("Lebanon's ... group"). */
  affiliation: z.string().nullable(),
});
export type Actor = z.infer<typeof ActorSchema>;

/**
 * What the GeoNames gazetteer knows of a place (GeoNames data, CC BY 4.0): its id, country (ISO 3166-1 alpha-2),
 * first-level division and coordinates; or that the name matched nothing in it. Optional: files written before it,
 * and places nobody looked up, still load.
 */
export const PlaceGeoSchema = z.union([
  z.object({
    matched: z.literal(true),
    /** What the entry is: a country, a first-level division, or a populated place. */
    level: z.enum(["country", "division", "place"]),
    /** The entry's name in GeoNames ("Quetta"), which may differ from the report's. */
    name: z.string().min(1),
    geonamesId: z.number().int().positive().optional(),
    country: z.string().regex(/^[A-Z]{2}$/),
    division: z.string().min(1).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  }),
  z.object({ matched: z.literal(false) }),
]);
export type PlaceGeo = z.infer<typeof PlaceGeoSchema>;

export const PlaceSchema = NamedSchema.extend({
  id: z.string().regex(/^place:[a-z0-9-]+$/),
  kind: z.enum(PLACE_KINDS),
  geo: PlaceGeoSchema.optional(),
});
export type Place = z.infer<typeof PlaceSchema>;
