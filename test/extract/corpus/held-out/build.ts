/**
 * Writes <slug>.truth.json for every article of the held-out corpus and checks each against its text
 * (`npx tsx test/extract/corpus/held-out/build.ts`). The checks are those ../../articles/README.md lists.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../../../../src/model/report";
import { problemsOf } from "./check";
import { heldOutCorpus } from "./index";

let failed = false;
for (const [slug, truth] of Object.entries(heldOutCorpus.truths)) {
  const parsed = ReportSchema.safeParse(truth());
  if (!parsed.success) {
    failed = true;
    console.error(`${slug}:\n` + parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n"));
    continue;
  }
  const problems = problemsOf(parsed.data);
  if (problems.length > 0) {
    failed = true;
    console.error(`${slug}:\n` + problems.map((p) => `  ${p}`).join("\n"));
  }
  writeFileSync(join(heldOutCorpus.dir, `${slug}.truth.json`), JSON.stringify(parsed.data, null, 2) + "\n");
  const words = parsed.data.source.text.split(/\s+/).filter(Boolean).length;
  const quotes = parsed.data.statements.reduce((n, s) => n + s.quotes.length, 0);
  console.log(`${slug}: ${words} words, ${parsed.data.figures.length} figures, ${parsed.data.statements.length} statements, ${quotes} quotes`);
}
if (failed) process.exit(1);
