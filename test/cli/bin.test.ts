/**
 * `npx report-data …` (bin/report-data.js): the compiled CLI. Each documented exit code of fx, 0 to 3, from the
 * command a user types; 3 from a copy of the compiled CLI whose bundled dataset is damaged.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "report-data.js");
jest.setTimeout(120_000); // the first call compiles the CLI when src/ changed
const reportData = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, COLUMNS: "" } });

beforeAll(() => {
  reportData("fx", "REPORTS()");
});

describe("npx report-data", () => {
  it("runs fx, extract and export from compiled JavaScript", () => {
    expect(reportData("fx", 'CASUALTIES("Gaza","killed")')).toMatchObject({ status: 0, stdout: "2750\n", stderr: "" });
    const extracted = reportData("extract", join(root, "data", "article.txt"), "--published", "2023-10-16");
    expect(extracted.status).toBe(0);
    expect(JSON.parse(extracted.stdout).figures.length).toBeGreaterThan(0);
    const out = mkdtempSync(join(tmpdir(), "bin-export-"));
    const exported = reportData("export", out);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain(join(out, "report.xlsx"));
  });

  it("exits 1 for an Excel error and 2 for a usage error, an unknown command or no command", () => {
    expect(reportData("fx", 'CASUALTIES("Gazza","killed")')).toMatchObject({
      status: 1,
      stdout: expect.stringMatching(/^#N\/A /),
    });
    expect(reportData("fx", "CASUALTIES(")).toMatchObject({ status: 2, stdout: "" });
    expect(reportData("fx", "--nope", "X()")).toMatchObject({
      status: 2,
      stderr: "fx: unknown option --nope (npx report-data fx --help lists the options).\n",
    });
    expect(reportData("export", "--nope")).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^export: unknown option --nope .*\n$/),
    });
    expect(reportData("frobnicate")).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^report-data: no command 'frobnicate'/),
    });
    expect(reportData()).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^Usage: npx report-data <fx \| extract \| export \| review>/),
    });
  });

  it("exits 3, naming the problem, when the bundled dataset is damaged", () => {
    // Inside the (git-ignored) build folder, so the copy finds node_modules as the build does.
    const copy = mkdtempSync(join(root, ".cli-build", "damaged-"));
    for (const folder of ["src", "data"]) cpSync(join(root, ".cli-build", folder), join(copy, folder), { recursive: true });
    const dataset = join(copy, "data", "report.json");
    const data = JSON.parse(readFileSync(dataset, "utf8"));
    delete data.figures[0].measure;
    writeFileSync(dataset, JSON.stringify(data));
    const run = spawnSync(process.execPath, [join(copy, "src", "cli", "fx.js"), 'CASUALTIES("Gaza","killed")'], {
      encoding: "utf8",
    });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(/^The dataset is not valid:\n {2}figures\.0\.measure: /);
    rmSync(copy, { recursive: true, force: true });
  });
});
