/**
 * Scenario: the libraries the extractor could lean on, against our own rules, on fixed inputs.
 * - number words: compromise's numbers() against src/extract/parsers/numbers.ts;
 * - names of people, groups and places: compromise's people()/organizations()/places() against the extractor's
 *   actors and places, on every scored article (names and aliases of the truth);
 * - dates relative to a publication date: chrono-node with our refiners (src/extract/parsers/dates.ts) against a
 *   plain-regex baseline written here.
 * compromise is a dev dependency for this comparison only; the extractor does not import it.
 */
import nlp from "compromise";
import { extractDraft } from "../src/extract";
import { splitSentences } from "../src/extract/sentences";
import { findDates } from "../src/extract/parsers/dates";
import { findNumbers } from "../src/extract/parsers/numbers";
import { fold } from "../src/extract/score";
import { ARTICLES_DIR, articleCases, bundledCase, type ExtractCase } from "./extract-cases";

const NUMBERS: Array<[string, number, number?]> = [
  ["six", 6],
  ["a dozen", 12],
  ["twenty-five", 25],
  ["1.2 million", 1_200_000],
  ["2 million", 2_000_000],
  ["two hundred and five", 205],
  ["20 or 30", 20, 30],
  ["10 to 12", 10, 12],
  ["$100 million", 100_000_000],
  ["1,400", 1400],
  ["nine", 9],
  ["half a million", 500_000],
  ["three thousand", 3000],
  ["forty-two", 42],
  ["between 5 and 8", 5, 8],
  ["Two", 2],
];

const PUBLISHED = "2024-03-12"; // a Tuesday
const DATES: Array<[string, string]> = [
  ["The dam broke on Saturday.", "2024-03-09"],
  ["It happened on March 2.", "2024-03-02"],
  ["It happened on 2 March.", "2024-03-02"],
  ["The truce began on December 28.", "2023-12-28"],
  ["Rescuers arrived yesterday.", "2024-03-11"],
  ["Fighting spread last week.", "2024-03"],
  ["He said so in November 2018.", "2018-11"],
  ["Shelling resumed on Friday night.", "2024-03-08"],
  ["The ship sank two weeks ago.", "2024-02-27"],
  ["Prices rose last month.", "2024-02"],
  ["The vote took place on March 20.", "2023-03-20"],
  ["The talks opened on Tuesday.", "2024-03-12"],
  ["The quake struck on March 3, 2024.", "2024-03-03"],
  ["It began on 4 January 2022.", "2022-01-04"],
  ["Three days ago, the river rose.", "2024-03-09"],
  ["The strike hit a school on Sunday morning.", "2024-03-10"],
];

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** A plain-regex date reader: the baseline chrono-node has to beat. */
function regexDate(sentence: string, published: Date): string | undefined {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const back = (days: number) => new Date(published.getTime() - days * 86400000);
  const s = sentence.toLowerCase();
  const month = `(${MONTHS.join("|")})`;
  let m = new RegExp(`${month}\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?`).exec(s) ?? null;
  if (m) return fix(Number(m[3] ?? published.getUTCFullYear()), MONTHS.indexOf(m[1]!), Number(m[2]), !m[3]);
  m = new RegExp(`(\\d{1,2})\\s+${month}(?:\\s+(\\d{4}))?`).exec(s);
  if (m) return fix(Number(m[3] ?? published.getUTCFullYear()), MONTHS.indexOf(m[2]!), Number(m[1]), !m[3]);
  m = new RegExp(`${month}\\s+(\\d{4})`).exec(s);
  if (m) return `${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, "0")}`;
  if (/\byesterday\b/.test(s)) return iso(back(1));
  if (/\blast week\b/.test(s)) return iso(back(7)).slice(0, 7);
  if (/\blast month\b/.test(s))
    return iso(new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1))).slice(0, 7);
  m = /\b(\w+) (day|week)s? ago\b/.exec(s);
  if (m) {
    const n = findNumbers(m[1]!)[0]?.value;
    if (n) return iso(back(n * (m[2] === "week" ? 7 : 1)));
  }
  m = new RegExp(`\\b(${WEEKDAYS.join("|")})\\b`).exec(s);
  if (m) return iso(back((published.getUTCDay() - WEEKDAYS.indexOf(m[1]!) + 7) % 7));
  return undefined;
  function fix(year: number, monthIndex: number, day: number, yearless: boolean) {
    let d = new Date(Date.UTC(year, monthIndex, day));
    if (yearless && d > published) d = new Date(Date.UTC(year - 1, monthIndex, day));
    return iso(d);
  }
}

const clean = (s: string) => fold(s.replace(/['’]s\b|['’]$/g, "").replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));

function namesScore(cases: ExtractCase[], pick: (c: ExtractCase) => Set<string>) {
  let recalled = 0;
  let truthCount = 0;
  let correct = 0;
  let foundCount = 0;
  for (const c of cases) {
    const detected = pick(c);
    const entities = [...c.truth.actors, ...c.truth.places].map((e) => new Set([e.name, ...e.aliases].map(clean)));
    truthCount += entities.length;
    recalled += entities.filter((names) => [...names].some((n) => detected.has(n))).length;
    const all = new Set(entities.flatMap((names) => [...names]));
    foundCount += detected.size;
    correct += [...detected].filter((n) => all.has(n)).length;
  }
  return { recall: recalled / truthCount, precision: correct / foundCount, recalled, truthCount, correct, foundCount };
}

const time = (run: () => void, rounds = 5) => {
  const samples = Array.from({ length: rounds }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return samples[Math.floor(rounds / 2)]!;
};

export function librariesBench(dir = ARTICLES_DIR): { name: string; lines: string[] } {
  const lines: string[] = [];
  // Number words.
  const ours = NUMBERS.filter(([text, value, upper]) => {
    const [m] = findNumbers(text);
    return m?.value === value && m.upper === upper;
  }).length;
  const theirs = NUMBERS.filter(([text, value, upper]) => {
    const got = nlp(text).numbers().get() as number[];
    return got[0] === value && got[1] === upper;
  }).length;
  lines.push(
    `number words (${NUMBERS.length} phrasings): our rules ${ours}/${NUMBERS.length}, compromise ${theirs}/${NUMBERS.length}`,
  );

  // Names.
  const cases = [bundledCase(), ...articleCases(dir)];
  const drafts = new Map(cases.map((c) => [c, extractDraft(c.text, c.published ? { published: c.published } : {})]));
  const ourNames = (c: ExtractCase) => {
    const d = drafts.get(c)!;
    return new Set([...d.actors, ...d.places].flatMap((e) => [e.name, ...e.aliases]).map(clean));
  };
  const compromiseNames = (c: ExtractCase) => {
    const doc = nlp(c.text);
    return new Set(
      [...doc.people().out("array"), ...doc.organizations().out("array"), ...doc.places().out("array")].map((s: string) =>
        clean(s),
      ),
    );
  };
  const a = namesScore(cases, ourNames);
  const b = namesScore(cases, compromiseNames);
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  lines.push(
    `names on ${cases.length} article(s): our rules recall ${pct(a.recall)} (${a.recalled}/${a.truthCount} truth entities), precision ${pct(a.precision)} (${a.correct}/${a.foundCount} names); ` +
      `compromise recall ${pct(b.recall)} (${b.recalled}/${b.truthCount}), precision ${pct(b.precision)} (${b.correct}/${b.foundCount})`,
  );
  const text = cases[0]!.text;
  lines.push(
    `time on the bundled article: compromise parse ${time(() => nlp(text).people().out("array")).toFixed(1)} ms; our whole extractor ${time(() => extractDraft(text)).toFixed(1)} ms`,
  );

  // Dates.
  const published = new Date(`${PUBLISHED}T00:00:00Z`);
  const chronoMissed = DATES.filter(([sentence, expected]) => {
    const context = { text: sentence, sentences: splitSentences(sentence), published, debug: () => undefined };
    return findDates(context)[0]?.date.start !== expected;
  }).map(([sentence]) => sentence);
  const regexMissed = DATES.filter(([sentence, expected]) => regexDate(sentence, published) !== expected).map(
    ([sentence]) => sentence,
  );
  lines.push(
    `dates (${DATES.length} phrasings, published ${PUBLISHED}): chrono-node with our refiners ${DATES.length - chronoMissed.length}/${DATES.length}` +
      ` (missed: ${chronoMissed.join(" | ") || "none"}), plain regex baseline ${DATES.length - regexMissed.length}/${DATES.length} (missed: ${regexMissed.join(" | ") || "none"})`,
  );
  return { name: "extractor libraries: compromise and chrono-node against our rules", lines };
}

if (require.main === module) librariesBench(process.argv[2]).lines.forEach((line) => console.log(line));
