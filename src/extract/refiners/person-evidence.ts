import type { ExtractContext } from "../context";
import { sentenceAt } from "../context";
import {
  BODY_WORDS,
  GROUP_CLAIM_AFTER,
  HEADING_WORDS,
  HUMAN_NOUNS,
  HUMAN_VERB_AFTER,
  OUTLET_AFTER,
  OUTLET_BEFORE,
} from "../gazetteer-people";
import { PORTFOLIO_WORDS, TITLES } from "../gazetteer";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";
import { isSpace, runStartAtEnd, trimEndWhile } from "../text";

/** Name rules that make a person from the look of a name alone (two capitalized words): they need evidence. */
const GUESSED = new Set(["name:two-capitalized-words", "name:two-capitalized-words-at-start"]);
/** A lone word before a verb of saying, taken for a speaker's name ("Okafor said"). */
const ONE_WORD_SPEAKER = "name:speaker-by-one-name";
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Miss|Sir|Dame)\.?\s+$/;
/** '"…," said Aline Bahati': the name after an inverted verb of saying. */
const SPEECH_BEFORE = /\b(?:said|says|added|recalled|explained|asked|wrote|insisted|warned|continued)\s+$/;
const AGE_AFTER = /^\s*,\s*\d{1,3}\s*,/;
/** "He said", "She was", "His": a sentence that opens on a person's pronoun. */
const PRONOUN_START = /^\s*["“]?(?:He|She|His|Her)\b/;
/** The word before a name, through an apposition's comma ("its director, Hawa Aden"), walked back once. */
function lastWord(before: string): string | undefined {
  const trimmed = trimEndWhile(trimEndWhile(before, isSpace), (c) => c === ",");
  const word = trimmed.slice(runStartAtEnd(trimmed, (c) => /[\p{L}-]/u.test(c)));
  return word || undefined;
}
/** ", Foreign Minister Hassan Tabari": the next name of a list is a titled person. */
const LISTED_BESIDE = /^\s*(?:,|\band)\s+(\p{Lu}[\p{L}.]*)/u;
/** ", who was waiting", ", whose house": a relative clause only a person takes. */
const WHO_AFTER = /^\s*,\s*(?:who|whose)\b/;

/** ", a 24-year-old student who …": an apposition, whose first words may name a person's role. */
const APPOSITION = /^\s*,\s*(?:a|an|the|its|their|his|her)\s/;
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .slice(0, 6);
/** " and Jane Doe": the other name of a pair. */
const AND_NAME = /^\s+and\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*/u;
const humanRole = (role: string) =>
  role
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => HUMAN_NOUNS.has(w));

/** What says a guessed name is a person, or undefined: a title, a human role, an age, a human verb, a later he/she. */
export function personSignal(context: ExtractContext, entity: Entity): string | undefined {
  const { text } = context;
  if (entity.roles.some(humanRole)) return "a person's role";
  for (const m of entity.mentions) {
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 40);
    if (HONORIFIC_BEFORE.test(before)) return "an honorific";
    const word = lastWord(before);
    if (word && HUMAN_NOUNS.has(word.toLowerCase())) return `a person's role before it ('${word}')`;
    // "The Minister for Home Affairs, Tomas Okafor": a title set off before the name.
    if (word && /,\s*$/.test(before) && (TITLES.has(word) || PORTFOLIO_WORDS.has(word))) return "a title in apposition before it";
    // "Tomas Okafor and Jane Doe met": one of two names joined by "and" before a person's verb.
    const beside = LISTED_BESIDE.exec(after)?.[1];
    if (beside && TITLES.has(beside)) return "listed beside a titled person";
    const joined = AND_NAME.exec(after);
    if (joined && HUMAN_VERB_AFTER.test(after.slice(joined[0].length))) return "a verb a person does";
    if (AGE_AFTER.test(after)) return "an age after it";
    if (WHO_AFTER.test(after)) return "'who' after it";
    const apposition = APPOSITION.exec(after);
    if (
      apposition &&
      words(text.slice(m.end + apposition[0].length, m.end + apposition[0].length + 50)).some((w) => HUMAN_NOUNS.has(w))
    )
      return "a person's role in apposition";
    if (HUMAN_VERB_AFTER.test(after) || SPEECH_BEFORE.test(before)) return "a verb a person does";
    const sentence = sentenceAt(context, m.start);
    const next = sentence ? context.sentences[sentence.index + 1] : undefined;
    if (next && next.paragraph === sentence!.paragraph && PRONOUN_START.test(next.text)) return "a later he/she";
  }
  return undefined;
}

/** What a guessed name is when nothing says it is a person: an outlet, a body, or nothing (a heading, a thing, a place). */
function notAPerson(context: ExtractContext, entity: Entity): "an outlet" | "a body" | undefined {
  const { text } = context;
  for (const m of entity.mentions) {
    if (OUTLET_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) || OUTLET_AFTER.test(text.slice(m.end, m.end + 20)))
      return "an outlet";
  }
  if (entity.name.split(/[\s-]+/).some((w) => BODY_WORDS.has(w))) return "a body";
  return undefined;
}

const ONE_WORD_RULE = {
  "a role": "name.role-not-a-name",
  "a body": "name.body-word",
  "letters and digits": "name.letters-and-digits",
} as const;

/**
 * What a lone speaker's word is when it is no one's name: a title or a role ("The Chief said", "the Commissioner
 * said"), a body's word ("Al-Shabaab said"), or a code of letters and digits ("M23 said").
 */
function oneWordSpeaker(entity: Entity): keyof typeof ONE_WORD_RULE | undefined {
  if (TITLES.has(entity.name) || HUMAN_NOUNS.has(entity.name.toLowerCase())) return "a role";
  if (entity.name.split(/[\s-]+/).some((w) => BODY_WORDS.has(w))) return "a body";
  if (/\d/.test(entity.name)) return "letters and digits";
  return undefined;
}

/**
 * Names with evidence (issue 22): a name the rules took for a person from its look alone stays one only with a person
 * signal (personSignal). Otherwise it is an organization when its words or an outlet's cue say so ("Guardia Civil",
 * "the newspaper El Tiempo"), and nothing when they do not ("KEY POINTS", "Flash Update", "Lake Kivu"): it leaves
 * the entities, so no rule counts it as an actor or a place. Each decision goes to the trace.
 */
export function requirePersonEvidence(
  context: ExtractContext,
  entities: Entity[],
  byMention: Map<NameMention, Entity>,
): Entity[] {
  const trace = context.trace ?? (() => undefined);
  const { text } = context;
  const dropped = new Set<Entity>();
  for (const entity of entities) {
    if (entity.kind !== "person" || !(GUESSED.has(entity.rule) || entity.rule === ONE_WORD_SPEAKER)) continue;
    const item = `name '${entity.name}'`;
    // "Al Qaeda said it was behind the attack": a group's words of itself beat the verb of saying.
    if (entity.mentions.some((m) => GROUP_CLAIM_AFTER.test(text.slice(m.end, m.end + 80)))) {
      entity.kind = "organization";
      entity.rule = "name:group-claims";
      trace({ item, rule: "name.group-claims", decided: "a group: it claims an attack or speaks of itself as 'it'" });
      continue;
    }
    if (entity.rule === ONE_WORD_SPEAKER) {
      const decided = oneWordSpeaker(entity);
      if (decided === "a role") dropped.add(entity);
      else if (decided) {
        entity.kind = "organization";
        entity.rule = decided === "a body" ? "name:body-word" : "name:letters-and-digits";
      }
      if (decided) trace({ item, rule: ONE_WORD_RULE[decided], decided });
      continue;
    }
    const heading = entity.name === entity.name.toUpperCase() || entity.name.split(/\s+/).some((w) => HEADING_WORDS.has(w));
    // A body's word beats a verb: "Ambulance Victoria said" is no person.
    const body = entity.name.split(/[\s-]+/).some((w) => BODY_WORDS.has(w));
    const signal = heading || body ? undefined : personSignal(context, entity);
    if (signal) {
      trace({ item, rule: "name.person-evidence", decided: signal });
      continue;
    }
    const kind = heading ? undefined : notAPerson(context, entity);
    if (kind) {
      entity.kind = "organization";
      entity.rule = kind === "an outlet" ? "name:outlet-context" : "name:body-word";
      trace({ item, rule: "name.not-a-person", decided: kind });
      continue;
    }
    dropped.add(entity);
    trace({ item, rule: "name.not-a-person", decided: heading ? "a heading" : "no person signal: not an actor" });
  }
  if (dropped.size === 0) return entities;
  for (const [mention, entity] of byMention) if (dropped.has(entity)) byMention.delete(mention);
  return entities.filter((e) => !dropped.has(e));
}
