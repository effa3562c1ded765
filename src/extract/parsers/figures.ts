import type { Sentence } from "../context";
import { MEASURE_PHRASES, MEASURE_VERB_BEFORE, MEASURE_WORDS, VERB_MEASURE } from "./measures";
import { numberValue, type NumberMention } from "./numbers";
import { PERSON_NOUN } from "./parts";
import { confidenceOf } from "../rules";
import { isSpace, runStartAtEnd, trimEndWhile } from "../text";

/** A number the rules read as a count, with its qualifier, measure and the words that give them. */
export interface FigureFinding {
  number: NumberMention;
  sentence: Sentence;
  qualifier: string;
  /** Offsets of the number with its qualifier as written ("at least 50"). */
  valueStart: number;
  valueEnd: number;
  measure: string;
  /** The word that gave the measure. */
  measureWord: { start: number; end: number; text: string };
  rule: string;
  /** The rule's id ("measure.verb-before"): its confidence is CONFIDENCE's. */
  ruleId: string;
  confidence: number;
}

export interface NotAFigure {
  number: NumberMention;
  reason: string;
}

const MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
const UNIT_AFTER =
  /^[-\s]*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|m|cm|mm|kg|kilograms?|pounds?|lbs?|tons?|tonnes?|hours?|days?|weeks?|months?|years?|minutes?|seconds?|decades?|centuries|degrees?|mph|km\/h|kph|hectares?|acres?|square|sq|litres?|liters?|gallons?|barrels?|points?|times|storeys?|stories|floors?|per\s?cent|percent|%|°|knots|nautical|megawatts?|MW|GW|calibre|caliber|magnitude|mm|a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|BST|local\s+time|th\b|st\b|nd\b|rd\b)(?![A-Za-z])/i;
const STREET_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd|Lane|Drive|Way)/u;

const QUALIFIERS: Array<[RegExp, string]> = [
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, "at least"],
  [/\b(?:more than|upwards of|in excess of|well over|just over)\s+$/i, "more than"],
  [/\bover\s+$/i, "over"],
  [/\babout\s+$/i, "about"],
  [/\b(?:approximately|approx\.)\s+$/i, "approximately"],
  [/\baround\s+$/i, "around"],
  [/\b(?:roughly|an estimated|estimated|an approximate)\s+$/i, "about"],
  [/\bsome\s+$/i, "some"],
  [/\b(?:nearly|close to|just under|almost)\s+$/i, "nearly"],
  [/\b(?:up to|at most|a maximum of)\s+$/i, "up to"],
  [/\bas many as\s+$/i, "as many as"],
  [/\b(?:fewer than|less than|under)\s+$/i, "fewer than"],
];

const STOP_AFTER = /[.;:!?\uE000]|,\s|\s(?:and|but|while|whereas)\s+(?=\S+\s+(?:were|was|had|have)\b)/;

/** "Musa Adamu, " before a number: a name then a comma (walked back once, no end-anchored regex). */
function nameThenComma(before: string): boolean {
  const trimmed = trimEndWhile(before, isSpace);
  if (!trimmed.endsWith(",")) return false;
  const name = trimmed.slice(
    runStartAtEnd(trimmed.slice(0, -1), (c) => /[\p{L}'’-]/u.test(c)),
    -1,
  );
  return name.length >= 2 && /^\p{Lu}/u.test(name);
}

/** Why a number is not a count, or undefined when it may be one. */
export function notACount(text: string, n: NumberMention, previousDate: boolean): string | undefined {
  const before = text.slice(Math.max(0, n.start - 30), n.start);
  const after = text.slice(n.end, n.end + 30);
  if (new RegExp(`\\b(?:${MONTH})\\.?\\s+$`).test(before) || new RegExp(`^\\s+(?:of\\s+)?(?:${MONTH})\\b`).test(after))
    return "a date";
  if (previousDate && /^\s*(?:and|or|to|-|–)\s*$/.test(before.slice(-5)) && n.value <= 31) return "a date";
  if (!n.words && n.upper === undefined && /^\d{4}$/.test(n.text) && n.value >= 1800 && n.value <= 2100) return "a year";
  if (/^\d{4}$/.test(n.text.split(/[-–]/)[0]?.trim() ?? "") && n.upper !== undefined && n.value >= 1800 && n.value <= 2100)
    return "years";
  if (/^\s*(?:%|per\s?cent|percent|percentage)/i.test(after)) return "a percentage";
  if (/^-year-old|^\s*(?:-\s*)?years?(?:\s*-)?\s*old|^-month-old/i.test(after) || /\b(?:aged|age|ages)\s+$/i.test(before))
    return "an age";
  if (nameThenComma(before) && /^\s*,/.test(after) && !n.words) return "an age";
  if (/^\s*(?::\d|a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT|UTC|hrs\b|local time)/i.test(after)) return "a time";
  if (STREET_AFTER.test(after)) return "a street number";
  if (
    !n.words &&
    /\b(?:flight|no\.|number|route|highway|road|apartment|room|gate|platform|article|resolution|chapter|section|unit|building|block|level|category|magnitude|phase|terminal|ward|bus|train|line|page|model|version|grade|class|channel|district|zone|sector|runway|exit|junction|kilometre|kilometer|km)\s*$/i.test(
      before,
    )
  )
    return "an identifier or a measurement";
  if (UNIT_AFTER.test(after) && !/^\s*(?:people|persons)/i.test(after)) return "a measurement, duration or rank";
  if (/^(?:th|st|nd|rd)\b/.test(after)) return "an ordinal";
  if (/\b(?:girl|boy|child|baby|toddler|infant|son|daughter)\s+of\s+(?:about\s+|around\s+)?$/i.test(before)) return "an age";
  if (
    /^\s+(?:[\p{Ll}-]+\s+)?(?:head of|cattle|livestock|goats|sheep|cows|buffalo(?:es)?|animals|dogs|countries|nations|sides|villages|towns|provinces|coaches|carriages|vehicles|cars|ambulances|engines|fire engines|firearms|guns|weapons)\b/iu.test(
      after,
    )
  )
    return "a count of animals or things, not people";
  if (n.words && n.value === 1 && /^\s+of\s+(?:the|its|their|his|her)\b/i.test(after)) return "one of a group, not a count";
  if (/\b(?:every|each|any|no)\s+$/i.test(before) && n.value === 1) return "one of a group, not a count";
  return undefined;
}

/** The qualifier written before a number ("at least 50") and where the value's words start. */
function qualifierOf(text: string, sentence: Sentence, n: NumberMention): { qualifier: string; valueStart: number } {
  let valueStart = n.start;
  let qualifier = n.upper !== undefined ? "range" : "exact";
  const before = text.slice(Math.max(sentence.start, n.start - 40), n.start);
  if (n.upper === undefined) {
    for (const [pattern, canonical] of QUALIFIERS) {
      const m = pattern.exec(before);
      if (m) {
        qualifier = canonical;
        valueStart = n.start - (before.length - m.index) + (/^\s/.test(m[0]) ? 1 : 0);
        while (/\s/.test(text[valueStart] ?? "")) valueStart++;
        break;
      }
    }
  }
  return { qualifier, valueStart };
}

/**
 * A number with no measure of its own that counts part or all of the count just before it: "seven of them
 * children", "nearly 23,000 of them in Sisaket", "about 30 in all", "including two signalmen". It takes that count's
 * measure.
 */
export function partOfCount(
  text: string,
  sentence: Sentence,
  n: NumberMention,
  previous: FigureFinding,
): FigureFinding | undefined {
  const after = text.slice(n.end, n.end + 40);
  const before = text.slice(Math.max(sentence.start, n.start - 30), n.start);
  const part =
    /^\s+(?:[\p{L}-]+\s+)?of\s+(?:them|those|whom)\b/u.test(after) ||
    /^\s+(?:in all|in total|altogether)\b/.test(after) ||
    /\bincluding\s+$/.test(before);
  if (!part) return undefined;
  const { qualifier, valueStart } = qualifierOf(text, sentence, n);
  return {
    number: n,
    sentence,
    qualifier,
    valueStart,
    valueEnd: n.end,
    measure: previous.measure,
    measureWord: previous.measureWord,
    rule: "part or total of the count before",
    ruleId: "measure.part-of-count",
    confidence: confidenceOf("measure.part-of-count"),
  };
}

/**
 * The measure of a number from the words around it: a verb right before ("killing at least 50"), the words after it
 * up to the end of the clause ("11 wounded", "50 people were killed", "two of them died", "20 rockets"), or a measure
 * word earlier in the clause ("the death toll rose to 65").
 */
export function findFigure(text: string, sentence: Sentence, n: NumberMention, masked: string): FigureFinding | NotAFigure {
  const { qualifier, valueStart } = qualifierOf(text, sentence, n);
  const found = (measure: string, start: number, end: number, rule: string, ruleId: string): FigureFinding => ({
    number: n,
    sentence,
    qualifier,
    valueStart,
    valueEnd: n.end,
    measure,
    measureWord: { start, end, text: text.slice(start, end) },
    rule,
    ruleId,
    confidence: confidenceOf(ruleId),
  });

  // 1. A verb right before the number (qualifier and "a further", "another" between).
  const head = text
    .slice(Math.max(sentence.start, valueStart - 30), valueStart)
    .replace(/\b(?:a further|another|an additional|some|the)\s+$/i, "");
  const verb = MEASURE_VERB_BEFORE.exec(head);
  // "lost two brothers and a cousin" counts the dead; "lost 30 homes" does not.
  const lostPeople =
    verb?.[1]!.toLowerCase() !== "lost" ||
    new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?${PERSON_NOUN}\\b`, "iu").test(text.slice(n.end, n.end + 40)) ||
    new RegExp(`${PERSON_NOUN}$`, "iu").test(n.text);
  if (verb && VERB_MEASURE[verb[1]!.toLowerCase()] && lostPeople) {
    const start = Math.max(sentence.start, valueStart - 30) + verb.index + verb[0].indexOf(verb[1]!);
    return found(
      VERB_MEASURE[verb[1]!.toLowerCase()]!,
      start,
      start + verb[1]!.length,
      "verb before the number",
      "measure.verb-before",
    );
  }
  // 2. A measure word earlier in the clause that this number completes ("the death toll … rose to 65", "the number
  // of injured at more than 140").
  const lead = masked.slice(0, valueStart - sentence.start);
  const clauseStart = Math.max(lead.lastIndexOf(";"), lead.lastIndexOf(":"), lead.lastIndexOf("\uE000"));
  const earlier = lead.slice(clauseStart + 1);
  if (
    /\b(?:rose|risen|climbed|jumped|increased|reached|stood at|stands at|was|is|at|to|of|hit|totall?ed|numbered|surpassed|topped|exceeded)\s*$/i.test(
      earlier,
    )
  ) {
    const words = [...earlier.matchAll(/[\p{L}-]+/gu)].slice(-16);
    for (let i = words.length - 1; i >= 0; i--) {
      const m = words[i]!;
      const word = m[0].toLowerCase();
      const measure = MEASURE_WORDS.get(word) ?? MEASURE_WORDS.get(word.replace(/s$/, ""));
      if (!measure || (VERB_MEASURE[word] && !/\b(?:number|total|toll|count|tally)\s+of\s+$/i.test(earlier.slice(0, m.index))))
        continue;
      const start = sentence.start + clauseStart + 1 + m.index;
      return found(measure, start, start + m[0].length, "measure before the number", "measure.word-before");
    }
  }
  // 3. Words after the number, to the end of its clause: a phrase ("taken to hospital", "swept away") or a word.
  const rel = n.end - sentence.start;
  // "Two brothers, aged 9 and 12, were electrocuted": an age set off by commas is not the end of the clause.
  // "Two brothers, aged 9 and 12, were electrocuted", "11 people, most of them rescuers, had been treated": an aside
  // set off by commas is not the end of the clause.
  let asideLength = 0;
  const tail = masked
    .slice(rel)
    .replace(
      /^(\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)(,\s*(?:aged\s+\d{1,3}(?:\s*(?:and|or|to|-)\s*\d{1,3})?|(?:most|many|some|all|several|half) of them [\p{L}-]+|including [^,.;]{1,60})\s*,)/u,
      (_, noun: string, aside: string) => {
        asideLength = aside.length;
        return noun + " ".repeat(aside.length);
      },
    );
  // "four of those taken to hospital died": the phrase describes the group; the verb after it counts.
  const partitive = /^\s+of\s+(?:those|the people|the passengers)\b/i.test(tail);
  const stop = STOP_AFTER.exec(tail);
  const clause = tail.slice(0, stop ? stop.index : tail.length);
  for (const [pattern, measure] of partitive ? [] : MEASURE_PHRASES) {
    const m = pattern.exec(clause);
    if (m && m.index <= 60 + asideLength) {
      const start = n.end + m.index;
      return found(measure, start, start + m[0].length, "measure phrase after the number", "measure.phrase-after");
    }
  }
  const wordPattern = /[\p{L}\p{N}][\p{L}\p{N},.-]*/gu;
  let count = 0;
  for (let m = wordPattern.exec(clause); m && count < 9; m = wordPattern.exec(clause), count++) {
    if (/^\d/.test(m[0]) || numberValue(m[0]) !== undefined) break;
    const word = trimEndWhile(m[0].toLowerCase(), (c) => c === "," || c === ".");
    const measure = MEASURE_WORDS.get(word) ?? MEASURE_WORDS.get(word.replace(/s$/, ""));
    if (measure && !(word === "toll")) {
      // "three bombers killed about 30 people": a verb with its own count after it counts that one, not this.
      if (
        VERB_MEASURE[word] &&
        /^\s+(?:(?:at least|more than|about|some|nearly|almost|around|over|up to)\s+)?(?:\d|a dozen|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)/i.test(
          clause.slice(m.index + m[0].length),
        )
      ) {
        break;
      }
      const start = n.end + m.index;
      return found(
        measure,
        start,
        start + word.length,
        "measure after the number",
        count <= 3 ? "measure.word-after" : "measure.word-after-far",
      );
    }
  }
  return { number: n, reason: "no measure (killed, injured, ...) near it" };
}
