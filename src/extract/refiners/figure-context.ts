import type { ExtractContext } from "../context";
import type { Attribution } from "../parsers/attribution";
import type { DateFinding } from "../parsers/dates";
import type { FigureFinding } from "../parsers/figures";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";
import { COUNTRIES } from "../gazetteer";

/** Countries and territories with a people of their own (the gazetteer's cities have none). */
const COUNTRY_NAMES = new Set(Object.keys(COUNTRIES).filter((name) => COUNTRIES[name]!.length > 0));

export interface FigureSubject {
  entity: Entity;
  basis: "stated" | "implied" | "inferred";
  rule: string;
}

const LOCATIVE =
  /\b(?:in|at|near|across|outside|inside|throughout|on|from|around|within)\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** "north of Cairo": a place the text is measured from, not the place itself. */
const RELATIVE =
  /\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of\s+$/i;
const WHO_ACTS = new Set(["rockets launched", "attacks", "funding"]);
/** Counted words that name a group of its own: armed forces, crews, staff, accused. */
const GROUP_NOUN =
  /^(?:soldiers|troops|operatives|fighters|militants|gunmen|policemen|police officers|officers|crew members|crew|employees|staff|accomplices|signalmen|guards|rebels|members)$/i;
/** Counted words that say who without making a group ("41 people were arrested", "70 protesters"). */
const PLAIN_PEOPLE = /^(?:people|persons|protesters|demonstrators|suspects|others|civilians|residents|men|women|children)$/i;
const CLAUSE_BREAK = /,\s+(?:and|but|while|whereas)\s|;|\s—\s/;

/**
 * The group a count names when it counts a force, a crew or the accused ("four crew members" detained, "five Thai
 * soldiers" wounded, "two of its soldiers" dead): the counted words, as a group of their own.
 */
function countedGroup(
  context: ExtractContext,
  figure: FigureFinding,
  groups: Map<string, Entity>,
): { entity: Entity; basis: "stated"; rule: string } | undefined {
  const after = context.text.slice(figure.number.end, figure.number.end + 60);
  // The counted words: up to three after the number (or after "of its"), before a verb, a preposition or a comma.
  const lead = /^\s*(?:of\s+(?=(?:its|their|his|her)\s))?/.exec(after)![0].length;
  const tokens = [...after.slice(lead).matchAll(/[\p{L}-]+|[^\p{L}\s-]/gu)].slice(0, 4);
  const arrest = figure.measure === "arrested" || figure.measure === "hostages";
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]![0];
    if (
      !/^[\p{L}-]+$/u.test(word) ||
      /^(?:were|was|had|have|been|are|is|in|at|on|from|to|of|and|who|after|for|including)$/i.test(word)
    )
      break;
    if (GROUP_NOUN.test(word) || (i + 1 < tokens.length && GROUP_NOUN.test(`${word} ${tokens[i + 1]![0]}`))) {
      last = GROUP_NOUN.test(word) && !(tokens[i + 1] && /^members$/i.test(tokens[i + 1]![0])) ? i : i + 1;
      break;
    }
    if (arrest && /s$/i.test(word) && !PLAIN_PEOPLE.test(word)) last = i;
  }
  if (last < 0) return undefined;
  const words = context.text.slice(
    figure.number.end + lead,
    figure.number.end + lead + tokens[last]!.index! + tokens[last]![0].length,
  );
  const key = words.toLowerCase();
  let entity = groups.get(key);
  const start = figure.number.end + lead;
  const mention = { start, end: start + words.length, exact: context.text.slice(start, start + words.length) };
  if (!entity) {
    entity = {
      key,
      kind: "organization",
      name: words,
      aliases: [],
      mentions: [mention],
      roles: [],
      confidence: 0.5,
      rule: "counted group",
    };
    groups.set(key, entity);
  } else entity.mentions.push(mention);
  return { entity, basis: "stated", rule: "subject: the group counted" };
}

/**
 * The place or group a figure counts: a name among the counted words ("1,400 Israelis", "six Hamas operatives"), a
 * force, crew or the accused counted ("four crew members"), a place after "in"/"at" in the number's own clause, the
 * figure before it in the same sentence, then the story's place (the lead's, made precise by where the event
 * "happened"). For rockets, attacks and money, the group that acts, named before the number, comes first.
 */
export function figureSubject(
  context: ExtractContext,
  figure: FigureFinding,
  previous: { figure: FigureFinding; subject: FigureSubject } | undefined,
  /** Name mentions grouped by sentence index. */
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
  groups: Map<string, Entity> = new Map(),
): FigureSubject | undefined {
  const { text } = context;
  const sentence = figure.sentence;
  const entityOf = (m: NameMention) => byMention.get(m);
  const inSentence = namesIn[sentence.index]!.filter(
    (m) =>
      m.start >= sentence.start &&
      m.end <= sentence.end &&
      entityOf(m) &&
      entityOf(m)!.kind !== "person" &&
      entityOf(m)!.kind !== "unnamed",
  );
  const clauseEnd = (() => {
    // An aside set off by commas ("11 people, most of them rescuers, had been treated at …") does not end the clause.
    let aside = 0;
    const rest = text
      .slice(figure.number.end, sentence.end)
      .replace(
        /^(\s+(?:[\p{L}-]+\s+)?[\p{L}-]+)(,\s*(?:aged\s+[\d\s\p{L}-]{1,12}?|(?:most|many|some|all|several|half) of them [\p{L}-]+|including [^,.;]{1,60}),)/u,
        (_, noun: string, words: string) => {
          aside = words.length;
          return noun + " ".repeat(words.length);
        },
      );
    const stop = /[.;:]|,\s|\s(?:and|but)\s/.exec(rest);
    return figure.number.end + Math.min(stop ? stop.index : rest.length, 80 + aside);
  })();
  // Among the counted words: right after the number, with no preposition between ("1,400 Israelis").
  const counted = inSentence.find(
    (m) =>
      m.start >= figure.number.end &&
      m.end <= Math.max(clauseEnd, figure.measureWord.end) &&
      !/\b(?:in|at|from|near|on|into|to|across|of)\b/i.test(text.slice(figure.number.end, m.start)),
  );
  // For rockets, attacks and money, any name in the counted words ("attacks … from Lebanese territory").
  const countedLoose = inSentence.find(
    (m) => m.start >= figure.number.end && m.end <= Math.max(clauseEnd, figure.measureWord.end),
  );
  if (WHO_ACTS.has(figure.measure)) {
    const actor = [...inSentence]
      .reverse()
      .find(
        (m) =>
          (m.end <= figure.valueStart && entityOf(m)!.kind !== "place") ||
          (m.end <= figure.valueStart && m.rule === "gazetteer" && figure.measure === "funding"),
      );
    if (actor && figure.measure !== "attacks")
      return { entity: entityOf(actor)!, basis: "stated", rule: "subject: who acts, named before" };
    const force = forceBefore(context, figure, groups);
    if (force) return force;
    if (countedLoose) return { entity: entityOf(countedLoose)!, basis: "stated", rule: "subject: named among the counted words" };
    if (actor) return { entity: entityOf(actor)!, basis: "stated", rule: "subject: who acts, named before" };
  }
  const group = countedGroup(context, figure, groups);
  if (group) return group;
  if (counted) return { entity: entityOf(counted)!, basis: "stated", rule: "subject: named among the counted words" };
  // A hospital is where its patients are counted ("71 people were being treated at Benha University Hospital").
  const hospital = (m: NameMention) => /\b(?:Hospital|Clinic|Medical Cent(?:re|er))$/.test(entityOf(m)!.name);
  const places = inSentence.filter((m) => (entityOf(m)!.kind === "place" || hospital(m)) && m.rule !== "dateline");
  const locative = places.filter(
    (m) =>
      (LOCATIVE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) ||
        (hospital(m) && /\bto\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 10), m.start)))) &&
      !RELATIVE.test(text.slice(Math.max(sentence.start, m.start - 20), m.start)) &&
      // ", also in Cundinamarca,": an aside placing another place, not the count.
      !/,\s*also\s+in\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 20), m.start)),
  );
  const nearest = (list: NameMention[]) =>
    list.reduce<NameMention | undefined>((best, m) => {
      const d = m.start >= figure.number.end ? m.start - figure.number.end : figure.valueStart - m.end;
      const bd = best
        ? best.start >= figure.number.end
          ? best.start - figure.number.end
          : figure.valueStart - best.end
        : Infinity;
      return d < bd ? m : best;
    }, undefined);
  // A place named for this number, unless another number of the sentence sits between them and has its own.
  const sameSentencePrevious = previous && previous.figure.sentence.index === sentence.index ? previous : undefined;
  // After the number, only a place in its own clause ("27 died in Rukum West"); before it, the nearest in its clause.
  const loc = nearest(
    locative.filter(
      (m) =>
        !(sameSentencePrevious && m.end <= sameSentencePrevious.figure.valueStart) &&
        (m.end <= figure.valueStart ? !CLAUSE_BREAK.test(text.slice(m.end, figure.valueStart)) : m.start <= clauseEnd),
    ),
  );
  const locus = storyPlace(context, namesIn, byMention);
  // The lead's whole country ("in central Colombia") is the setting; where the event happened is the count's place.
  if (loc && sentence.index === 0 && broad(entityOf(loc)!) && locus && !broad(locus))
    return { entity: locus, basis: "inferred", rule: "subject: the place of the story, more precise than the lead's" };
  if (loc) return { entity: entityOf(loc)!, basis: "stated", rule: "subject: place after in/at, nearest" };
  if (sameSentencePrevious)
    return { entity: sameSentencePrevious.subject.entity, basis: "implied", rule: "subject: as the figure before" };
  // "Sindh's health department put its toll at 23": a province or town that owns the body counting.
  // A country owning it counts only when the story has no more precise place ("Lebanon's Hezbollah said …").
  const owner = places.find(
    (m) =>
      m.end <= figure.valueStart &&
      /^['’]s\b/.test(text.slice(m.end, m.end + 2)) &&
      (!broad(entityOf(m)!) || !locus || broad(locus)),
  );
  if (owner) return { entity: entityOf(owner)!, basis: "implied", rule: "subject: the place whose body counts" };
  const country = (name: string | undefined) =>
    name ? [...byMention.values()].find((e) => e.kind === "place" && e.name === name) : undefined;
  // "Thai officials said the death toll on their side …": the country of the body that counts.
  const body = BODY_OF_A_COUNTRY.exec(text.slice(sentence.start, figure.valueStart));
  const bodyCountry = country(body ? DEMONYM_COUNTRY.get(body[1]!) : undefined);
  if (bodyCountry) return { entity: bodyCountry, basis: "implied", rule: "subject: the country of the body that counts" };
  // Background ("An earthquake in April 2015 killed nearly 9,000"): a count of another year is the country's, not
  // the story's place: the country named in this sentence or the one before, else the dateline's.
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(sentence.text)?.[1];
  if ((year && context.published && Number(year) < context.published.getUTCFullYear()) || /\blast year\b/i.test(sentence.text)) {
    const named = [sentence.index, sentence.index - 1]
      .flatMap((i) => namesIn[i] ?? [])
      .map((m) => entityOf(m))
      .find((e) => e?.kind === "place" && COUNTRY_NAMES.has(e.name));
    const home = named ?? datelineCountry(context, namesIn, byMention);
    if (home) return { entity: home, basis: "inferred", rule: "subject: a count of another year, the country's" };
  }
  if (locus) return { entity: locus, basis: "inferred", rule: "subject: the place of the story" };
  if (previous) return { entity: previous.subject.entity, basis: "inferred", rule: "subject: as the last figure" };
  return undefined;
}

/** Who a figure comes from: an attribution in its sentence (stated), or in the next sentence of its paragraph (implied). */
export function figureAttribution(
  context: ExtractContext,
  figure: FigureFinding,
  attributions: Map<number, { attribution: Attribution; entity: Entity }>,
): { entity: Entity; basis: "stated" | "implied"; text: { start: number; end: number } } | undefined {
  const own = attributions.get(figure.sentence.index);
  if (own)
    return {
      entity: own.entity,
      basis: "stated",
      text: own.entity.mentions.find((m) => m.start >= figure.sentence.start && m.end <= figure.sentence.end) ?? figure.sentence,
    };
  const next = context.sentences[figure.sentence.index + 1];
  const theirs = next && next.paragraph === figure.sentence.paragraph ? attributions.get(next.index) : undefined;
  if (theirs && /\b(?:said|says|reported|according to)\b/i.test(theirs.attribution.verb.text)) {
    return {
      entity: theirs.entity,
      basis: "implied",
      text: theirs.entity.mentions.find((m) => m.start >= next!.start && m.end <= next!.end) ?? next!,
    };
  }
  return undefined;
}

/** The date of a figure: a date in its sentence, if any. */
export function figureDate(figure: FigureFinding, datesIn: DateFinding[][]): DateFinding | undefined {
  return datesIn[figure.sentence.index]!.find((d) => d.start >= figure.sentence.start && d.end <= figure.sentence.end);
}

const DEMONYM_COUNTRY = new Map<string, string>();
for (const [name, words] of Object.entries(COUNTRIES))
  for (const word of words) if (!/s$/.test(word)) DEMONYM_COUNTRY.set(word, name);
const DEMONYM_WORDS = [...DEMONYM_COUNTRY.keys()].filter((w) => /^\p{Lu}[\p{Ll}]+$/u.test(w)).join("|");
const BODY_OF_A_COUNTRY = new RegExp(
  `\\b(${DEMONYM_WORDS})\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}?(?:officials|authorities|[Mm]inistry|[Gg]overnment|[Aa]rmy|[Pp]olice|[Mm]ilitary)\\b`,
  "u",
);
const FORCE_BEFORE = new RegExp(`\\b(${DEMONYM_WORDS})\\s+(forces|units|troops|soldiers|gunners|artillery)\\b`, "gu");

/** "Cambodian units had fired BM-21 rockets": the force named before the number, as a group of its own. */
function forceBefore(
  context: ExtractContext,
  figure: FigureFinding,
  groups: Map<string, Entity>,
): { entity: Entity; basis: "stated"; rule: string } | undefined {
  const before = context.text.slice(figure.sentence.start, figure.valueStart);
  const all = [...before.matchAll(FORCE_BEFORE)];
  const m = all[all.length - 1];
  if (!m) return undefined;
  const start = figure.sentence.start + m.index!;
  const mention = { start, end: start + m[0].length, exact: m[0] };
  const key = m[0].toLowerCase();
  let entity = groups.get(key);
  if (!entity) {
    entity = {
      key,
      kind: "organization",
      name: m[0],
      aliases: [],
      mentions: [mention],
      roles: [],
      confidence: 0.5,
      rule: "force named",
    };
    groups.set(key, entity);
  } else if (!entity.mentions.some((x) => x.start === start)) entity.mentions.push(mention);
  return { entity, basis: "stated", rule: "subject: the force that fired, named before" };
}

/** The country of the dateline ("NAIROBI, Kenya —"), when the draft knows it as a place. */
function datelineCountry(
  context: ExtractContext,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
): Entity | undefined {
  const dash = /^[^\n]{0,60}?\s[—–-]\s/.exec(context.text);
  if (!dash) return undefined;
  const named = (namesIn[0] ?? []).find((m) => m.end <= dash[0].length && COUNTRY_NAMES.has(byMention.get(m)?.name ?? ""));
  return named ? byMention.get(named) : undefined;
}

/** A whole country, or a country's part named by a compass word ("central Colombia"). */
const broad = (entity: Entity) => COUNTRY_NAMES.has(entity.name.replace(/^\p{Ll}\S*\s+(?=\p{Lu})/u, ""));

/**
 * The place the story is about: the lead's first place after "in"/"at" (else its first place; not the dateline, not a
 * place it is measured from, "north of Cairo"). "In Nairobi and eight other towns" widens it to the dateline's
 * country. When that is a whole country, or the lead has none, the place where the event "happened" in the next
 * paragraphs is more precise (a town named as such first).
 */
const storyPlaces = new WeakMap<ExtractContext, { place: Entity | undefined }>();
function storyPlace(context: ExtractContext, namesIn: NameMention[][], byMention: Map<NameMention, Entity>): Entity | undefined {
  // One answer per draft: every figure without a place of its own asks.
  const known = storyPlaces.get(context);
  if (known) return known.place;
  const place = findStoryPlace(context, namesIn, byMention);
  storyPlaces.set(context, { place });
  return place;
}

function findStoryPlace(
  context: ExtractContext,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
): Entity | undefined {
  const { text } = context;
  // "KATHMANDU, Nepal —": the dateline says where the reporter is.
  const dash = /^[^\n]{0,60}?\s[—–-]\s/.exec(text);
  const datelineEnd = dash ? dash[0].length : 0;
  const placesOf = (i: number) =>
    (namesIn[i] ?? []).filter(
      (m) =>
        byMention.get(m)?.kind === "place" &&
        m.start >= datelineEnd &&
        m.rule !== "dateline" &&
        m.rule !== "demonym" &&
        !RELATIVE.test(text.slice(Math.max(0, m.start - 20), m.start)),
    );
  const first = placesOf(0);
  const locative = first.find((m) => LOCATIVE.test(text.slice(Math.max(0, m.start - 40), m.start)));
  const chosen = locative ?? first[0];
  let lead = chosen ? byMention.get(chosen) : undefined;
  if (
    chosen &&
    /^\s+and\s+(?:at least\s+|some\s+|about\s+)?\S+\s+other\s+(?:towns|cities|districts|provinces|regions|counties|states)\b/i.test(
      text.slice(chosen.end, chosen.end + 60),
    )
  ) {
    const country = (namesIn[0] ?? []).find((m) => m.rule === "gazetteer" && byMention.get(m)?.kind === "place");
    if (country) lead = byMention.get(country);
  }
  if (!lead || !broad(lead)) return lead;
  const firstParagraphs = context.sentences.filter((s) => s.paragraph <= (context.sentences[0]?.paragraph ?? 0) + 2);
  for (const s of firstParagraphs) {
    if (!/\b(?:happened|occurred|took place|struck|erupted|broke out)\b/i.test(s.text)) continue;
    const here = placesOf(s.index).filter(
      (m) => LOCATIVE.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && !broad(byMention.get(m)!),
    );
    const town =
      here.find((m) => /\b(?:town|village|city) of\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) ??
      here.find((m) => /^,\s+a\s+(?:town|village|city)\b/i.test(text.slice(m.end, m.end + 15))) ??
      here[0];
    if (town) return byMention.get(town);
  }
  return lead;
}
