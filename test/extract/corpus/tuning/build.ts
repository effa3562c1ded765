/**
 * Writes <slug>.truth.json for every tuning article from its <slug>.truth.ts, as ../../build-truth.ts does for the
 * sets in TRUTH_SETS: `npx tsx test/extract/corpus/tuning/build.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../../../../src/model/report";
import { tuningCorpus } from "./index";

let failed = false;
for (const [slug, truth] of Object.entries(tuningCorpus.truths)) {
  let parsed;
  try {
    parsed = ReportSchema.safeParse(truth());
  } catch (error) {
    failed = true;
    console.error(`${slug}: ${(error as Error).message}`);
    continue;
  }
  if (!parsed.success) {
    failed = true;
    console.error(`${slug}:\n` + parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n"));
    continue;
  }
  writeFileSync(join(tuningCorpus.dir, `${slug}.truth.json`), JSON.stringify(parsed.data, null, 2) + "\n");
  const { figures, statements } = parsed.data;
  const quotes = statements.reduce((n, s) => n + s.quotes.length, 0);
  const words = parsed.data.source.text.split(/\s+/).filter(Boolean).length;
  console.log(`tuning/${slug}: ${words} words, ${figures.length} figures, ${statements.length} statements, ${quotes} quotes`);
}
if (failed) process.exit(1);
