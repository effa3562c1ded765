import { z } from "zod";
import { SpanSchema } from "./span";
import { ACTOR_TYPES, PLACE_KINDS } from "./vocabulary";

export const ActorTypeSchema = z.enum(ACTOR_TYPES);
export type ActorType = z.infer<typeof ActorTypeSchema>;

export const ActorSchema = z.object({
  id: z.string().regex(/^actor:[a-z0-9-]+$/),
  name: z.string(),
  type: ActorTypeSchema,
  /** Other names the report uses, and common short forms users type. */
  aliases: z.array(z.string()),
  role: z.string(),
  /** Actor id of the state or organization this actor belongs to. */
  affiliation: z.string().nullable(),
  /** Where the report names or describes the actor. */
  mentions: z.array(SpanSchema).min(1),
});
export type Actor = z.infer<typeof ActorSchema>;

export const PlaceSchema = z.object({
  id: z.string().regex(/^place:[a-z0-9-]+$/),
  name: z.string(),
  kind: z.enum(PLACE_KINDS),
  aliases: z.array(z.string()),
  mentions: z.array(SpanSchema).min(1),
});
export type Place = z.infer<typeof PlaceSchema>;
