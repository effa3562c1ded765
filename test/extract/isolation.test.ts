import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

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
    for (const file of files(join(src, "taskpane"))) {
      expect([file, /from "[./]*extract(?:\/|")/.test(readFileSync(file, "utf8"))]).toEqual([file, false]);
    }
  });
});
