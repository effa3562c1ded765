/**
 * The corpus sets' accuracy per article, as the Markdown tables of docs/corpus.md (`npx tsx bench/corpus-table.ts`).
 * The same scoring as the bench's extract scenario; this only lays it out for the docs.
 */
import { accuracyRate, addScores, rates, type Accuracy, type ArticleScore, type Tally } from "../src/extract/score";
import { CORPUS_DIRS, scoreCase } from "./extract";
import { ARTICLE_SETS, articleCases } from "./extract-cases";

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
const recall = (t: Tally) => `${percent(rates(t).recall)} (${t.matched}/${t.truth})`;
const precision = (t: Tally) => percent(rates(t).precision);
const accuracy = (a: Accuracy) => (a.of === 0 ? "–" : `${percent(accuracyRate(a))} (${a.correct}/${a.of})`);

const row = (name: string, s: ArticleScore) =>
  `| ${name} | ${recall(s.values)} | ${precision(s.values)} | ${accuracy(s.place)} | ${accuracy(s.qualifier)} | ${accuracy(s.measure)} | ${accuracy(s.speakers)} | ${s.nonNames.count} of ${s.nonNames.of} |`;

export function corpusTables(): string[] {
  const lines: string[] = [];
  for (const set of ARTICLE_SETS.filter((x) => CORPUS_DIRS.includes(x.dir))) {
    const scored = articleCases(set.dir).map((c) => ({ name: c.name, score: scoreCase(c) }));
    lines.push(
      `### ${set.name} (${scored.length})`,
      "",
      "| article | figures found | value precision | place right, of found | qualifier | measure | speakers | non-names in people |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...scored.map((x) => row(`\`${x.name}\``, x.score)),
      row("**overall**", addScores(scored.map((x) => x.score))),
      "",
    );
  }
  return lines;
}

if (require.main === module) corpusTables().forEach((line) => console.log(line));
