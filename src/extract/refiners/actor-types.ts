import type { DraftActor } from "../../model/draft";
import type { ExtractContext } from "../context";
import { HUMAN_NOUNS } from "../gazetteer-people";
import type { Entity } from "./entities";

const COLLECTIVE =
  /\b(?:police|ministry|army|military|government|authorit(?:y|ies)|agency|office|department|side|forces|service|council|committee|directorate|command|militia|group|media)\b/i;

/** What kind of actor an entity is, were it to speak, act or be counted: a place that does so acts as a state. */
function actorType(entity: Entity, text: string): DraftActor["type"] {
  if (entity.kind === "place") return "state";
  if (entity.kind === "person") return "person";
  if (entity.kind === "organization") return "organization";
  // An unnamed speaker is a person only when its words name one ("a spokesman", "an eyewitness"): "the bureau", "the
  // monitor", "the national statistics institute" or a town that reports are not.
  // The head is the last word before a preposition or a relative clause ("a navy officer at the scene").
  const words = entity.name.split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && /^(?:at|in|of|for|from|on|near|with|who|whose|which|that)$/i.test(w));
  const head = (words[(end < 0 ? words.length : end) - 1] ?? "").toLowerCase();
  // "The Chief said": a role's word alone is a person, even capitalized.
  if (words.length === 1 && HUMAN_NOUNS.has(head)) return "person";
  if (words.length === 1 && /^\p{Lu}\p{Ll}/u.test(entity.name))
    // A lone name set off as the speaker ("A woman who survived, Rokeya, said") is a person; a town that reports is not.
    return /,\s*$/.test(text.slice(Math.max(0, (entity.mentions[0]?.start ?? 0) - 3), entity.mentions[0]?.start ?? 0))
      ? "person"
      : "organization";
  if (HUMAN_NOUNS.has(head)) return "person";
  if (COLLECTIVE.test(entity.name)) return "organization";
  if (/[^s]s$/.test(head))
    return HUMAN_NOUNS.has(head.slice(0, -1)) || /(?:men|people|women)$/.test(head) ? "group" : "organization";
  return /(?:man|woman|witness|eyewitness|person)$/.test(head) ? "person" : "organization";
}

/**
 * The actor-type refiner: every entity's type as an actor (person, organization, group or state), and the groups the
 * counted words named. An entity the text never names (no mentions) is typed by its kind alone.
 */
export function actorTypes(
  context: ExtractContext,
  entities: readonly Entity[],
  groups: readonly Entity[] = [],
): Map<Entity, DraftActor["type"]> {
  const types = new Map<Entity, DraftActor["type"]>();
  for (const entity of [...entities, ...groups])
    types.set(entity, entity.mentions.length > 0 || entity.kind === "place" ? actorType(entity, context.text) : "organization");
  return types;
}
