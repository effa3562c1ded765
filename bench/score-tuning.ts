/**
 * The extractor scored on the sets rules may be tuned on only (test/extract/articles/ and the corpus's tuning set):
 * never the held-out sets. `npx tsx bench/score-tuning.ts [--drafts out.json]`: per article and overall found,
 * precision, place, qualifier, measure, speakers and non-names in people; with --drafts, every draft written to one
 * JSON file (to prove a refactor changes no draft).
 */
import { writeFileSync } from "node:fs";
import { accuracyRate, addScores, rates, scoreDraft, type Accuracy, type ArticleScore } from "../src/extract/score";
import type { DraftReport } from "../src/model/draft";
import { ARTICLES_DIR, articleCases, CORPUS_TUNING_DIR, draftCase } from "./extract-cases";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
const acc = (a: Accuracy) => `${pct(accuracyRate(a))} ${`${a.correct}/${a.of}`.padEnd(7)}`;

const header = `${"article".padEnd(36)} ${"found".padEnd(14)} ${"precision".padEnd(14)} ${"place".padEnd(14)} ${"qualifier".padEnd(14)} ${"measure".padEnd(14)} ${"speakers".padEnd(14)}`;
function row(name: string, s: ArticleScore): string {
  const found = { correct: s.values.matched, of: s.values.truth };
  const precision = { correct: s.values.matched, of: s.values.found };
  return `${name.padEnd(36)} ${acc(found)} ${acc(precision)} ${acc(s.place)} ${acc(s.qualifier)} ${acc(s.measure)} ${acc(s.speakers)} | figures+place R ${pct(rates(s.figures).recall)} | non-names in people ${s.nonNames.count}/${s.nonNames.of}${s.nonNames.count > 0 && s.nonNames.count < 12 ? `: ${s.nonNames.names.join(", ")}` : ""}`;
}

const drafts: Record<string, DraftReport> = {};
const all: ArticleScore[] = [];
for (const [set, dir] of [
  ["test articles", ARTICLES_DIR],
  ["corpus tuning", CORPUS_TUNING_DIR],
] as const) {
  console.log(`\n${set}\n${header}`);
  const scores = articleCases(dir).map((c) => {
    const draft = draftCase(c);
    drafts[`${set}/${c.name}`] = draft;
    const score = scoreDraft(draft, c.truth);
    console.log(row(c.name, score));
    return score;
  });
  console.log(row(`${set} (${scores.length}), overall`, addScores(scores)));
  all.push(...scores);
}
console.log(`\n${row(`tuning-only, overall (${all.length})`, addScores(all))}`);
console.log(
  "(found = value matches / truth figures; precision = value matches / draft figures; place, qualifier, measure over value matches; speakers over matched quotes)",
);

const out = process.argv.indexOf("--drafts");
if (out > 0) writeFileSync(process.argv[out + 1]!, JSON.stringify(drafts, null, 1));
