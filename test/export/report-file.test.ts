import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportComment, reportFileJson } from "../../src/export/report-file";
import type { Report } from "../../src/model/report";
import { readReportFile } from "../../src/store/report-file";
import { bundled } from "../support/bundled";

const report = bundled.report;

/** The same value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

describe("the report file export", () => {
  const json = reportFileJson(report);

  it("reads back through the importer with no problems, equal to the report", async () => {
    const check = await readReportFile(json);
    if (!check.ok) throw new Error(check.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
    expect({ ...check.report, $comment: undefined }).toEqual({ ...report, $comment: undefined });
  });

  it("is the dataset file itself, pretty-printed in the schema's key order, but for its comment", () => {
    const dataset = readFileSync(join(__dirname, "../../data/report.json"), "utf8");
    const comment = (text: string) => (JSON.parse(text) as Report).$comment;
    expect(json.replace(JSON.stringify(comment(json)), JSON.stringify(comment(dataset)))).toBe(dataset);
    expect(comment(json)).toBe(exportComment(report));
  });

  it("writes the same bytes whatever order the value's fields were built in (records keep their data order)", () => {
    const shuffled = { ...(reversedKeys(report) as Report), topics: report.topics };
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(report)[0]);
    expect(reportFileJson(shuffled)).toBe(json);
  });
});
