/**
 * `npx report-data review <draft.json>`: the terminal review, driven as a person drives it (the test reads each prompt
 * and answers it), from a script of keys on stdin, and through a pseudo-terminal (util-linux `script`).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DraftReportSchema, type DraftReport } from "../../src/model/draft";
import { reviewItems } from "../../src/taskpane/review/state";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "report-data.js");
jest.setTimeout(120_000); // the first call compiles the CLI when src/ changed
const dir = mkdtempSync(join(tmpdir(), "review-"));
const draftFile = join(dir, "draft.json");
let draft: DraftReport;

beforeAll(() => {
  const extracted = spawnSync(
    process.execPath,
    [bin, "extract", join(root, "test", "extract", "articles", "floods-punjab.txt"), "--published", "2025-07-15"],
    { encoding: "utf8" },
  );
  expect(extracted.status).toBe(0);
  writeFileSync(draftFile, extracted.stdout);
  draft = DraftReportSchema.parse(JSON.parse(extracted.stdout));
});

const review = (args: string[], input?: string) =>
  spawnSync(process.execPath, [bin, "review", ...args], {
    cwd: root,
    encoding: "utf8",
    ...(input !== undefined ? { input } : {}),
  });

/** Runs the review, answering each prompt (a line ending in "> " or ": ") with the next answer; the whole transcript. */
function answering(
  args: string[],
  answers: string[],
): Promise<{ status: number | null; stdout: string; stderr: string; prompts: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, "review", ...args], { cwd: root });
    let stdout = "";
    let stderr = "";
    let answered = 0;
    const prompts: string[] = [];
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      // A prompt is the last line, not yet ended, and followed by nothing until it is answered.
      const last = stdout.slice(stdout.lastIndexOf("\n") + 1);
      if (/(> |: )$/.test(last) && prompts.length === answered) {
        prompts.push(last);
        const answer = answers[answered++];
        if (answer === undefined) child.stdin.end();
        else child.stdin.write(`${answer}\n`);
      }
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr, prompts }));
  });
}

const written = (file: string) => JSON.parse(readFileSync(file, "utf8")) as DraftReport;

describe("npx report-data review", () => {
  it("answers its prompts: accept, reject, undo, edit, accept all above a confidence, undo that, write", async () => {
    const items = reviewItems(draft);
    const [first, second, third] = items;
    expect(first!.kind).toBe("figure");
    // "all 80" has something to accept (an accept of nothing is no step to undo), the third item among it.
    expect(Math.round(third!.confidence * 100)).toBeGreaterThanOrEqual(80);
    const out = join(dir, "answered.json");
    const result = await answering(
      [draftFile, "--out", out],
      // accept 1 (cursor to 2), reject 2 (to 3), undo (2 unreviewed, cursor back on 2), edit 2: value 4321, keep the
      // rest; then accept all at 80% (the third among them), undo it, write.
      ["a", "r", "u", "e", "4321", "", "", "", "all 80", "u", "w"],
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Undone: the reject.");
    expect(result.stdout).toContain("Undone: accept all at 80% or more.");
    expect(result.prompts.slice(4, 8).map((p) => p.trim().split(" [")[0])).toEqual([
      "value",
      "qualifier",
      "measure",
      "place or group counted",
    ]);
    const report = written(out);
    const second_ = draft.figures.find((f) => f.id === second!.id);
    const ids = report.figures.map((f) => f.id);
    // Accepted: the first and the edited second; the third was never decided, so it is not in the report.
    expect(ids).toEqual(expect.arrayContaining([first!.id, ...(second_ ? [second!.id] : [])]));
    expect(ids).not.toContain(third!.id);
    if (second_) expect(report.figures.find((f) => f.id === second!.id)!.value.best).toBe(4321);
    expect(result.stdout).toMatch(/Wrote .*answered\.json: \d+ figures?, /);
  });

  it("asks for the place of a figure that has none before accepting it, with 'did you mean' for a near miss", async () => {
    const noPlace = structuredClone(draft);
    const figure = noPlace.figures[0]!;
    const place = noPlace.places.find((p) => p.id === figure.subject!.id)!;
    figure.subject = null;
    const file = join(dir, "no-place.json");
    writeFileSync(file, JSON.stringify(noPlace));
    const out = join(dir, "placed.json");
    const typo = `${place.name.slice(0, -1)}`;
    const result = await answering([file, "--out", out], ["a", "", "", "", typo, place.name, "w"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("This figure has no place or group: give one, then accept.");
    expect(result.stdout).toContain(`No '${typo}' in the draft: did you mean '${place.name}'?`);
    expect(written(out).figures.find((f) => f.id === figure.id)!.subject).toMatchObject({ kind: "place", id: place.id });
  });

  it("reads a script of keys from a pipe: accept all at 80% keeps exactly the items at 80% or more", () => {
    const out = join(dir, "scripted.json");
    const result = review([draftFile, "--out", out], "all 80\nw\n");
    expect(result.status).toBe(0);
    const expected = reviewItems(draft).filter(
      (i) => Math.round(i.confidence * 100) >= 80 && (i.kind !== "figure" || draft.figures.find((f) => f.id === i.id)!.subject),
    );
    const report = written(out);
    expect(report.figures.map((f) => f.id).sort()).toEqual(
      expected
        .filter((i) => i.kind === "figure")
        .map((i) => i.id)
        .sort(),
    );
    expect(report.statements.map((s) => s.id).sort()).toEqual(
      expected
        .filter((i) => i.kind === "statement")
        .map((i) => i.id)
        .sort(),
    );
    // The transcript shows each key after its prompt, as typed.
    expect(result.stdout).toMatch(/^> all 80$/m);
    // What it wrote loads as a reviewed report.
    const fx = spawnSync(process.execPath, [bin, "fx", "--report", out, "REPORTS()"], { encoding: "utf8" });
    expect([fx.status, fx.stderr]).toEqual([0, ""]);
  });

  it("undo takes back an accept all, and a script that ends before w writes nothing (exit 1)", () => {
    const out = join(dir, "undone.json");
    const result = review([draftFile, "--out", out], "all 0\nu\ns\n");
    expect(result.stdout).toContain(`${reviewItems(draft).length} items: 0 accepted, 0 rejected`);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("review: the input ended before w: nothing was written.\n");
    expect(existsSync(out)).toBe(false);
  });

  it("never overwrites a file without --force", () => {
    const out = join(dir, "taken.json");
    writeFileSync(out, "keep me");
    const refused = review([draftFile, "--out", out], "a\nw\n");
    expect(refused).toMatchObject({ status: 2, stdout: "" });
    expect(refused.stderr).toBe(`review: ${out} already exists: pass --force to overwrite it, or --out another file.\n`);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const forced = review([draftFile, "--out", out, "--force"], "a\nw\n");
    expect(forced.status).toBe(0);
    expect(written(out).figures).toHaveLength(1);
  });

  it("refuses what is not a draft, and a missing file, in one line (exit 2)", () => {
    const missing = review([join(dir, "nope.json")]);
    expect(missing).toMatchObject({ status: 2, stderr: `${join(dir, "nope.json")}: no such file.\n` });
    const reportFile = join(root, "data", "report.json");
    expect(review([reportFile, "--out", join(dir, "x.json")])).toMatchObject({
      status: 2,
      stderr: `${reportFile} is not a draft (a reviewed report has nothing left to review).\n`,
    });
    expect(review(["--bogus"])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^review: unknown option --bogus/) });
  });

  const hasScript = spawnSync("script", ["--version"]).status === 0;
  (hasScript ? it : it.skip)("in a terminal (a pseudo-terminal from util-linux script) acts on each key as pressed", () => {
    const out = join(dir, "tty.json");
    const command = [process.execPath, bin, "review", draftFile, "--out", out].map((a) => `'${a}'`).join(" ");
    // ↓ (an arrow key's escape sequence), a, then % with 90 and Enter, u to take that back, w: no Enter after a key.
    const keys = "\u001b[Ba%90\ruw";
    const run = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", input: keys, cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^> ↓\r?$/m);
    expect(run.stdout).toContain("accept all at or above (%) [80]: 90");
    expect(run.stdout).toContain("Undone: accept all at 90% or more.");
    const [first, second] = reviewItems(draft);
    const report = written(out);
    const ids = [...report.figures, ...report.statements, ...report.actors, ...report.places].map((x) => x.id);
    expect(ids).toContain(second!.id);
    expect(ids).not.toContain(first!.id);
    expect(report.figures).toHaveLength(1);
  });
});
