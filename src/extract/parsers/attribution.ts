import type { ExtractContext, Sentence } from "../context";
import type { NameMention } from "./names";
import { isSpace, runStartAtEnd } from "../text";

/** Verbs and phrases that introduce what someone said. */
export const SPEECH_VERBS =
  "said|says|say|told|tells|added|adds|noted|notes|stated|states|declared|announced|wrote|writes|tweeted|posted|asked|" +
  "warned|urged|explained|insisted|claimed|recalled|described|called|praised|condemned|accused|referred|expressed|" +
  "defended|congratulated|replied|responded|continued|confirmed|denied|acknowledged|admitted|argued|cautioned|pledged|" +
  "vowed|promised|reported|estimated|shouted|cried|whispered|remarked|observed|commented|suggested|stressed|" +
  "emphasi[sz]ed|hailed|blamed|demanded|appealed|predicted|recounted|saying|adding|telling|describing|calling|" +
  "according to|quoted|quoting|recalling|thanked|welcomed|criticized|criticised|questioned|announcing";
const VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, "gi");
/** Verbs after which a speaker can follow ("…," said the mayor). */
const INVERTING =
  /^(?:said|says|added|adds|asked|wrote|writes|explained|continued|recalled|insisted|according to|noted|warned|replied|shouted|cried|whispered|remarked)$/i;
const PRONOUN = /^(?:he|she|they|it|we)$/i;
/** Words that may stand between a speaker and the verb ("X has also repeatedly said"): checked word by word. */
const FILLER_WORDS = new Set(
  "has have had also later then previously repeatedly reportedly again once earlier further recently publicly separately last week was were is are would will been being to as".split(
    " ",
  ),
);
const isFillerWord = (word: string) => FILLER_WORDS.has(word.toLowerCase()) || /^\w+ly$/i.test(word);
/** Only filler words, spaces and commas (linear: no nested quantifier). */
const isFiller = (text: string) => text.split(/[\s,]+/).every((word) => word === "" || isFillerWord(word));
/** The text without its trailing filler words ("Ministry has also" -> "Ministry"). */
function withoutTrailingFiller(text: string): string {
  let end = text.length;
  for (;;) {
    let e = end;
    while (e > 0 && /\s/.test(text[e - 1]!)) e--;
    let s = e;
    while (s > 0 && /\w/.test(text[s - 1]!)) s--;
    if (s === e || s === 0 || !/\s/.test(text[s - 1]!) || !isFillerWord(text.slice(s, e))) return text.slice(0, e);
    end = s;
  }
}
const DETERMINER =
  /^(?:the|a|an|one|another|two|three|several|some|many|local|police|officials|witnesses|residents|rescuers|doctors|medics|soldiers)\b/i;

const NOT_A_NAME = /^(?:He|She|They|It|We|Police|Officials|Witnesses|Residents)$/;

export type Speaker =
  | { kind: "name"; mention: NameMention }
  | { kind: "pronoun"; word: string; start: number }
  | { kind: "descriptor"; start: number; end: number; text: string };

export interface Attribution {
  speaker: Speaker;
  verb: { start: number; end: number; text: string };
  rule: string;
  confidence: number;
}

/** The sentence with every quoted passage (marks included) blanked out, so only the reporter's words are searched. */
export function maskQuotes(text: string, sentence: Sentence, quoted: Array<{ open: number; close: number }>): string {
  const chars = text.slice(sentence.start, sentence.end).split("");
  for (const q of quoted) {
    for (let i = Math.max(q.open, sentence.start); i <= Math.min(q.close, sentence.end - 1); i++)
      chars[i - sentence.start] = "\uE000";
  }
  return chars.join("");
}

/**
 * Who a sentence says is speaking: the subject before a verb of saying ("X said", "X, a …, said"), the name after an
 * inverted one ("…," said X) or after "according to". Quoted words are masked first.
 */
export function findAttribution(
  context: ExtractContext,
  sentence: Sentence,
  masked: string,
  names: NameMention[],
): Attribution | undefined {
  // `names` are the sentence's own (the caller groups them), but a filter keeps this correct for any list.
  const inSentence = names.filter((n) => n.start >= sentence.start && n.end <= sentence.end);
  const candidates: Attribution[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(masked); m; m = VERB.exec(masked)) {
    // "A rescuer who asked not to be identified said": a verb in a relative clause is not the attribution.
    if (/\b(?:who|which)\s+(?:had\s+|has\s+)?$/i.test(masked.slice(Math.max(0, m.index - 12), m.index))) continue;
    const verbStart = sentence.start + m.index;
    const verbEnd = verbStart + m[0].length;
    const verb = { start: verbStart, end: verbEnd, text: m[0] };
    const beforeText = masked.slice(0, m.index);
    const afterText = masked.slice(m.index + m[0].length);
    const nextToQuote = /\uE000[\s,:;—-]*$/.test(beforeText) || /^[\s:,]*\uE000/.test(afterText);
    const bonus = nextToQuote ? 0.1 : 0;
    const lower = m[0].toLowerCase();
    const inverted = INVERTING.test(lower) && (/(?:\uE000|,)\s*$/.test(beforeText) || lower === "according to");
    if (inverted) {
      const after = speakerAfter(context, verbEnd, sentence, afterText, inSentence);
      // "…," an eyewitness said the shaking lasted: a subject before the verb beats a description after it.
      // "…, Modu, 34, said he had lost …": a pronoun that starts the reported clause is not an inverted speaker.
      const reportedPronoun =
        after?.kind === "pronoun" &&
        !/^\s*(?:he|she|they|it|we)\s*(?:[,.;:!?\uE000]|$)/i.test(afterText.replace(/^\s*to\s+/, ""));
      const subject =
        after?.kind === "descriptor" || reportedPronoun
          ? speakerBefore(context, sentence, verbStart, beforeText, inSentence)
          : undefined;
      if (subject) {
        candidates.push({ speaker: subject, verb, rule: "speaker-said", confidence: 0.8 + bonus });
        continue;
      }
      if (after) {
        candidates.push({
          speaker: after,
          verb,
          rule: lower === "according to" ? "according-to" : "quote-said-speaker",
          confidence: 0.85 + bonus,
        });
        continue;
      }
    }
    if (lower === "according to") continue;
    const before = speakerBefore(context, sentence, verbStart, beforeText, inSentence);
    if (before) candidates.push({ speaker: before, verb, rule: "speaker-said", confidence: 0.8 + bonus });
  }
  if (candidates.length === 0) return undefined;
  // A verb beside a quote wins; then the first in the sentence.
  return candidates.reduce((best, c) => (c.confidence > best.confidence ? c : best));
}

function speakerAfter(
  context: ExtractContext,
  at: number,
  sentence: Sentence,
  afterText: string,
  names: NameMention[],
): Speaker | undefined {
  const lead = /^\s*(?:to\s+)?/.exec(afterText)![0].length;
  const rest = afterText.slice(lead);
  const start = at + lead;
  const pronoun = /^(he|she|they|it|we)\b/i.exec(rest);
  if (pronoun) return { kind: "pronoun", word: pronoun[1]!, start };
  // A name right after, possibly after "the", a title or a description ("said Ukraine's interior minister, Ihor K").
  const phrase = /^[^,.;:\uE000]*/.exec(rest)![0];
  // "said Pomonal resident Kate Morrison": a person in the phrase before any other name.
  const inPhrase = (n: NameMention) => n.start >= start && n.end <= start + phrase.length;
  const name = names.find((n) => inPhrase(n) && n.kind === "person") ?? names.find((n) => inPhrase(n) && n.kind !== "place");
  const nextName = names.find((n) => n.start >= start && n.start <= start + phrase.length + 2);
  if (name) return { kind: "name", mention: name };
  // "…," said Dmytro Lubinets, the ombudsman: the name may sit after a comma.
  if (nextName && nextName.kind !== "place") return { kind: "name", mention: nextName };
  const words = phrase.trim();
  if (words && DETERMINER.test(words) && words.split(/\s+/).length <= 10) {
    return {
      kind: "descriptor",
      start,
      end: start + phrase.trimEnd().length,
      text: context.text.slice(start, start + phrase.trimEnd().length),
    };
  }
  const place = names.find((n) => n.start === start || (n.start > start && n.start <= start + 4));
  if (place) return { kind: "name", mention: place };
  return undefined;
}

function speakerBefore(
  context: ExtractContext,
  sentence: Sentence,
  verbStart: number,
  beforeText: string,
  names: NameMention[],
): Speaker | undefined {
  // The clause before the verb: after the last quote (or sentence start).
  const lastQuote = beforeText.lastIndexOf("\uE000");
  let segmentStart = sentence.start + lastQuote + 1;
  let segment = context.text.slice(segmentStart, verbStart);
  const lead = /^[\s,;:—-]*(?:and|but|while|as|then|so)?\s*/i.exec(segment)![0].length;
  segmentStart += lead;
  segment = segment.slice(lead);
  if (!segment.trim()) return undefined;
  const trimmed = withoutTrailingFiller(segment).trimEnd();
  const lastWord = trimmed.slice(runStartAtEnd(trimmed, (c) => !isSpace(c)));
  if (PRONOUN.test(lastWord)) return { kind: "pronoun", word: lastWord, start: segmentStart + trimmed.length - lastWord.length };
  // A place after a preposition ("An eyewitness in Ramidanda, who …, said") says where the speaker is, not who.
  const inSegment = names.filter(
    (n) =>
      n.start >= segmentStart &&
      n.end <= verbStart &&
      !(
        n.kind === "place" &&
        /\b(?:in|at|from|near|of|on|outside|inside)\s+(?:the\s+)?$/i.test(context.text.slice(segmentStart, n.start))
      ),
  );
  const between = (n: NameMention) => context.text.slice(n.end, verbStart);
  const subject = inSegment.filter((n) => isFiller(between(n)) && !/,/.test(between(n)));
  if (subject.length > 0) return { kind: "name", mention: subject[subject.length - 1]! };
  const appositive = inSegment.find((n) =>
    /^,\s*(?:a|an|the|who|whose|which|[\p{Ll}-]+)\b[^\uE000]*,\s*(?:\w+ly\s+)?(?:has\s+|had\s+)?$/u.test(between(n)),
  );
  if (appositive) return { kind: "name", mention: appositive };
  // "The spokesman for the coast guard, Lars Eide, said": the name set off by commas just before the verb.
  // "A trader who gave his name only as Modu, 34, said": an age between the name and the verb.
  const setOff = inSegment.filter((n) => /^\s*,\s*(?:\d{1,3}\s*,\s*)?$/.test(between(n)));
  if (setOff.length > 0) return { kind: "name", mention: setOff[setOff.length - 1]! };
  // An unnamed speaker described, then set off: "A navy officer at the scene, who was not authorised …, said",
  // "A shopkeeper in Sialkot who did not want to be named said"; a lone name set off last is theirs ("A woman who
  // survived …, Rokeya, said").
  const described = /^(?:A|An|One)\s+[\p{Ll}-]+(?:\s+[^\s,]+){0,5}?(?=\s*,|\s+who\b)/u.exec(trimmed);
  if (described) {
    const lone = /,\s*(\p{Lu}[\p{Ll}'’-]+),?$/u.exec(trimmed);
    if (lone && !NOT_A_NAME.test(lone[1]!)) {
      const at = segmentStart + lone.index + lone[0].indexOf(lone[1]!);
      return { kind: "descriptor", start: at, end: at + lone[1]!.length, text: lone[1]! };
    }
    return { kind: "descriptor", start: segmentStart, end: segmentStart + described[0].length, text: described[0] };
  }
  // Subjects of a clause only: "On Sunday, the ministry said" -> after the last comma when no apposition.
  const clause = trimmed.slice(trimmed.lastIndexOf(",") + 1).trim();
  const clauseStart = segmentStart + trimmed.lastIndexOf(clause);
  const named = inSegment.filter((n) => n.start >= clauseStart);
  if (named.length > 0 && clause.split(/\s+/).length <= 8) return { kind: "name", mention: named[named.length - 1]! };
  if (clause && DETERMINER.test(clause) && clause.split(/\s+/).length <= 10) {
    return { kind: "descriptor", start: clauseStart, end: clauseStart + clause.length, text: clause };
  }
  if (
    /^\p{Ll}+s$/u.test(clause) &&
    /^(?:officials|police|witnesses|residents|rescuers|doctors|medics|authorities|investigators|survivors|activists|analysts|experts)$/i.test(
      clause,
    )
  ) {
    return { kind: "descriptor", start: clauseStart, end: clauseStart + clause.length, text: clause };
  }
  return undefined;
}
