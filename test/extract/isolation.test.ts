import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { startScripts } from "../../bench/bundle-size";
import { distDir } from "../support/dist";

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
const src = join(__dirname, "..", "..", "src");

describe("the extractor's place in the build", () => {
  it("does no I/O and imports nothing of Node, so it runs in the pane as in Node", () => {
    for (const file of files(join(src, "extract"))) {
      expect([file, readFileSync(file, "utf8").match(/from "(?:node:)?(?:fs|path|os|child_process)"|require\(/g)]).toEqual([
        file,
        null,
      ]);
    }
  });

  it("is not imported statically by the task pane (it is loaded on demand)", () => {
    // The worker is a webpack entry of its own (extract-worker.js), started only when a reviewer drafts.
    const worker = join(src, "taskpane", "review", "extract-worker.ts");
    for (const file of files(join(src, "taskpane")).filter((f) => f !== worker)) {
      expect([file, /from "[./]*extract(?:\/|")/.test(readFileSync(file, "utf8"))]).toEqual([file, false]);
    }
  });

  it("is in none of the scripts the pane loads at start, only in those it loads on demand", () => {
    const rule = "measure before the number"; // one of the extractor's rule names, kept in its drafts
    const script = (name: string) => readFileSync(join(distDir, name), "utf8");
    const start = startScripts(distDir);
    expect(start.length).toBeGreaterThanOrEqual(3);
    for (const { name, source } of start) expect([name, source.includes(rule)]).toEqual([name, false]);
    expect(script("extract-worker.js").includes(rule)).toBe(true);
    // On-demand chunks are content-hashed: extract.<hash>.js.
    const chunk = readdirSync(distDir).find((f) => /^extract\.[0-9a-f]{8}\.js$/.test(f))!;
    expect(script(chunk).includes(rule)).toBe(true);
  });
});
