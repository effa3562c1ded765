/**
 * Scenario: the task pane's JavaScript (office.js excluded), gzipped: the page's entry and the
 * chunk it loads at start (the explorer), which are what a headless Chromium fetches when it opens
 * taskpane.html. Not counted: functions.js (the manifest's stand-alone functions script, which the
 * shared runtime does not load) and the chunks loaded on demand (ExcelJS for a download, the report
 * check and the extractor when a report is imported, drafted or read from the workbook), listed apart.
 * Target: at most 40 KB.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const TARGET_KB = 40;

export function bundleSizeBench(dist: string) {
  const AT_START = ["taskpane.js", "explorer.js"];
  const js = readdirSync(dist).filter((file) => file.endsWith(".js") && file !== "functions.js");
  const scripts = js.filter((file) => AT_START.includes(file));
  const onDemand = js.filter((file) => !AT_START.includes(file));
  if (scripts.length !== AT_START.length) throw new Error(`expected ${AT_START.join(" and ")} in ${dist}`);
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
