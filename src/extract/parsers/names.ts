import type { ExtractContext } from "../context";
import {
  ADVERB_ENDING,
  COUNTRIES,
  GROUP_WORDS_AFTER,
  NAME_CONNECTORS,
  NOT_NAMES,
  OBJECT_WORDS,
  ORGANIZATION_WORDS,
  OUTLET_WORDS,
  PLACE_HEADS,
  PORTFOLIO_WORDS,
  TITLES,
} from "../gazetteer";
import { isSpace, runStartAtEnd, trimEndWhile } from "../text";

export type NameKind = "person" | "organization" | "place" | "unknown";

/** A name in the text: a run of capitalized words, its kind, and the title before it ("Foreign Minister"). */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  kind: NameKind;
  /** The title or description written before the name, as a role ("Iranian Foreign Minister"). */
  title?: string;
  /** For a plural demonym ("Israelis"), the country it stands for. */
  countryOf?: string;
  rule: string;
}

interface Token {
  start: number;
  end: number;
  text: string;
  /** Ends with a possessive ("Iran's", "Hamas’"), which ends the name there. */
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
const DEMONYMS = new Map<string, string>();
for (const [country, words] of Object.entries(COUNTRIES)) for (const word of words) DEMONYMS.set(word, country);
const COUNTRY_NAMES = new Set(Object.keys(COUNTRIES));
const PLACE_FIRST = new Set(["Lake", "Mount", "Mt", "Mt.", "Cape", "Gulf"]);
const PLACE_PREPOSITION =
  // Case written out, not /i: under /iu, \p{Ll} would match capitals too, and "near Mokopane Eleven" would read as a place.
  /\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ii]nto|[Oo]utside|[Aa]cross|[Tt]owards?|[Ff]rom|[Oo]ff|[Aa]round|[Tt]hroughout|[Aa]long|[Oo]n the|of the town of|towns? of|city of|villages? of|province of|region of|district of|state of|capital,?)\s+(?:[Tt]he\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "the shelling of Kharkiv": a single word after "of" is a place when nothing says otherwise. */
const OF_PLACE =
  /\b(?:shelling|bombing|siege|outskirts|centre|center|streets|residents|people|coast|north|south|east|west|port|city|town|village|region|province|mayor|governor)\s+of\s+$/i;
const ORG_OF = new Set([
  "Ministry",
  "Department",
  "Republic",
  "Kingdom",
  "Union",
  "Office",
  "University",
  "Bank",
  "Council",
  "Court",
  "Commission",
  "Committee",
  "Organization",
  "Organisation",
  "Federation",
  "Army",
  "Forces",
  "Party",
  "Movement",
  "Front",
  "Institute",
  "Agency",
  "Association",
  "Bureau",
  "Centre",
  "Center",
  "Secretary",
  "Minister",
  "Director",
  "Emir",
  "Governor",
  "Mayor",
  "President",
]);

/** Words that make a capitalized run name an event, a faith or a thing, not an actor or place. */
const NOT_ACTORS = new Set(
  (
    "Revolution War Operation Flood Day Act Agreement Accord Treaty Conference Summit Games Cup Olympics Festival Islam " +
    "Muslim Muslims Christian Christians Jewish Jews Arab Arabs Sunni Shia Shiite Christmas Easter Ramadan Eid Covid COVID " +
    "Telegram Twitter Facebook Instagram WhatsApp YouTube TikTok X"
  ).split(" "),
);

const COMPASS =
  "north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern";
const REGION_BEFORE = new RegExp(
  `(?:^|[^\\p{L}-])(?:the\\s+)?((?:(?:${COMPASS})\\s+)?(?:hills|highlands|mountains|plains|coast|valleys)\\s+of\\s+|(?:${COMPASS})\\s+)$`,
  "iu",
);
/** "Sindh's health department": a single name owning a public body is a place. */
const OWNS_A_BODY =
  /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:health\s+)?(?:department|ministry|government|administration|authorities|police|governor|officials)\b/u;

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?$/;
const isCap = (word: string) => /^\p{Lu}/u.test(word);

function tokens(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = text.slice(0, to);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/.test(word)) {
      word = word.slice(0, -1);
      possessive = true;
    }
    const bare = trimEndWhile(word, (c) => c === "'" || c === "’" || c === "." || c === "-");
    const tail = word.slice(bare.length);
    word =
      bare +
      (tail === "." && /^(?:[A-Z]\.)+[A-Z]?$|^(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Prof|St|Jr)$/.test(bare)
        ? "."
        : "");
    if (!word) continue;
    out.push({ start: m.index, end: m.index + word.length, text: word, possessive });
  }
  return out;
}

/** Every name of the text, sentence by sentence, with its kind where the rules can tell. */
const HAZARD_NAME_ENDS = new Set([
  "Earthquake",
  "Quake",
  "Floods",
  "Flood",
  "Flooding",
  "Landslide",
  "Landslides",
  "Drought",
  "Tsunami",
  "Eruption",
  "Wildfires",
  "Outbreak",
]);
/** "Monsoon Floods", "Flash Floods": the words before the hazard say what kind, not where. */
const HAZARD_ADJECTIVES = new Set([
  "Monsoon",
  "Riverine",
  "Flash",
  "Seasonal",
  "Coastal",
  "Urban",
  "Severe",
  "Heavy",
  "Major",
  "Deadly",
  "Massive",
  "Tropical",
  "Gu",
  "Deyr",
  "Flood",
  "Floods",
  "Landslide",
  "Landslides",
]);
const STATE_MEDIA_AFTER = /^ (?:television|TV|media|radio|broadcaster|news agency)\b/;
const ROAD_WORDS = new Set(["Interstate", "Highway", "Route", "Motorway", "Expressway", "Autobahn"]);
const ROAD_NUMBER = /^[A-Z]{1,3}-?\d{1,4}[A-Z]?$/;
const ROAD_BEFORE = /\b(?:on|along|off|onto|near|at)\s(?:the\s)?$/i;
const TOTAL_ROW = /^(?:totals?|overall|all|grand total|sub-?total)$/i;

export function findNames(context: ExtractContext): NameMention[] {
  const mentions: NameMention[] = [];
  for (const sentence of context.sentences) {
    const words = tokens(context.text, sentence.start, sentence.end);
    let appositiveTitle: { title: string; end: number } | undefined;
    let i = 0;
    while (i < words.length) {
      const first = words[i]!;
      if (
        !isCap(first.text) ||
        (NOT_NAMES.has(first.text) && !(i > 0 && TITLES.has(first.text))) ||
        /^\d/.test(first.text) ||
        // "Initially police said", "Separately Ali Musa said": a sentence's first word that is an adverb names no one,
        // and is no part of the name after it.
        (i === 0 && ADVERB_ENDING.test(first.text))
      ) {
        i++;
        continue;
      }
      // Grow the run: capitalized words one space apart, connectors ("bin", "al-", "of") between capitalized words.
      let j = i;
      while (j + 1 < words.length && !words[j]!.possessive) {
        const gap = context.text.slice(words[j]!.end, words[j + 1]!.start);
        const next = words[j + 1]!;
        if (gap !== " " && gap !== "-") break;
        // "Interstate 80", "Highway 9", "Route 66": a road's word and its number are one name.
        if (gap === " " && ROAD_WORDS.has(words[j]!.text) && /^\d{1,4}[A-Z]?$/.test(next.text)) {
          j++;
          break;
        }
        if (isCap(next.text) && !(NOT_NAMES.has(next.text) && !TITLES.has(next.text) && !COUNTRY_NAMES.has(next.text))) {
          j++;
          continue;
        }
        const connector = next.text.toLowerCase();
        // "Minister of the Interior", "Ministry of the Interior": "the" may follow a title's or body's "of".
        const skipThe = /^(?:of|for)$/.test(connector) && words[j + 2]?.text === "the" ? 1 : 0;
        const after = words[j + 2 + skipThe];
        const connectorFits =
          NAME_CONNECTORS.has(connector) &&
          after !== undefined &&
          isCap(after.text) &&
          context.text.slice(words[j + 1 + skipThe]!.end, after.start) === " " &&
          (!["of", "for", "and"].includes(connector) ||
            titleConnects(words.slice(i, j + 1), connector, after.text) ||
            // "the National Disaster Risk Reduction and Management Authority": one body's name across its "and".
            (connector === "and" && bodyNameAhead(words, j + 2))) &&
          (skipThe === 0 || ORG_OF.has(words[j]!.text) || TITLES.has(words[j]!.text));
        const lowerPrefix = /^(?:al|el|ad|ud|bin)-\p{Lu}/u.test(next.text);
        if (connectorFits) {
          j += 2 + skipThe;
          continue;
        }
        if (lowerPrefix) {
          j++;
          continue;
        }
        break;
      }
      const run = words.slice(i, j + 1);
      const found = classify(context, run, i === 0);
      // "The Minister for Home Affairs, Tomas Okafor, said": the title in apposition is the person's role.
      const person = found[0];
      if (
        appositiveTitle &&
        person?.kind === "person" &&
        (!person.title || HONORIFIC.test(person.title)) &&
        context.text.slice(appositiveTitle.end, run[0]!.start) === ", " &&
        context.text[run[run.length - 1]!.end] === ","
      )
        person.title = appositiveTitle.title;
      const title = bareTitle(context.text, run);
      appositiveTitle = title ? { title, end: run[run.length - 1]!.end } : undefined;
      // "The Abu Sayyaf group and Jemaah Islamiyah": a name joined by "and" to an organization, with no person
      // signal of its own, is one too.
      const before = mentions[mentions.length - 1];
      const joined = found[0];
      if (
        before &&
        joined &&
        before.start >= sentence.start &&
        /^\s+(?:\p{Ll}+\s+)?and\s+$/u.test(context.text.slice(before.end, joined.start)) &&
        before.kind === "organization" &&
        /^two-capitalized-words/.test(joined.rule)
      ) {
        joined.kind = "organization";
        joined.rule = "joined-to-an-organization";
      }
      mentions.push(...found);
      i = j + 1;
    }
  }
  return mentions;
}

/**
 * Whether "of", "for" or "and" joins the next capitalized word to a run: after a body or a title ("Ministry of
 * Health", "Inspector General of Police"), and inside a title's portfolio ("Minister of State for Foreign Affairs",
 * "Minister for Disaster Management and Relief").
 */
/** Whether the capitalized words from `k` (at most four) end a body's name ("Management Authority"). */
function bodyNameAhead(words: readonly Token[], k: number): boolean {
  for (let n = k; n < words.length && n < k + 4 && isCap(words[n]!.text); n++)
    if (ORGANIZATION_WORDS.has(words[n]!.text)) return true;
  return false;
}

function titleConnects(run: Token[], connector: string, next: string): boolean {
  const last = run[run.length - 1]!.text;
  if (connector !== "and" && (ORG_OF.has(last) || TITLES.has(last))) return true;
  if (!PORTFOLIO_WORDS.has(last) || !run.some((token) => TITLES.has(token.text) || ORG_OF.has(token.text))) return false;
  return connector !== "and" || PORTFOLIO_WORDS.has(next);
}

const isPortfolioConnector = (token: Token | undefined) => token !== undefined && /^(?:of|for)$/i.test(token.text);

/**
 * How many tokens of a run are a title before the name: leading title words and demonyms ("Iranian Foreign
 * Minister"); a title word further on when two or more words of a name follow it ("State Minister", "Information
 * Commissioner"); and a title's portfolio after "of" or "for" ("Minister for Home Affairs", "Secretary of State for
 * Defence", "Chief of Defence Staff Gen."). The word after "of"/"for" always belongs to the title; the words after it
 * only while they are portfolio or title words. May be the whole run: a title with no name ("the Minister of Health").
 */
function titleLength(run: Token[]): number {
  let t = 0;
  while (
    t < run.length - 1 &&
    (TITLES.has(run[t]!.text) || (t === 0 && DEMONYMS.has(run[t]!.text) && TITLES.has(run[t + 1]!.text)))
  )
    t++;
  for (let k = run.length - 3; k >= t; k--) {
    if (TITLES.has(run[k]!.text)) {
      t = k + 1;
      break;
    }
  }
  // Past a title word inside a portfolio ("Minister of State for Foreign Affairs"), the portfolio goes on.
  let inPortfolio = run.slice(0, t).some(isPortfolioConnector);
  while (t > 0 && t < run.length) {
    const word = run[t]!.text;
    if (isPortfolioConnector(run[t])) {
      // The word after "of" or "for" (and "the") is the portfolio whatever it is: "Minister for Shipping".
      const portfolio = t + 1 + (run[t + 1]?.text === "the" ? 1 : 0);
      if (portfolio >= run.length) break;
      // A country of two words is all the portfolio's: "President of South Sudan".
      const country = run[portfolio + 1] && COUNTRY_NAMES.has(`${run[portfolio]!.text} ${run[portfolio + 1]!.text}`);
      t = portfolio + (country ? 2 : 1);
      inPortfolio = true;
    } else if (inPortfolio && PORTFOLIO_WORDS.has(word)) t++;
    else if (inPortfolio && word === "and" && PORTFOLIO_WORDS.has(run[t + 1]?.text ?? "")) t += 2;
    else if (TITLES.has(word) && t < run.length - 1) t++;
    else break;
  }
  return t;
}

function classify(context: ExtractContext, run: Token[], sentenceStart: boolean): NameMention[] {
  const mentions = classifyRun(context, run, sentenceStart);
  return mentions.length > 0 && mentions[0]!.kind === "person" && mentions[0]!.title
    ? [...countriesInTitle(context, run, mentions[0]!.start), ...mentions]
    : mentions;
}

/** "Prime Minister of Israel Benjamin Netanyahu", "Mayor of Kyiv X": a country or city in a title's portfolio. */
function countriesInTitle(context: ExtractContext, run: Token[], nameStart: number): NameMention[] {
  const out: NameMention[] = [];
  const portfolioStart = run.findIndex((token) => isPortfolioConnector(token));
  if (portfolioStart < 0) return out;
  for (let k = portfolioStart + 1; k < run.length && run[k]!.end <= nameStart; k++) {
    const two = run[k + 1] && run[k + 1]!.end <= nameStart ? context.text.slice(run[k]!.start, run[k + 1]!.end) : "";
    const name = COUNTRY_NAMES.has(two) ? two : COUNTRY_NAMES.has(run[k]!.text) ? run[k]!.text : undefined;
    if (!name) continue;
    out.push({ start: run[k]!.start, end: run[k]!.start + name.length, text: name, kind: "place", rule: "gazetteer" });
    if (name === two) k++;
  }
  return out;
}

/**
 * Where a run's title ends (0: no title) and where its portfolio starts (-1: none). A run that names a body keeps no
 * title ("Health Ministry"); a body's word inside a title's portfolio ("Commissioner of Police") does not make one.
 */
function splitTitle(run: Token[]): { t: number; portfolioStart: number } {
  const t = titleLength(run);
  const portfolioStart = run.findIndex((token, k) => k < t && isPortfolioConnector(token));
  // "Fire Chief Ray Morgan", "Police Brigadier General X": a body's word before a title word is the title's.
  const titleAfter = (k: number) => run.slice(k + 1, t).some((token) => TITLES.has(token.text));
  const organization = run.some(
    (token, k) =>
      ORGANIZATION_WORDS.has(token.text) && !(portfolioStart >= 0 && k > portfolioStart && k < t) && !(k < t && titleAfter(k)),
  );
  return organization ? { t: 0, portfolioStart: -1 } : { t, portfolioStart };
}

/** The length of a possessive owner at the end of `before` ("Iran's "), 0 when none. */
function ownerBefore(before: string): number {
  const words = trimEndWhile(before, isSpace);
  if (words.length === before.length) return 0;
  let end = words.length;
  if (/['’]/.test(words[end - 1] ?? "")) end -= 1;
  else if (/s/.test(words[end - 1] ?? "") && /['’]/.test(words[end - 2] ?? "")) end -= 2;
  else return 0;
  const start = runStartAtEnd(words.slice(0, end), (c) => /[\p{L}-]/u.test(c));
  return start < end && /^\p{Lu}/u.test(words[start]!) ? before.length - start : 0;
}

/** The title as written, with the possessive before it ("Iran's Foreign Minister"): it belongs to the role. */
function titleText(text: string, titleTokens: Token[]): string {
  const first = titleTokens[0]!;
  return text.slice(
    first.start - ownerBefore(text.slice(Math.max(0, first.start - 30), first.start)),
    titleTokens[titleTokens.length - 1]!.end,
  );
}

/** A run that is all title ("the Minister for Home Affairs"): its words, for the name in apposition after it. */
function bareTitle(text: string, run: Token[]): string | undefined {
  if (run.length < 2 || run.some((token) => ORGANIZATION_WORDS.has(token.text) && !PORTFOLIO_WORDS.has(token.text)))
    return undefined;
  return splitTitle(run).t === run.length || run.every((token) => TITLES.has(token.text)) ? titleText(text, run) : undefined;
}

const aLineOfItsOwn = (text: string, start: number, end: number) =>
  (start === 0 || text[start - 1] === "\n") && (end === text.length || /^\s*\n/.test(text.slice(end, end + 3)));

function classifyRun(context: ExtractContext, run: Token[], sentenceStart: boolean): NameMention[] {
  const text = context.text;
  const { t, portfolioStart } = splitTitle(run);
  if (t === run.length) {
    // A title with no name after it: "the Minister of Health" names no one; "the Mayor of Kyiv" still names Kyiv.
    const rest = run.slice(portfolioStart + 1 + (run[portfolioStart + 1]?.text === "the" ? 1 : 0));
    return portfolioStart < 0 ||
      rest.every((token) => PORTFOLIO_WORDS.has(token.text) || TITLES.has(token.text) || /^(?:of|for|and|the)$/i.test(token.text))
      ? []
      : classifyRun(context, rest, false);
  }
  const titleTokens = run.slice(0, t);
  const nameTokens = run.slice(t);
  const start = nameTokens[0]!.start;
  const end = nameTokens[nameTokens.length - 1]!.end;
  const name = text.slice(start, end);
  const words = nameTokens.map((token) => token.text);
  const last = words[words.length - 1]!;
  const title = titleTokens.length > 0 ? titleText(text, titleTokens) : undefined;
  const mention = (kind: NameKind, rule: string, extra: Partial<NameMention> = {}): NameMention[] => {
    // "north-eastern Nigeria", "the western hills of Nepal": a part of a place is a place of its own.
    const region =
      kind === "place" && rule !== "dateline" ? REGION_BEFORE.exec(text.slice(Math.max(0, start - 40), start)) : null;
    if (region) {
      const from = start - region[0].length + region[0].indexOf(region[1]!);
      return [{ start: from, end, text: text.slice(from, end), kind, rule: "region", ...(title ? { title } : {}), ...extra }];
    }
    return [{ start, end, text: name, kind, rule, ...(title ? { title } : {}), ...extra }];
  };

  // "West Sulawesi Earthquake - Situation Report", "Sindh Floods": a hazard named for its place names the place.
  if (
    !title &&
    words.length >= 2 &&
    words.length <= 4 &&
    HAZARD_NAME_ENDS.has(last) &&
    words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w) && !HAZARD_ADJECTIVES.has(w))
  ) {
    const placeEnd = nameTokens[nameTokens.length - 2]!.end;
    return [{ start, end: placeEnd, text: text.slice(start, placeEnd), kind: "place", rule: "hazard-name" }];
  }
  // "State television said": the state's broadcaster, a body that speaks, named with its lower-case word.
  const stateMedia = words.length === 1 && name === "State" ? STATE_MEDIA_AFTER.exec(text.slice(end, end + 20)) : null;
  if (stateMedia) {
    const to = end + stateMedia[0].length;
    return [{ start, end: to, text: text.slice(start, to), kind: "organization", rule: "state-media" }];
  }
  if (words.length === 1 && DEMONYMS.has(name) && !title) {
    const country = DEMONYMS.get(name)!;
    // A plural demonym counts people ("1,400 Israelis"); an adjective ("Israeli") names no one on its own.
    return /s$|ese$/.test(name) && name !== country ? mention("place", "demonym", { countryOf: country }) : [];
  }
  if (title && words.every((w) => TITLES.has(w))) return [];
  if (
    words.some((w) => NOT_ACTORS.has(w)) ||
    (words.length === 1 && /-/.test(name) && name.split("-").some((part) => COUNTRY_NAMES.has(part) || /^\p{Ll}/u.test(part)))
  ) {
    return [];
  }
  if (COUNTRY_NAMES.has(name)) return mention("place", "gazetteer");
  // "NEPAL" on a line of its own: a report's heading, a country's name in capitals (not an acronym).
  if (/^\p{Lu}+$/u.test(name) && COUNTRY_NAMES.has(name[0] + name.slice(1).toLowerCase()) && aLineOfItsOwn(text, start, end))
    return mention("place", "heading");
  // "an IED", "an RPG": a weapon or an object, nobody; an acronym after "a"/"an" is a thing, not a body.
  if (
    words.some((w) => OBJECT_WORDS.has(w)) ||
    (/^[A-Z]{2,6}s?$/.test(name) && /\ban?\s+$/i.test(text.slice(Math.max(0, start - 4), start)))
  )
    return [];
  // "on the N1", "off the A-7", "along Highway 9's": a road's number is a place where a road fits.
  if (words.length === 1 && ROAD_NUMBER.test(name) && ROAD_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
    return mention("place", "road-number");
  if (words.length === 2 && ROAD_WORDS.has(words[0]!) && /^\d/.test(words[1]!)) return mention("place", "road-number");
  // "Djugu 37 42" under "Territory Killed Injured": a table row's label is its place (not a "Total" row's).
  if (context.tables?.rowAt.has(start) && words.length <= 4 && !TOTAL_ROW.test(name)) return mention("place", "table-row");
  // "Sindh: 87 people killed, 310 injured": a sitrep line's label before its counts is the line's place.
  if (sentenceStart && /^:\s*(?:\p{L}+\s+){0,3}\d/u.test(text.slice(end, end + 30)) && words.length <= 3)
    return mention("place", "line-label");
  if (words.some((w) => OUTLET_WORDS.has(w)) && !title) return mention("organization", "outlet");
  if (GROUP_WORDS_AFTER.test(text.slice(end, end + 20))) return mention("organization", "group-word-after");
  // A dateline: "KHARKIV, Ukraine (Reuters) -" or "BEIRUT —" at the start of the text.
  if (
    start < 40 &&
    /^\p{Lu}[\p{Lu} .'’-]+$/u.test(name) &&
    /^\s*(?:,|\(|—|–|-)/.test(text.slice(end, end + 3)) &&
    !/\S/.test(text.slice(0, start).replace(/^[^\n]*\n/, ""))
  ) {
    return mention("place", "dateline");
  }
  if (words.some((w) => ORGANIZATION_WORDS.has(w)) || /^[A-Z]{2,6}$/.test(name))
    return mention("organization", "organization-word");
  if (PLACE_HEADS.has(last) && words.length > 1) return mention("place", "place-head");
  // "Lake Kivu", "Mount Hagen": a place's word first.
  if (PLACE_FIRST.has(words[0]!) && words.length > 1 && !title) return mention("place", "place-word-first");
  if (title) return mention("person", "title");
  // Within the name's line: a headline's last words are no preposition for the lead's first ("… near Mokopane⏎Eleven").
  const before = text.slice(Math.max(0, start - 40, text.lastIndexOf("\n", start - 1) + 1), start);
  if (PLACE_PREPOSITION.test(before) && words.length <= 3) return mention("place", "preposition");
  if (OF_PLACE.test(before) && words.length === 1) return mention("place", "place-of");
  if (words.length === 1 && OWNS_A_BODY.test(text.slice(end, end + 40))) return mention("place", "owns-a-body");
  if (words.length >= 2 && !sentenceStart) return mention("person", "two-capitalized-words");
  if (words.length >= 2) return mention("person", "two-capitalized-words-at-start");
  return mention("unknown", "capitalized-word");
}
