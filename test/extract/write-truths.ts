/**
 * Writes <slug>.truth.json beside each article of the given truth sets, from its hand-made <slug>.truth.ts, and says
 * what each holds. The one loop behind build-truth.ts and the corpus folders' build scripts. Returns false when any
 * truth is invalid or `check` finds a problem in it (that truth's JSON is still written when it parses).
 */
import { writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { messageOf } from "../../src/model/error-message";
import { ReportSchema, type Report } from "../../src/model/report";
import type { TruthSet } from "./truth-sets";

export function writeTruths(sets: readonly TruthSet[], check: (report: Report) => string[] = () => []): boolean {
  let ok = true;
  for (const { dir, truths } of sets) {
    for (const [slug, truth] of Object.entries(truths)) {
      let parsed;
      try {
        parsed = ReportSchema.safeParse(truth());
      } catch (error) {
        ok = false;
        console.error(`${slug}: ${messageOf(error)}`);
        continue;
      }
      if (!parsed.success) {
        ok = false;
        console.error(`${slug}:\n` + parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n"));
        continue;
      }
      const problems = check(parsed.data);
      if (problems.length > 0) {
        ok = false;
        console.error(`${slug}:\n` + problems.map((p) => `  ${p}`).join("\n"));
      }
      writeFileSync(join(dir, `${slug}.truth.json`), JSON.stringify(parsed.data, null, 2) + "\n");
      const { figures, statements, source } = parsed.data;
      const words = source.text.split(/\s+/).filter(Boolean).length;
      const quotes = statements.reduce((n, s) => n + s.quotes.length, 0);
      console.log(
        `${basename(dir)}/${slug}.truth.json: ${words} words, ${figures.length} figures, ${statements.length} statements, ${quotes} quotes`,
      );
    }
  }
  return ok;
}
