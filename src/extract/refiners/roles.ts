import type { ExtractContext } from "../context";
import { COUNTRIES, PORTFOLIO_WORDS, TITLES } from "../gazetteer";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";

const AFTER = /^,\s*((?:the|a|an|who is|its|their)\s[^,.;:"“”\n]{3,70}?)(?=,|\.|;|$)/i;
/** "Tomas Okafor, Minister for Home Affairs, said": a capitalized title in apposition. */
const TITLE_AFTER = /^,\s*((?:\p{Lu}[\p{L}.'’-]*)(?:\s(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the))*)(?=,|\.(?:\s|$)|;)/u;

/** The title in apposition after a person's name, when it has a title word before any portfolio and ends on one. */
function titleAfter(following: string): string | undefined {
  const role = TITLE_AFTER.exec(following)?.[1];
  if (!role) return undefined;
  const words = role.split(/\s+/);
  const head = role.split(/ (?:of|for) /)[0]!.split(/\s+/);
  const last = words[words.length - 1]!;
  return head.some((w) => TITLES.has(w)) && (TITLES.has(last) || PORTFOLIO_WORDS.has(last)) ? role : undefined;
}

const BEFORE =
  /(?:^|[\s(])((?:the|a|an)\s(?!(?:the|a|an|of|in|to|for|on)\b)[^,.;:"“”\s]+(?:\s(?!(?:the|a|an|of|in|to|for|on)\b)[^,.;:"“”\s]+){0,3}),\s*$/i;

/** Roles from appositions: "Ismail Haniyeh, the Hamas leader," and "the Hamas leader, Ismail Haniyeh". */
export function addAppositiveRoles(context: ExtractContext, byMention: Map<NameMention, Entity>): void {
  for (const [mention, entity] of byMention) {
    if (entity.kind === "place") continue;
    const following = context.text.slice(mention.end, mention.end + 90);
    const after = AFTER.exec(following)?.[1] ?? (entity.kind === "person" ? titleAfter(following) : undefined);
    const before = BEFORE.exec(context.text.slice(Math.max(0, mention.start - 60), mention.start));
    for (const role of [after, before?.[1]]) {
      if (role && !/\b(?:said|says|told|added)\b/.test(role) && !entity.roles.includes(role))
        entity.roles.push(role.replace(/^who is\s+/i, ""));
    }
  }
}

const COUNTRY_OF = new Map<string, string>();
for (const [country, forms] of Object.entries(COUNTRIES))
  for (const form of forms) COUNTRY_OF.set(form.toLowerCase(), country.toLowerCase());

const STOP = new Set(["the", "a", "an", "one", "its", "their", "of", "for", "at", "in", "on", "and", "who", "'s", "s"]);
const content = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !STOP.has(w))
    .map((w) => COUNTRY_OF.get(w) ?? w);

/**
 * The entity a description stands for ("the minister", "the Iranian president", "the ministry"): the most recently
 * mentioned one whose name or roles contain every word of it. Undefined when none fits.
 */
export function resolveDescription(description: string, entities: Entity[], before: number): Entity | undefined {
  const wanted = content(description);
  if (wanted.length === 0) return undefined;
  let best: { entity: Entity; at: number } | undefined;
  for (const entity of entities) {
    if (entity.kind === "place") continue;
    const known = new Set([entity.name, ...entity.aliases, ...entity.roles].flatMap(content));
    if (!wanted.every((w) => known.has(w) || known.has(w.replace(/s$/, "")))) continue;
    const at = Math.max(-1, ...entity.mentions.filter((s) => s.start < before).map((s) => s.start));
    if (at < 0 && entity.kind !== "unnamed") continue;
    if (!best || at > best.at) best = { entity, at };
  }
  return best?.entity;
}
