import { bySentence, type ExtractContext, type Sentence } from "../context";
import { findAttribution, maskQuotes, type Attribution, type Speaker } from "../parsers/attribution";
import type { NameMention } from "../parsers/names";
import type { QuotePassage } from "../parsers/quotes";
import type { Entity } from "./entities";
import { resolveDescription } from "./roles";

/** A statement before it is written out: who, the quoted passages, the sentences, and why. */
export interface StatementFinding {
  speaker: Entity;
  speakerBasis: "stated" | "implied";
  passages: QuotePassage[];
  sentences: Sentence[];
  attribution?: Attribution;
  kind: "quote" | "paraphrase" | "mixed";
  rule: string;
  confidence: number;
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const PARAPHRASE_VERBS =
  /^(?:said|says|stated|told|added|announced|claimed|warned|denied|confirmed|reported|insisted|argued|explained|according to|noted|estimated|expressed|saying|called|condemned|accused|praised|hailed|urged|vowed|pledged|promised)$/i;

/**
 * Statements: quoted passages with their speakers (found in the sentence, or carried from the quote before when a
 * paragraph goes on quoting), and sentences of reported speech ("X said that …") as paraphrases. Pronouns and
 * descriptions are resolved to the last fitting named speaker; an unnamed speaker ("an eyewitness") becomes an
 * entity of its own. Quotes of one or two words with no longer quote beside them are scare quotes, not statements.
 */
export function findStatements(
  context: ExtractContext,
  passages: QuotePassage[],
  names: NameMention[],
  entities: Entity[],
  byMention: Map<NameMention, Entity>,
): { findings: StatementFinding[]; attributions: Map<number, { attribution: Attribution; entity: Entity }> } {
  const attributions = new Map<number, { attribution: Attribution; entity: Entity }>();
  const { text } = context;
  const findings: StatementFinding[] = [];
  const consumed = new Set<QuotePassage>();
  const speakers: Array<{ entity: Entity; sentence: number }> = [];

  const resolve = (
    speaker: Speaker,
    sentence: Sentence,
  ): { entity: Entity; basis: "stated" | "implied"; rule: string } | undefined => {
    if (speaker.kind === "name") {
      const entity = byMention.get(speaker.mention);
      if (entity) return { entity, basis: "stated", rule: "named" };
      // A lone capitalized word the rules could not classify ("…, Rokeya, said"): the verb makes it a speaker.
      if (speaker.mention.kind !== "unknown") return undefined;
      const { start, end, text: name } = speaker.mention;
      return { entity: unnamed(entities, name, context, start, end), basis: "stated", rule: "named by the verb" };
    }
    if (speaker.kind === "pronoun") {
      const plural = /^(?:they|we|it)$/i.test(speaker.word);
      const fits = (e: Entity) =>
        plural ? e.kind === "organization" || e.kind === "place" : e.kind === "person" || e.kind === "unnamed";
      let recent: { entity: Entity; sentence: number } | undefined;
      for (let i = speakers.length - 1; i >= 0 && sentence.index - speakers[i]!.sentence <= 6; i--) {
        if (fits(speakers[i]!.entity)) {
          recent = speakers[i];
          break;
        }
      }
      // A person who is the subject of a later sentence ("The mayor, Jan Novak, visited …") comes before the last speaker.
      const subject = lastSubject(context, namesIn, byMention, sentence, fits);
      if (subject && (!recent || subject.sentence > recent.sentence) && sentence.index - subject.sentence <= 2) {
        return { entity: subject.entity, basis: "implied", rule: `pronoun '${speaker.word}' -> subject of a sentence before` };
      }
      if (recent) return { entity: recent.entity, basis: "implied", rule: `pronoun '${speaker.word}' -> last speaker` };
      const mentioned = lastMentioned(entities, speaker.start, fits, sentence, context);
      return mentioned ? { entity: mentioned, basis: "implied", rule: `pronoun '${speaker.word}' -> last named` } : undefined;
    }
    const relative = /\s(?:who|which|that)\b/i.exec(speaker.text);
    const description = (relative ? speaker.text.slice(0, relative.index) : speaker.text).trim();
    const known = resolveDescription(description, entities, speaker.start);
    if (known) return { entity: known, basis: "implied", rule: `description '${description}' -> named` };
    const entity = unnamed(entities, description, context, speaker.start, speaker.end);
    return { entity, basis: "stated", rule: "unnamed speaker" };
  };

  const namesIn = bySentence(context, names);
  const quotedIn = bySentence(
    context,
    passages.map((p) => ({ start: p.open, end: p.close + 1, passage: p })),
  ).map((list) => list.map((x) => x.passage));
  const byGroup = new Map<number, QuotePassage[]>();
  for (const p of passages) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
  for (const sentence of context.sentences) {
    const quoted = quotedIn[sentence.index]!;
    const inSentence = quoted.filter((p) => p.start >= sentence.start && p.start < sentence.end && !consumed.has(p));
    const masked = maskQuotes(text, sentence, quoted);
    const attribution = findAttribution(context, sentence, masked, namesIn[sentence.index]!);
    if (inSentence.length === 0) {
      // Reported speech with no quote marks at all.
      if (attribution && PARAPHRASE_VERBS.test(attribution.verb.text) && quoted.length === 0) {
        const who = resolve(attribution.speaker, sentence);
        const rest = text.slice(attribution.verb.end, sentence.end);
        if (who) {
          attributions.set(sentence.index, { attribution, entity: who.entity });
          if (who.entity.kind !== "place") speakers.push({ entity: who.entity, sentence: sentence.index });
        }
        if (who && wordCount(rest) >= 4) {
          findings.push({
            speaker: who.entity,
            speakerBasis: who.basis,
            passages: [],
            sentences: [sentence],
            attribution,
            kind: "paraphrase",
            rule: `paraphrase: ${attribution.rule}, ${who.rule}`,
            confidence: attribution.rule === "according-to" ? 0.4 : 0.5,
          });
        }
      }
      continue;
    }
    // The passages of a quote that runs on into the next paragraphs belong to this statement.
    const groups = new Set(inSentence.map((p) => p.group));
    const own = [...groups].flatMap((g) => byGroup.get(g) ?? []);
    own.forEach((p) => consumed.add(p));
    const longest = Math.max(...own.map((p) => wordCount(text.slice(p.start, p.end))));
    const kept = longest <= 2 ? [] : own;
    if (kept.length === 0) {
      context.debug(`scare quotes, not a statement: ${own.map((p) => text.slice(p.start, p.end)).join(" | ")}`);
      continue;
    }
    const sentences = context.sentences.filter((s) => kept.some((p) => p.start < s.end && p.end > s.start));
    // A quote over several paragraphs may name its speaker only at its end.
    const spoken =
      attribution ??
      sentences
        .filter((s) => s.index !== sentence.index)
        .map((s) => findAttribution(context, s, maskQuotes(text, s, quotedIn[s.index]!), namesIn[s.index]!))
        .find((a) => a !== undefined);
    if (spoken) {
      const attribution = spoken;
      const who = resolve(attribution.speaker, sentence);
      if (who) {
        attributions.set(sentence.index, { attribution, entity: who.entity });
        const outside = masked
          .replace(/\uE000+/g, " ")
          .replace(/[^\p{L}\p{N}]+/gu, " ")
          .trim();
        const kind =
          wordCount(outside) - wordCount(text.slice(attribution.verb.start, attribution.verb.end)) > 4 ||
          /\b(?:as|of|for|that)\s*\uE000/.test(masked)
            ? "mixed"
            : "quote";
        findings.push({
          speaker: who.entity,
          speakerBasis: who.basis,
          passages: kept,
          sentences,
          attribution,
          kind,
          rule: `${attribution.rule}, ${who.rule}`,
          confidence: Math.min(0.95, attribution.confidence * (who.basis === "stated" ? 1 : 0.85)),
        });
        speakers.push({ entity: who.entity, sentence: sentence.index });
        continue;
      }
    }
    // No speaker in the sentence: a quote that goes on from the one before (same or previous paragraph).
    const previous = findings[findings.length - 1];
    const previousSentence = previous?.sentences[previous.sentences.length - 1];
    if (
      previous &&
      previousSentence &&
      sentence.index - previousSentence.index <= 2 &&
      sentence.paragraph - previousSentence.paragraph <= 1 &&
      longest >= 3
    ) {
      findings.push({
        speaker: previous.speaker,
        speakerBasis: "implied",
        passages: kept,
        sentences,
        kind: "quote",
        rule: "continues the quote before",
        confidence: 0.55,
      });
      continue;
    }
    context.debug(`quote with no speaker, dropped: ${text.slice(kept[0]!.start, kept[0]!.end).slice(0, 60)}`);
  }
  return { findings, attributions };
}

/** The first person named in each sentence before this one (or earlier in it), the latest such. */
function lastSubject(
  context: ExtractContext,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
  sentence: Sentence,
  fits: (e: Entity) => boolean,
): { entity: Entity; sentence: number } | undefined {
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 2); i--) {
    const s = context.sentences[i]!;
    const first = namesIn[i]!.find((n) => n.start >= s.start && n.end <= s.end && byMention.get(n) && fits(byMention.get(n)!));
    if (first) return { entity: byMention.get(first)!, sentence: i };
  }
  return undefined;
}

function lastMentioned(
  entities: Entity[],
  before: number,
  fits: (e: Entity) => boolean,
  sentence: Sentence,
  context: ExtractContext,
): Entity | undefined {
  const window = context.sentences[Math.max(0, sentence.index - 3)]!.start;
  let best: { entity: Entity; at: number } | undefined;
  for (const entity of entities) {
    if (!fits(entity)) continue;
    for (const s of entity.mentions)
      if (s.start < before && s.start >= window && (!best || s.start > best.at)) best = { entity, at: s.start };
  }
  return best?.entity;
}

function unnamed(entities: Entity[], description: string, context: ExtractContext, start: number, end: number): Entity {
  const head = description.toLowerCase().replace(/^(?:the|a|an|one)\s+/, "");
  const existing = entities.find(
    (e) => e.kind === "unnamed" && e.name.toLowerCase().replace(/^(?:the|a|an|one)\s+/, "") === head,
  );
  const mention = { start, end, exact: context.text.slice(start, end) };
  if (existing) {
    existing.mentions.push(mention);
    if (!existing.aliases.includes(description) && description !== existing.name) existing.aliases.push(description);
    return existing;
  }
  const entity: Entity = {
    key: description,
    kind: "unnamed",
    name: description,
    aliases: head !== description ? [head] : [],
    mentions: [mention],
    roles: [],
    confidence: 0.6,
    rule: "unnamed speaker",
  };
  entities.push(entity);
  return entity;
}
