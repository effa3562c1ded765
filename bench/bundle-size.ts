/**
 * Scenario: the task pane's JavaScript at start (office.js excluded), gzipped: the page's entry, inline in
 * taskpane.html (it registers the custom functions), and what it loads after the first paint: the functions' code and
 * the explorer, with the chunks they share, as the build lists them in start-scripts.json (a browser test checks the
 * list against what the page fetches). Everything else the build emits loads on demand and is listed apart, not
 * counted: ExcelJS (Download workbook), the report checker and zod (importing a report file), the review and the
 * extractor (Add a report: review.js, extract.js, extract-worker.js) and the chunks they share. functions.js is the
 * manifest's stand-alone functions script, which the shared runtime does not load. Target: at most 40 KB. The data
 * the start-up scripts fetch (the bundled report, start-scripts.json's data) is printed beside them, not counted as code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const TARGET_KB = 40;

/** The inline entry's name in listings: it has no file of its own. */
export const INLINE_ENTRY = "taskpane.html <script>";

/** Each script the pane runs at start, with its source: the inline entry, then the files of start-scripts.json. */
export function startScripts(dist: string): Array<{ name: string; source: string }> {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  if (inline.length !== 1) throw new Error(`taskpane.html has ${inline.length} inline scripts, expected its entry`);
  const listed = (JSON.parse(readFileSync(join(dist, "start-scripts.json"), "utf8")) as { scripts: string[] }).scripts;
  return [
    { name: INLINE_ENTRY, source: inline[0]! },
    ...listed.map((name) => ({ name, source: readFileSync(join(dist, name), "utf8") })),
  ];
}

export function bundleSizeBench(dist: string) {
  const start = startScripts(dist);
  const onDemand = readdirSync(dist).filter(
    (file) => file.endsWith(".js") && file !== "functions.js" && !start.some((s) => s.name === file),
  );
  const measure = (src: string, text: string | Buffer = readFileSync(join(dist, src))) => {
    const bytes = Buffer.from(text);
    return { src, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const sizes = start.map((s) => measure(s.name, s.source));
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  const data = (JSON.parse(readFileSync(join(dist, "start-scripts.json"), "utf8")) as { data?: string[] }).data ?? [];
  return {
    name: "bundle size",
    lines: [
      ...sizes.map((s) => `${s.src}: ${(s.raw / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzip`),
      ...data
        .map((file) => measure(file))
        .map((s) => `data at start, not code: ${s.src}: ${(s.raw / 1024).toFixed(1)} KB, ${(s.gzip / 1024).toFixed(1)} KB gzip`),
      ...onDemand
        .map((file) => measure(file))
        .map((s) => `on demand, not counted: ${s.src}: ${(s.gzip / 1024).toFixed(1)} KB gzip`),
    ],
    checks: [{ figure: "task-pane JavaScript at start, gzipped", value: total, unit: " KB", target: TARGET_KB }],
  };
}
