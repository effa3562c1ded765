/**
 * The tuning corpus's truths are valid, pass ../held-out/check.ts's checks against their own text, and match the
 * JSON that build.ts wrote (`npx tsx test/extract/corpus/tuning/build.ts` after editing a truth).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../../../../src/model/report";
import { problemsOf } from "../held-out/check";
import { TUNING_DIR } from "./dir";
import { TUNING_TRUTHS } from "./index";

describe("tuning corpus", () => {
  for (const [slug, truth] of Object.entries(TUNING_TRUTHS)) {
    it(`${slug}: valid, checked, and built`, () => {
      const report = ReportSchema.parse(truth());
      expect(problemsOf(report)).toEqual([]);
      const onDisk = readFileSync(join(TUNING_DIR, `${slug}.truth.json`), "utf8");
      expect(onDisk).toBe(JSON.stringify(report, null, 2) + "\n");
    });
  }
});
