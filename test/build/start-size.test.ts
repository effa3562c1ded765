/**
 * The pane's JavaScript at start (the inline entry and start-scripts.json's files, as bench/bundle-size.ts counts
 * them, office.js aside) stays within its budget, gzipped at level 9: what is rarely used loads on demand.
 */
import { gzipSync } from "node:zlib";
import { startScripts, TARGET_KB } from "../../bench/bundle-size";
import { distDir } from "../support/dist";

test(`the task pane's start-up JavaScript is at most ${TARGET_KB} KB gzip`, () => {
  const sizes = startScripts(distDir).map(({ name, source }) => ({ name, gzip: gzipSync(source, { level: 9 }).length }));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  const listing = sizes.map((s) => `${s.name}: ${(s.gzip / 1024).toFixed(1)} KB gzip`).join("; ");
  expect(sizes.length).toBeGreaterThan(1);
  if (total > TARGET_KB * 1024) {
    throw new Error(`start-up JavaScript is ${(total / 1024).toFixed(1)} KB gzip, over ${TARGET_KB} KB: ${listing}`);
  }
});
