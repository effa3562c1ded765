import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DraftReportSchema } from "../../src/model/draft";

const root = join(__dirname, "..", "..");
const extract = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli", "extract.ts"), ...args],
    {
      encoding: "utf8",
    },
  );
const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));

describe("npm run extract", () => {
  it("prints the draft as JSON on stdout and exits 0", () => {
    const run = extract(join(root, "data", "article.txt"), "--published", "2023-10-16", "--title", "Iran and the war");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const draft = DraftReportSchema.parse(JSON.parse(run.stdout));
    expect(draft.source.title).toBe("Iran and the war");
    expect(draft.figures.find((f) => f.valueText.exact === "about 2,750")).toMatchObject({
      measure: "killed",
      value: { best: 2750 },
    });
  });

  it("--review prints a readable list", () => {
    const run = extract(join(root, "data", "article.txt"), "--review");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Figures \(\d+\)$/m);
    expect(run.stdout).toMatch(/Gaza Strip killed: 2750 \[about/);
  });

  it("an unreadable or empty file, or a bad date: a clear error and exit 2", () => {
    const emptyFile = join(dir, "empty.txt");
    writeFileSync(emptyFile, "  \n");
    expect(extract(join(dir, "missing.txt"))).toMatchObject({
      status: 2,
      stdout: "",
      stderr: expect.stringMatching(/^[^\n]*missing.txt: no such file\.\n$/),
    });
    expect(extract(dir)).toMatchObject({ status: 2, stderr: expect.stringMatching(/folder, not a file/) });
    expect(extract(emptyFile)).toMatchObject({ status: 2, stderr: expect.stringMatching(/is empty/) });
    expect(extract(join(root, "data", "article.txt"), "--published", "16/10/2023")).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/YYYY-MM-DD/),
    });
    expect(extract()).toMatchObject({ status: 2, stderr: expect.stringMatching(/^extract: no article given .*--help/) });
    expect(extract("--bogus", "a.txt")).toMatchObject({
      status: 2,
      stderr: "extract: unknown option --bogus (npx report-data extract --help lists the options).\n",
    });
  });
});

describe("npm run extract without --published", () => {
  it("warns that relative dates cannot be placed, on stderr and in the draft's warnings", () => {
    const run = extract(join(root, "data", "article.txt"));
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^extract: No --published date: relative dates .* cannot be placed/);
    expect(JSON.parse(run.stdout).warnings).toContainEqual(expect.stringMatching(/relative dates .* cannot be placed/));
  });
});
