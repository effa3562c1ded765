/**
 * Documentation examples are tests: every fenced `console` block of README.md and docs/*.md holds commands on lines
 * starting with `$ ` and, after each, the exact stdout it prints. Each block runs in its own copy of the project (the
 * top-level entries linked into a temporary folder, so what a command writes lands there), its commands one after
 * another in bash, and each command's stdout must be what the block says.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
jest.setTimeout(300_000);

export interface Sample {
  command: string;
  stdout: string;
}

/** The console blocks of a Markdown text, each as its commands and their expected stdout. */
export function consoleBlocks(markdown: string): Sample[][] {
  const blocks: Sample[][] = [];
  const fence = /^```console[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (const [, body] of markdown.matchAll(fence)) {
    const samples: Sample[] = [];
    for (const line of body!.split("\n").slice(0, -1)) {
      if (line.startsWith("$ ")) samples.push({ command: line.slice(2), stdout: "" });
      else if (samples.length > 0) samples[samples.length - 1]!.stdout += `${line}\n`;
    }
    blocks.push(samples);
  }
  return blocks;
}

const documents = [
  "README.md",
  ...(existsSync(join(root, "docs"))
    ? readdirSync(join(root, "docs"))
        .filter((f) => f.endsWith(".md"))
        .map((f) => join("docs", f))
    : []),
].filter((file) => existsSync(join(root, file)));

/** A folder that looks like the project: each top-level entry linked, so a command's own files stay in the copy. */
function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), "doc-examples-"));
  for (const entry of readdirSync(root)) if (entry !== ".git") symlinkSync(join(root, entry), join(copy, entry));
  return copy;
}

beforeAll(() => {
  // Compile the CLI once, so no sample pays for it (the message is on stderr anyway).
  spawnSync(process.execPath, [join(root, "bin", "report-data.js"), "fx", "REPORTS()"], { cwd: root });
});

describe("the console blocks of the documentation", () => {
  it("parses a block into commands and the stdout after each", () => {
    expect(consoleBlocks("text\n```console\n$ echo a\na\n$ true\n```\n```text\n$ no\n```\n")).toEqual([
      [
        { command: "echo a", stdout: "a\n" },
        { command: "true", stdout: "" },
      ],
    ]);
  });

  const cases = documents.flatMap((file) =>
    consoleBlocks(readFileSync(join(root, file), "utf8")).map((samples, i) => [`${file} block ${i + 1}`, samples] as const),
  );
  it("finds the samples of docs/cli.md", () => {
    expect(cases.filter(([name]) => name.startsWith("docs/cli.md")).length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)("%s prints what it says", (_, samples) => {
    const cwd = projectCopy();
    for (const { command, stdout } of samples) {
      const run = spawnSync("bash", ["-c", command], { cwd, encoding: "utf8", env: { ...process.env, COLUMNS: "100" } });
      expect({ command, stdout: run.stdout.replace(/\r\n/g, "\n") }).toEqual({ command, stdout });
    }
  });
});
