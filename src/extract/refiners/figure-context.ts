import { bySentence, type ExtractContext } from "../context";
import type { Attribution } from "../parsers/attribution";
import type { DateFinding } from "../parsers/dates";
import type { FigureFinding } from "../parsers/figures";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";
import { COUNTRIES } from "../gazetteer";
import { runRules, type Rule, type Trace } from "../rules";
import { clauseSubject } from "./clause-subject";
import { innermost } from "./place-chain";
import { type Around, namedIn, placesAround, placesOf, sentenceSetting, speakersPlace } from "./sentence-place";
import { AREA_EVENT, breadth, broad, CLAUSE_BREAK, COUNTRY_NAMES, leanedOn, locativeStart, wide } from "./place-words";
import { storyHead, type StoryHead } from "./story-head";
import { datelineCountry, storyPlace } from "./story-place";

export interface FigureSubject {
  entity: Entity;
  basis: "stated" | "implied" | "inferred";
  /** The rule's words for the review ("subject: place after in/at, nearest"). */
  rule: string;
  /** The rule's id ("place.clause-locative"). */
  id?: string;
  /** The words of the text the rule leaned on ("in Satellite Town", the dateline's "PARIS"). */
  words?: { start: number; end: number };
}

const wordsOf = (subject: FigureSubject) => (subject.words ? { words: subject.words } : {});

const WHO_ACTS = new Set(["rockets launched", "attacks", "funding"]);
/** Counted words that name a group of its own: armed forces, crews, staff, accused. */
const GROUP_NOUN =
  /^(?:soldiers|troops|operatives|fighters|militants|gunmen|policemen|police officers|officers|crew members|crew|employees|staff|accomplices|signalmen|guards|rebels|members)$/i;
/** A force's noun alone, with no word of whose force it is. */
const BARE_FORCE = /^(?:soldiers|troops|policemen|police officers|officers|members)$/i;
const mentionEnd = (figure: FigureFinding, lead: number, token: RegExpMatchArray) =>
  figure.number.end + lead + token.index! + token[0].length;
/** Counted words that say who without making a group ("41 people were arrested", "70 protesters"). */
const PLAIN_PEOPLE = /^(?:people|persons|protesters|demonstrators|suspects|others|civilians|residents|men|women|children)$/i;
/** A count of the whole story ("the death toll", "the total number of injured") is the story's, not its paragraph's. */
const STORY_TOTAL =
  /\b(?:toll|total|overall|in all|nationwide|across the country)\b|\bof the (?:dead|injured|wounded|victims|missing)\b/i;
/** A place where people are treated or sheltered, by its name's last word. */
const FACILITY =
  /\b(?:Hospital|Hospitals|Clinic|Clinics|Medical Cent(?:re|er)|Health Cent(?:re|er)|hospital|clinic|camp|Camp|shelter|Shelter)$/;
/** ", bringing the death toll to": a toll raised by the clause before, the story's whole. */
const TOLL_BROUGHT_TO = /,\s(?:bringing|raising|taking|pushing|lifting)\sthe\s(?:overall\s|total\s)?(?:death\s)?toll\sto\s$/i;
/** "Eleven were in El Oro province: nine in Machala": the place before the colon is the whole's, not the items'. */
const LIST_AFTER_COLON = /:\s/;

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
  // "three more soldiers": "more" says the count is on top of another (the figure's relation), not who is counted.
  const lead = /^\s*(?:of\s+(?=(?:its|their|his|her)\s)|(?:more|other)\s+)?/.exec(after)![0].length;
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
  // "six soldiers had died": a force counted without saying whose is counted where it fell, like anyone ("its
  // soldiers", "Thai soldiers" say whose); "three members of his family" are a family's, not a group's.
  if (
    BARE_FORCE.test(words) ||
    /^\s+of\s+(?:his|her|their|the)\s+famil/i.test(
      context.text.slice(mentionEnd(figure, lead, tokens[last]!), mentionEnd(figure, lead, tokens[last]!) + 25),
    )
  )
    return undefined;
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

/** What the place rules read of the whole draft, found once before its first figure. */
export interface DraftPlaces {
  head: StoryHead;
  /** The mention of the story's place (its entity is `byMention`'s). */
  story: NameMention | undefined;
  /** By sentence index: the paragraph's and the section's place. */
  around: readonly Around[];
}

export function draftPlaces(context: ExtractContext, namesIn: NameMention[][], byMention: Map<NameMention, Entity>): DraftPlaces {
  const head = storyHead(context);
  return {
    head,
    story: storyPlace(context, head, namesIn, byMention),
    around: placesAround(context, namesIn, (m) => byMention.get(m)),
  };
}

/** What the place rules read of one figure: its sentence's places and names, its clause, the story's place. */
interface PlaceInput {
  context: ExtractContext;
  draft: DraftPlaces;
  figure: FigureFinding;
  previous: { figure: FigureFinding; subject: FigureSubject } | undefined;
  namesIn: NameMention[][];
  byMention: Map<NameMention, Entity>;
  groups: Map<string, Entity>;
  entityOf: (m: NameMention) => Entity | undefined;
  /** Non-person names of the sentence. */
  inSentence: NameMention[];
  clauseEnd: number;
  counted: NameMention | undefined;
  countedLoose: NameMention | undefined;
  /** The last non-place actor named before the number, for rockets, attacks and money. */
  actorBefore: NameMention | undefined;
  places: NameMention[];
  /** The nearest place after in/at in the number's clause. */
  loc: NameMention | undefined;
  /** The place named as the clause's subject right before the count ("Chikwawa has recorded 6"). */
  subject: NameMention | undefined;
  sameSentencePrevious: { figure: FigureFinding; subject: FigureSubject } | undefined;
  /** For a part of a count before ("three of the dead"), the place or group that count took. */
  whole: FigureSubject | undefined;
  /** The sentence's place: its nearest place after in/at, wherever its clause ends. */
  setting: NameMention | undefined;
  /** The place of the sentences before it in its paragraph. */
  paragraph: NameMention | undefined;
  /** The place a heading above it names ("HAITI"). */
  section: NameMention | undefined;
  /** The story's place, and the mention it was chosen by. */
  locus: Entity | undefined;
  locusMention: NameMention | undefined;
}

type PlaceRule = Rule<PlaceInput, Omit<FigureSubject, "rule">>;
/** The place the count's clause names, else its sentence's. */
const leadSetting = (x: PlaceInput) => x.loc ?? x.setting;
/** A place named in the text, with the words the rule leaned on ("in the market district of Satellite Town"). */
const named = (x: PlaceInput, m: NameMention, basis: FigureSubject["basis"]): Omit<FigureSubject, "rule"> => ({
  entity: x.entityOf(m)!,
  basis,
  words: leanedOn(x.context.text, m),
});
const stated = (x: PlaceInput, m: NameMention) => named(x, m, "stated");

/**
 * The place rules, most specific first: who acts (for rockets, attacks and money), the group counted, a name among
 * the counted words, the place the count's own clause ties it to, the figure before in the sentence, the place
 * whose body counts, the story's place, the last figure's. The first that decides wins.
 */
export const PLACE_RULES: ReadonlyArray<PlaceRule> = [
  // For rockets, attacks and money the group that acts, named before the number, is what the figure is about.
  {
    name: "place.who-acts-before",
    apply: (x) =>
      WHO_ACTS.has(x.figure.measure) && x.figure.measure !== "attacks" && x.actorBefore ? stated(x, x.actorBefore) : undefined,
  },
  {
    name: "place.force-before",
    apply: (x) => (WHO_ACTS.has(x.figure.measure) ? forceBefore(x.context, x.figure, x.groups) : undefined),
  },
  {
    name: "place.named-among-counted-loose",
    apply: (x) => (WHO_ACTS.has(x.figure.measure) && x.countedLoose ? stated(x, x.countedLoose) : undefined),
  },
  {
    name: "place.who-acts-before",
    apply: (x) => (WHO_ACTS.has(x.figure.measure) && x.actorBefore ? stated(x, x.actorBefore) : undefined),
  },
  // A force, crew or the accused counted ("four crew members") is a group of its own: before any place.
  { name: "place.counted-group", apply: (x) => countedGroup(x.context, x.figure, x.groups) },
  // "1,400 Israelis": a name right after the number, no preposition between.
  { name: "place.named-among-counted", apply: (x) => (x.counted ? stated(x, x.counted) : undefined) },
  // The lead's country, region or division ("in central Colombia", "in Jonglei State") is the setting; where the event
  // happened is the count's place. A headline's count keeps the headline's place.
  {
    name: "place.story-more-precise-than-lead",
    apply: (x) =>
      leadSetting(x) &&
      x.figure.sentence.index === x.draft.head.lead &&
      wide(x.entityOf(leadSetting(x)!)!) &&
      !AREA_EVENT.test(x.figure.sentence.text) &&
      x.locus &&
      breadth(x.locus) < breadth(x.entityOf(leadSetting(x)!)!)
        ? named(x, x.locusMention!, "inferred")
        : undefined,
  },
  // "Six of the wounded died at Bor State Hospital, bringing the death toll to 38": the toll is the story's, not the
  // place of the deaths that raised it.
  {
    name: "place.story-toll",
    apply: (x) =>
      x.locusMention &&
      TOLL_BROUGHT_TO.test(x.context.text.slice(Math.max(x.figure.sentence.start, x.figure.valueStart - 50), x.figure.valueStart))
        ? named(x, x.locusMention, "inferred")
        : undefined,
  },
  // "Nampula Central Hospital has received at least 40 injured patients transferred from Angoche": a facility that
  // treats or shelters the counted is where they are, before a place the clause says they came from.
  {
    name: "place.facility-subject",
    apply: (x) => {
      // "Imam Ali Hospital in Sadr City received 27": the facility, the first of its chain.
      const subject = x.subject ? innermost(x.context.text, x.places, x.subject) : undefined;
      return subject && FACILITY.test(x.entityOf(subject)!.name) ? stated(x, subject) : undefined;
    },
  },
  // "Chikwawa has recorded 6 deaths, Mangochi 5", "In Nampula, Angoche district was hardest hit, with 17 deaths": the
  // place its clause is about, named as the clause's subject, nearer the count than a place after in/at.
  {
    name: "place.clause-subject",
    apply: (x) => (x.subject && !(x.loc && x.loc.start > x.subject.start) ? stated(x, x.subject) : undefined),
  },
  { name: "place.clause-locative", apply: (x) => (x.loc ? stated(x, x.loc) : undefined) },
  // "Sindh: 87 people killed, 310 injured; 2,400 houses damaged", "Djugu 37 42" under a table's header: the line's
  // label places every count of its line.
  {
    name: "place.line-label",
    apply: (x) => {
      const label = x.places.find((m) => m.rule === "line-label" || m.rule === "table-row");
      return label ? stated(x, label) : undefined;
    },
  },
  {
    name: "place.same-sentence-figure",
    // Only a place the figure before took from its sentence's words; one it inferred is the story's or the paragraph's.
    apply: (x) =>
      x.sameSentencePrevious && x.sameSentencePrevious.subject.basis !== "inferred"
        ? { entity: x.sameSentencePrevious.subject.entity, basis: "implied", ...wordsOf(x.sameSentencePrevious.subject) }
        : undefined,
  },
  // "Sindh's health department put its toll at 23": a province or town that owns the body counting. A country owning
  // it counts only when the story has no more precise place ("Lebanon's Hezbollah said …").
  {
    name: "place.owner-of-body",
    apply: (x) => {
      const owner = x.places.find(
        (m) =>
          m.end <= x.figure.valueStart &&
          /^['’]s\b/.test(x.context.text.slice(m.end, m.end + 2)) &&
          (!broad(x.entityOf(m)!) || !x.locus || broad(x.locus)),
      );
      return owner ? named(x, owner, "implied") : undefined;
    },
  },
  // "Thai officials said the death toll on their side …": the country of the body that counts.
  {
    name: "place.country-of-body",
    apply: (x) => {
      const body = BODY_OF_A_COUNTRY.exec(x.context.text.slice(x.figure.sentence.start, x.figure.valueStart));
      const name = body ? DEMONYM_COUNTRY.get(body[1]!) : undefined;
      const country = name ? [...x.byMention.values()].find((e) => e.kind === "place" && e.name === name) : undefined;
      return country ? { entity: country, basis: "implied" } : undefined;
    },
  },
  // "Ferry capsizes off Guwahati; 7 dead, 12 missing": a headline's count takes the headline's place, whatever the
  // punctuation between them.
  {
    name: "place.headline",
    apply: (x) => {
      if (x.figure.sentence.index !== x.draft.head.headline) return undefined;
      const first = x.places.find((m) => locativeStart(x.context.text, m, x.figure.sentence.start) !== undefined) ?? x.places[0];
      return first ? named(x, innermost(x.context.text, x.places, first), "stated") : undefined;
    },
  },
  // "Two people were killed and about 40 injured when the trains collided near Evangelismos": the sentence's place.
  { name: "place.sentence", apply: (x) => (x.setting ? named(x, x.setting, "implied") : undefined) },
  // "Officials in Mogadishu said three of the dead were children": a part of a count is where its whole is, when its
  // sentence names no place of its own; before the paragraph's and the story's, which may be a later event's.
  {
    name: "place.whole-of-part",
    apply: (x) => (x.whole ? { entity: x.whole.entity, basis: "implied", ...wordsOf(x.whole) } : undefined),
  },
  // Background ("An earthquake in April 2015 killed nearly 9,000"): a count of another year is the country's, not
  // the story's place: the country named in this sentence or the one before, else the dateline's.
  {
    name: "place.other-year-country",
    apply: (x) => {
      const { sentence } = x.figure;
      const year = /\b(1[89]\d\d|20\d\d)\b/.exec(sentence.text)?.[1];
      const otherYear =
        (year && x.context.published && Number(year) < x.context.published.getUTCFullYear()) ||
        /\blast year\b/i.test(sentence.text);
      if (!otherYear) return undefined;
      const named = [sentence.index, sentence.index - 1]
        .flatMap((i) => x.namesIn[i] ?? [])
        .map((m) => x.entityOf(m))
        .find((e) => e?.kind === "place" && COUNTRY_NAMES.has(e.name));
      const home = named ?? datelineCountry(x.draft.head, x.namesIn, x.byMention);
      return home ? { entity: home, basis: "inferred" } : undefined;
    },
  },
  // "In Utiel, the river swept through a camp site. Seven bodies have been recovered": the paragraph's place.
  {
    name: "place.paragraph",
    apply: (x) => (x.paragraph && !STORY_TOTAL.test(x.figure.sentence.text) ? named(x, x.paragraph, "inferred") : undefined),
  },
  // "HAITI" on a line of its own, then the lines about Haiti: the section's place.
  { name: "place.section", apply: (x) => (x.section ? named(x, x.section, "inferred") : undefined) },
  { name: "place.story", apply: (x) => (x.locusMention ? named(x, x.locusMention, "inferred") : undefined) },
  {
    name: "place.last-figure",
    apply: (x) =>
      x.previous ? { entity: x.previous.subject.entity, basis: "inferred", ...wordsOf(x.previous.subject) } : undefined,
  },
];

/** The prose the review shows for each place rule (the draft's `rule` text), by rule id. */
const PLACE_RULE_TEXT: ReadonlyMap<string, string> = new Map([
  ["place.who-acts-before", "subject: who acts, named before"],
  ["place.force-before", "subject: the force that fired, named before"],
  ["place.named-among-counted-loose", "subject: named among the counted words"],
  ["place.counted-group", "subject: the group counted"],
  ["place.named-among-counted", "subject: named among the counted words"],
  ["place.story-more-precise-than-lead", "subject: the place of the story, more precise than the lead's"],
  ["place.story-toll", "subject: the story's toll, the story's place"],
  ["place.facility-subject", "subject: the facility its clause is about"],
  ["place.clause-locative", "subject: place after in/at, nearest"],
  ["place.clause-subject", "subject: the place its clause is about"],
  ["place.line-label", "subject: the label of its line"],
  ["place.same-sentence-figure", "subject: as the figure before"],
  ["place.whole-of-part", "subject: as the count it is part of"],
  ["place.owner-of-body", "subject: the place whose body counts"],
  ["place.country-of-body", "subject: the country of the body that counts"],
  ["place.other-year-country", "subject: a count of another year, the country's"],
  ["place.headline", "subject: the place its headline names"],
  ["place.sentence", "subject: the place of its sentence"],
  ["place.paragraph", "subject: the place of its paragraph"],
  ["place.section", "subject: the place its section's heading names"],
  ["place.story", "subject: the place of the story"],
  ["place.last-figure", "subject: as the last figure"],
]);

/**
 * The place or group a figure counts, by the first of PLACE_RULES that decides; every rule tried goes to the trace.
 */
export function figureSubject(
  context: ExtractContext,
  figure: FigureFinding,
  previous: { figure: FigureFinding; subject: FigureSubject } | undefined,
  /** Name mentions grouped by sentence index. */
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
  draft: DraftPlaces,
  groups: Map<string, Entity> = new Map(),
  trace: Trace = () => undefined,
  placed: ReadonlyMap<FigureFinding, FigureSubject> = new Map(),
): FigureSubject | undefined {
  const input = placeInput(context, draft, figure, previous, namesIn, byMention, groups, placed);
  const item = `figure '${figure.number.text}' at ${figure.number.start}`;
  const quoted = (out: Omit<FigureSubject, "rule">) =>
    out.words ? ` from '${context.text.slice(out.words.start, out.words.end)}'` : "";
  const chosen = runRules(PLACE_RULES, input, item, trace, (out) => `${out.entity.name} (${out.basis})${quoted(out)}`);
  if (!chosen) return undefined;
  const text = PLACE_RULE_TEXT.get(chosen.rule) ?? chosen.rule;
  return { ...chosen.out, rule: `${text}${quoted(chosen.out)}`, id: chosen.rule };
}

const THEIR = /\b(?:their|its|our)\b/i;
const SPEAKS_AFTER = /^,?\s(?:said|says|told|added|announced)\b/;

function placeInput(
  context: ExtractContext,
  draft: DraftPlaces,
  figure: FigureFinding,
  previous: { figure: FigureFinding; subject: FigureSubject } | undefined,
  namesIn: NameMention[][],
  byMention: Map<NameMention, Entity>,
  groups: Map<string, Entity>,
  placed: ReadonlyMap<FigureFinding, FigureSubject>,
): PlaceInput {
  const { text } = context;
  const sentence = figure.sentence;
  const entityOf = (m: NameMention) => byMention.get(m);
  const inSentence = namedIn(namesIn[sentence.index]!, sentence, entityOf);
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
  const counted = inSentence.find(
    (m) =>
      m.start >= figure.number.end &&
      m.end <= Math.max(clauseEnd, figure.measureWord.end) &&
      // "3,200 houses damaged (DGPC, 23 Oct)": a name in brackets is the count's source, not who is counted.
      !/\b(?:in|at|from|near|on|into|to|across|of)\b|\(/i.test(text.slice(figure.number.end, m.start)),
  );
  const countedLoose = inSentence.find(
    (m) => m.start >= figure.number.end && m.end <= Math.max(clauseEnd, figure.measureWord.end),
  );
  const actorBefore = WHO_ACTS.has(figure.measure)
    ? [...inSentence]
        .reverse()
        .find(
          (m) =>
            (m.end <= figure.valueStart && entityOf(m)!.kind !== "place") ||
            (m.end <= figure.valueStart && m.rule === "gazetteer" && figure.measure === "funding"),
        )
    : undefined;
  const { places, locative } = placesOf(text, sentence, inSentence, entityOf);
  const distance = (m: NameMention) => (m.start >= figure.number.end ? m.start - figure.number.end : figure.valueStart - m.end);
  const sameSentencePrevious = previous && previous.figure.sentence.index === sentence.index ? previous : undefined;
  // After the number, only a place in its own clause ("27 died in Rukum West"); before it, the nearest in its clause,
  // unless another number of the sentence sits between them and has its own.
  let loc: NameMention | undefined;
  for (const m of locative) {
    const fits =
      !(sameSentencePrevious && m.end <= sameSentencePrevious.figure.valueStart) &&
      (m.end <= figure.valueStart
        ? !CLAUSE_BREAK.test(text.slice(m.end, figure.valueStart)) && !LIST_AFTER_COLON.test(text.slice(m.end, figure.valueStart))
        : m.start <= clauseEnd);
    // "Officials in Mogadishu said three …": where the body that speaks sits is not where the count is, unless the
    // count is theirs ("police in Shariatpur said six bodies had washed up on their bank").
    const seat =
      (speakersPlace(text, sentence, m) ||
        // "a spokesperson for the Department of Transport in Polokwane, said nine …": the speaker's words.
        (m.end <= figure.valueStart && SPEAKS_AFTER.test(text.slice(m.end, figure.valueStart)))) &&
      !THEIR.test(text.slice(figure.number.end, clauseEnd));
    if (fits && !seat && (!loc || distance(m) < distance(loc))) loc = m;
  }
  if (loc) loc = innermost(text, places, loc);
  const nearest = sentenceSetting(text, sentence, figure, locative, distance);
  const locusMention = draft.story;
  return {
    context,
    draft,
    figure,
    previous,
    namesIn,
    byMention,
    groups,
    entityOf,
    inSentence,
    clauseEnd,
    counted,
    countedLoose,
    actorBefore,
    places,
    loc,
    subject: clauseSubject(text, places, figure.valueStart),
    sameSentencePrevious,
    whole: figure.relation?.kind === "part of" ? placed.get(figure.relation.to) : undefined,
    setting: nearest ? innermost(text, places, nearest) : undefined,
    paragraph: draft.around[sentence.index]?.paragraph,
    section: draft.around[sentence.index]?.section,
    locus: locusMention ? entityOf(locusMention) : undefined,
    locusMention,
  };
}

/** Each figure's place or group, in the text's order: a figure may take the last placed figure's ("place.last-figure"). */
export interface PlacedFigures {
  subjects: Map<FigureFinding, FigureSubject>;
  /** The groups the counted words named ("four crew members"), one entity per wording, in the order first named. */
  groups: Entity[];
}

/** The place refiner: runs PLACE_RULES on every figure; the story's and paragraphs' places are read once, if any figure. */
export function placeFigures(
  context: ExtractContext,
  figures: readonly FigureFinding[],
  names: readonly NameMention[],
  byMention: Map<NameMention, Entity>,
  trace: Trace = () => undefined,
): PlacedFigures {
  const subjects = new Map<FigureFinding, FigureSubject>();
  const groups = new Map<string, Entity>();
  if (figures.length === 0) return { subjects, groups: [] };
  const namesIn = bySentence(context, names);
  const draft = draftPlaces(context, namesIn, byMention);
  let previous: { figure: FigureFinding; subject: FigureSubject } | undefined;
  for (const figure of figures) {
    const subject = figureSubject(context, figure, previous, namesIn, byMention, draft, groups, trace, subjects);
    if (!subject) continue;
    subjects.set(figure, subject);
    previous = { figure, subject };
  }
  return { subjects, groups: [...groups.values()] };
}

/** Who a figure comes from, and the words that say so. */
export interface FigureSource {
  entity: Entity;
  basis: "stated" | "implied";
  text: { start: number; end: number };
}

/** The source refiner: each figure's attribution (figureAttribution), for the figures that have one. */
export function sourceFigures(
  context: ExtractContext,
  figures: readonly FigureFinding[],
  attributions: Map<number, { attribution: Attribution; entity: Entity }>,
): Map<FigureFinding, FigureSource> {
  const sources = new Map<FigureFinding, FigureSource>();
  for (const figure of figures) {
    const source = figureAttribution(context, figure, attributions);
    if (source) sources.set(figure, source);
  }
  return sources;
}

/** The date refiner: each figure's date (figureDate), for the figures that have one. */
export function dateFigures(
  context: ExtractContext,
  figures: readonly FigureFinding[],
  dates: readonly DateFinding[],
): Map<FigureFinding, DateFinding> {
  const out = new Map<FigureFinding, DateFinding>();
  if (figures.length === 0) return out;
  const datesIn = bySentence(context, dates);
  for (const figure of figures) {
    const date = figureDate(figure, datesIn);
    if (date) out.set(figure, date);
  }
  return out;
}

/** Who a figure comes from: an attribution in its sentence (stated), or in the next sentence of its paragraph (implied). */
export function figureAttribution(
  context: ExtractContext,
  figure: FigureFinding,
  attributions: Map<number, { attribution: Attribution; entity: Entity }>,
): FigureSource | undefined {
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
