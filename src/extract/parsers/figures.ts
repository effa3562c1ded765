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
  /** The count this one is part of, or is counted on top of, with the words that say so (never summed). */
  relation?: { kind: "part of" | "in addition to"; to: FigureFinding; start: number; end: number };
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
    /^\s+(?:(?!(?:in|at|on|near|during|after|from|over)\s)[\p{Ll}-]+\s+)?(?:head of|cattle|livestock|goats|sheep|cows|buffalo(?:es)?|animals|dogs|countries|nations|sides|villages|towns|provinces|coaches|carriages|vehicles|cars|ambulances|engines|fire engines|firearms|guns|weapons)\b/iu.test(
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

/** "of them", "of the dead" after a number: it counts part of a count named before. */
const PART_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?of\s+(?:them|those|whom|the\s+(?:dead|victims|injured|wounded|missing|deceased|casualties))\b/u;
/** "among them", "Of the dead," before a number: what follows is part of a count named before. */
const PART_BEFORE =
  /\b(?:including|among\s+(?:them|the\s+dead|the\s+victims|those)(?:\s+(?:were|was|are))?|of\s+(?:the|those)\s+(?:dead|victims|injured|wounded)\s*,)\s*$/i;
/** "Of the 11 who died, six …": a count's parts listed after it in the sentence that opens with it. */
const OF_THE_COUNT = /^\s*,\s+$|^\s+(?:who|that)\s+(?:died|were\s+killed|were\s+injured|were\s+wounded)\s*,\s+$/i;
/** What joins one item of a list to the next: ", ", "; ", ": ", " and ", ", and ". */
const LIST_JOIN = /(?:[,;:]|\band)\s*$/;
/** Lower-case words a list item's place may have ("in Ghoryan district, 41"). */
const PLACE_NOUNS = new Set(["district", "province", "state", "county", "division", "region", "city", "town", "village", "department", "governorate", "municipality"]); // prettier-ignore
/** "Of the dead, 12 …", "of the injured, five …": the measure word of the whole before a part. */
const OF_THE_NAMED =
  /\b(?:of\s+the\s+(dead|injured|wounded|missing)\s*,|among\s+the\s+(dead|injured|wounded|missing)(?:\s+(?:were|was|are))?)\s*$/i;
/** "up from 61", "down from about 25,000": an earlier count of the same measure. */
const EARLIER = /\b(?:up|down)\s+from\s+$/i;
/** "another 11", "a further 20", "an additional 3": a count on top of one before. */
const ANOTHER_BEFORE = /\b(?:another|a\s+further|an\s+additional)\s+$/i;
/** "four more", "three others", "11 other people": a count on top of one before. */
const MORE_AFTER = /^\s+(?:more|others|other)\b/i;

/** " more soldiers and ", " civilians, ": one counted noun, then the list's joint. */
const COUNTED_THEN_AND = /^\s+(?:more\s+)?[\p{Ll}-]+(?:\s+and|,)\s+$/u;
const PERSON_AFTER = new RegExp(`^\\s+${PERSON_NOUN}\\b`, "iu");
const PART_RULES = new Set(["measure.part-of-count", "measure.of-the-named"]);
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The words between a count and the number after it name only the next item of a list: a place ("Mangochi 5",
 * "St Elizabeth 11", "in Ghoryan district, 41"), after a list's joint.
 */
function placeItem(gap: string): boolean {
  // "with 17 deaths, followed by Mogovolas (six) and Moma (five)": a list with its counts in brackets.
  const m = /^\)?(?:\s*[,;:]\s|,?\s+and\s)(?:followed\s+by\s+)?/.exec(gap);
  if (!m) return false;
  // "Hospital received 31 of the injured and Aminu Kano Teaching Hospital another 21".
  const rest = words(gap.slice(m[0].length).replace(/,\s*$|\s\($|\sanother\s$/, ""));
  let i = 0;
  if (rest[i] === "in" || rest[i] === "at") i++;
  if (rest[i] === "the") i++;
  const name = rest.slice(i);
  return (
    name.length >= 1 &&
    name.length <= 4 &&
    /^\p{Lu}/u.test(name[0]!) &&
    name.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PLACE_NOUNS.has(w) || w === "de" || w === "del")
  );
}

/**
 * A number with no measure of its own that takes the measure of the count just before it, with the rule that says
 * why: a part of it ("seven of them children", "Of the dead, 12 were women and five were children", "among them two
 * farmers", "including two signalmen", "about 30 in all"), the next item of its list ("Chikwawa has recorded 6 deaths,
 * Mangochi 5 and Lilongwe 4", "nine in Machala … and two in Santa Rosa"), an earlier count ("87, up from 61"), or a
 * count on top of it ("four more", "another 11").
 */
export function partOfCount(
  text: string,
  sentence: Sentence,
  n: NumberMention,
  previous: FigureFinding,
): FigureFinding | undefined {
  const after = text.slice(n.end, n.end + 40);
  const before = text.slice(Math.max(sentence.start, n.start - 30), n.start);
  const { qualifier, valueStart } = qualifierOf(text, sentence, n);
  const sameSentence = previous.sentence.index === sentence.index;
  const gapStart = Math.max(previous.valueEnd, previous.measureWord.end);
  const gap = sameSentence && gapStart <= valueStart ? text.slice(gapStart, valueStart) : undefined;
  const nearGap = gap !== undefined && gap.length <= 100 && !/[.!?]/.test(gap) ? gap : undefined;
  const make = (ruleId: string, rule: string, relation?: FigureFinding["relation"]): FigureFinding => ({
    number: n,
    sentence,
    qualifier,
    valueStart,
    valueEnd: n.end,
    measure: previous.measure,
    measureWord: previous.measureWord,
    rule,
    ruleId,
    confidence: confidenceOf(ruleId),
    ...(relation ? { relation } : {}),
  });
  // The whole a part belongs to: the count before, or the whole that count is itself part of.
  const whole = previous.relation?.kind === "part of" ? previous.relation.to : previous;
  const partAfter = PART_AFTER.exec(after);
  if (partAfter) {
    const start = n.end + partAfter[0].search(/\S/);
    return make("measure.part-of-count", "part of the count before", {
      kind: "part of",
      to: previous,
      start,
      end: n.end + partAfter[0].length,
    });
  }
  const partBefore = PART_BEFORE.exec(before);
  if (partBefore) {
    const start = n.start - before.length + partBefore.index;
    return make("measure.part-of-count", "part of the count before", {
      kind: "part of",
      to: whole,
      start,
      end: start + partBefore[0].trimEnd().length,
    });
  }
  if (/^\s+(?:in all|in total|altogether)\b/.test(after)) return make("measure.part-of-count", "total of the count before");
  // "Of the 11 who died, six were in Dhaka": the parts after a count named "of the".
  if (
    nearGap !== undefined &&
    OF_THE_COUNT.test(nearGap) &&
    /\bof\s+the\s+$/i.test(text.slice(Math.max(sentence.start, previous.valueStart - 8), previous.valueStart))
  )
    return make("measure.part-of-count", "part of the count before", {
      kind: "part of",
      to: previous,
      start: previous.valueStart,
      end: previous.valueEnd,
    });
  if (nearGap !== undefined && EARLIER.test(nearGap)) return make("measure.earlier-count", "an earlier count of the same");
  if (nearGap !== undefined && (placeItem(nearGap) || (LIST_JOIN.test(nearGap) && /^\s+(?:were\s+)?(?:in|at)\s/i.test(after)))) {
    // A list of parts ("Of the dead, 12 were women and five were children") stays a list of parts of the same whole.
    const relation = previous.relation?.kind === "part of" ? { ...previous.relation } : undefined;
    return make("measure.list-continues", "the next item of a list of counts", relation);
  }
  // "the bodies of three more soldiers and five civilians": the next noun of a list its measure word heads.
  if (
    nearGap !== undefined &&
    previous.measureWord.end <= previous.valueStart &&
    COUNTED_THEN_AND.test(nearGap) &&
    PERSON_AFTER.test(after) &&
    PERSON_AFTER.test(nearGap.replace(/^\s+more\s/, " "))
  )
    return make("measure.list-continues", "the next item of a list of counts");
  // "Between 20 and 25 of the injured were taken to Sharana, and another six were flown to Kabul": more of the same.
  if (nearGap !== undefined && /,?\s(?:and|while)\s(?:another|a further)\s$/.test(nearGap))
    return make("measure.list-continues", "more of the count before");
  if (PART_RULES.has(previous.ruleId) && nearGap !== undefined && LIST_JOIN.test(nearGap))
    return make(
      "measure.list-continues",
      "the next item of a list of parts",
      previous.relation?.kind === "part of" ? { ...previous.relation } : undefined,
    );
  return undefined;
}

/** A count on top of the one before ("another 11", "four more", "three others"): the words that say so, if any. */
export function inAdditionTo(
  text: string,
  sentence: Sentence,
  finding: FigureFinding,
): { start: number; end: number } | undefined {
  const before = text.slice(Math.max(sentence.start, finding.valueStart - 20), finding.valueStart);
  const another = ANOTHER_BEFORE.exec(before);
  if (another) {
    const start = finding.valueStart - before.length + another.index;
    return { start, end: start + another[0].trimEnd().length };
  }
  const more = MORE_AFTER.exec(text.slice(finding.valueEnd, finding.valueEnd + 12));
  if (more) {
    const start = finding.valueEnd + more[0].search(/\S/);
    return { start, end: finding.valueEnd + more[0].length };
  }
  return undefined;
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
    new RegExp(`${PERSON_NOUN}$`, "iu").test(n.text) ||
    // "lost three members of his family".
    /^\s+(?:members|relatives)\s+of\s+(?:his|her|their|the)\s+famil/i.test(text.slice(n.end, n.end + 40));
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
  // 2. "Of the dead, 12 were women": a part of a count named by its measure word before it.
  const ofTheNamed = OF_THE_NAMED.exec(text.slice(Math.max(sentence.start, valueStart - 30), valueStart));
  if (ofTheNamed) {
    const word = ofTheNamed[1] ?? ofTheNamed[2]!;
    const start = valueStart - ofTheNamed[0].length + ofTheNamed[0].indexOf(word);
    return found(
      MEASURE_WORDS.get(word.toLowerCase())!,
      start,
      start + word.length,
      "part of the count its words name before it",
      "measure.of-the-named",
    );
  }
  // 3. A measure word earlier in the clause that this number completes ("the death toll … rose to 65", "the number
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
  // 4. Words after the number, to the end of its clause: a phrase ("taken to hospital", "swept away") or a word.
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
