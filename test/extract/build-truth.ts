/**
 * Writes <slug>.truth.json for every article of every truth set (test/extract/articles/ and test/extract/held-out/),
 * from its hand-made <slug>.truth.ts. Run with `npx tsx test/extract/build-truth.ts`; truth.test.ts proves each file.
 */
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { ReportSchema } from "../../src/model/report";
import { TRUTH_SETS } from "./truth-sets";

let failed = false;
for (const { dir, truths } of TRUTH_SETS) {
  for (const [slug, truth] of Object.entries(truths)) {
    const parsed = ReportSchema.safeParse(truth());
    if (!parsed.success) {
      failed = true;
      console.error(`${slug}:\n` + parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n"));
      continue;
    }
    writeFileSync(join(dir, `${slug}.truth.json`), JSON.stringify(parsed.data, null, 2) + "\n");
    const { figures, statements } = parsed.data;
    const quotes = statements.reduce((n, s) => n + s.quotes.length, 0);
    console.log(
      `${basename(dir)}/${slug}.truth.json: ${figures.length} figures, ${statements.length} statements, ${quotes} quotes`,
    );
  }
}
if (failed) process.exit(1);
