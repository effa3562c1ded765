/**
 * Writes test/extract/articles/<slug>.truth.json for every article in truths.ts, from its hand-made
 * <slug>.truth.ts. Run with `npx tsx test/extract/build-truth.ts`; truth.test.ts proves each file.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../../src/model/report";
import { ARTICLES_DIR } from "./truth-builder";
import { TRUTHS } from "./truths";

let failed = false;
for (const [slug, truth] of Object.entries(TRUTHS)) {
  const parsed = ReportSchema.safeParse(truth());
  if (!parsed.success) {
    failed = true;
    console.error(`${slug}:\n` + parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n"));
    continue;
  }
  writeFileSync(join(ARTICLES_DIR, `${slug}.truth.json`), JSON.stringify(parsed.data, null, 2) + "\n");
  const { figures, statements } = parsed.data;
  const quotes = statements.reduce((n, s) => n + s.quotes.length, 0);
  console.log(`${slug}.truth.json: ${figures.length} figures, ${statements.length} statements, ${quotes} quotes`);
}
if (failed) process.exit(1);
