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

export const PlaceSchema = NamedSchema.extend({
  id: z.string().regex(/^place:[a-z0-9-]+$/),
  kind: z.enum(PLACE_KINDS),
});
export type Place = z.infer<typeof PlaceSchema>;
