/**
 * Scenario: the task pane's JavaScript at start (office.js excluded), gzipped: the page's entry (taskpane.js) and the
 * explorer it loads after the first paint (explorer.js). Everything else the build emits loads on demand and is
 * listed apart, not counted: ExcelJS (Download workbook), the report checker and zod (importing a report file), the
 * review and the extractor (Add a report: review.js, extract.js, extract-worker.js) and the chunks they share.
 * functions.js is the manifest's stand-alone functions script, which the shared runtime does not load. The browser
 * test of the review checks that none of the on-demand scripts is fetched before it is needed. Target: at most 40 KB.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const TARGET_KB = 40;
export const START_SCRIPTS = ["taskpane.js", "explorer.js"];

export function bundleSizeBench(dist: string) {
  const js = readdirSync(dist).filter((file) => file.endsWith(".js") && file !== "functions.js");
  const scripts = js.filter((file) => START_SCRIPTS.includes(file));
  const onDemand = js.filter((file) => !START_SCRIPTS.includes(file));
  const measure = (src: string) => {
    const bytes = readFileSync(join(dist, src));
    return { src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sizes = scripts.map(measure);
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  return {
    name: "bundle size",
    lines: [
      ...sizes.map((s) => `${s.src}: ${(s.raw / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzip`),
      ...onDemand.map(measure).map((s) => `on demand, not counted: ${s.src}: ${(s.gzip / 1024).toFixed(1)} KB gzip`),
    ],
    checks: [{ figure: "task-pane JavaScript at start, gzipped", value: total, unit: " KB", target: TARGET_KB }],
  };
}
