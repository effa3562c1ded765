/**
 * A corrupt dataset must not build, and must say what is wrong and where: every problem with its
 * path, from the model's checks, in the build itself.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkReport } from "../../src/model/check-report";
import { rootDir } from "../support/dist";

const datasetText = readFileSync(join(rootDir, "data", "report.json"), "utf8");
// any: corruptions reach into the JSON anywhere, as a damaged file would.
const dataset = (): any => JSON.parse(datasetText);

const corruptions: Array<[string, (data: any) => void, RegExp]> = [
  ["a missing field", (d) => delete d.figures[0].measure, /^figures\.0\.measure: /],
  ["a wrong type", (d) => (d.figures[0].value.best = "2750"), /^figures\.0\.value\.best: /],
  ["a word outside the vocabulary", (d) => (d.statements[2].kind = "rumour"), /^statements\.2\.kind: /],
  ["a dangling speaker", (d) => (d.statements[0].speaker = "actor:nobody"), /^statements\.0\.speaker: no actor 'actor:nobody'/],
  ["a twice-used id", (d) => (d.events[1].id = d.events[0].id), /^events\.1\.id: '.*' is used twice/],
  [
    "a span that no longer quotes the text",
    (d) => (d.figures[0].evidence.start += 1) && (d.figures[0].evidence.end += 1),
    /^figures\.0\.evidence: '.*' is not the source text at/,
  ],
];

describe("the dataset checks", () => {
  it("find nothing wrong with data/report.json", () => {
    expect(checkReport(dataset()).problems).toEqual([]);
  });

  it.each(corruptions)("find %s, with its path", (_, corrupt, problem) => {
    const data = dataset();
    corrupt(data);
    const { problems, report } = checkReport(data);
    expect(report).toBeUndefined();
    expect(problems).toEqual([expect.stringMatching(problem)]);
  });

  it("list every problem, not just the first", () => {
    const data = dataset();
    delete data.figures[0].measure;
    delete data.actors[1].name;
    data.events[2].date = "tomorrow";
    expect(checkReport(data).problems).toHaveLength(3);
  });
});

describe("the build", () => {
  const dir = mkdtempSync(join(tmpdir(), "corrupt-dataset-"));
  const build = (json: string) => {
    const file = join(dir, "report.json");
    writeFileSync(file, json);
    const webpack = join(rootDir, "node_modules", "webpack", "bin", "webpack.js");
    const run = spawnSync(
      process.execPath,
      [webpack, "--mode", "production", "--env", "local", "--output-path", join(dir, "dist")],
      {
        cwd: rootDir,
        encoding: "utf8",
        env: { ...process.env, REPORT_DATASET: file },
        timeout: 120_000,
      },
    );
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  };

  it("fails on a truncated dataset and says so", () => {
    const { status, output } = build(datasetText.slice(0, datasetText.length / 2));
    expect(status).not.toBe(0);
    expect(output).toMatch(/is not valid \(1 problem\):\n\s+not valid JSON \(truncated or damaged\?\)/);
  });

  it("fails on a dangling reference, printing it with its path", () => {
    const data = dataset();
    data.statements[0].speaker = "actor:nobody";
    data.events[0].places.push("place:atlantis");
    const { status, output } = build(JSON.stringify(data));
    expect(status).not.toBe(0);
    expect(output).toContain("(2 problems)");
    expect(output).toContain("statements.0.speaker: no actor 'actor:nobody' in the dataset");
    expect(output).toMatch(/events\.0\.places\.\d+: no place 'place:atlantis' in the dataset/);
  });
});
