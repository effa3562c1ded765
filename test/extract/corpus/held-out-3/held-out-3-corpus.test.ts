import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../../../../src/model/report";
import { problemsOf } from "./check";
import { heldOut3Corpus } from "./index";

describe("the third held-out corpus (held-out-3)", () => {
  const slugs = Object.keys(heldOut3Corpus.truths);

  it("has at least 10 articles", () => {
    expect(slugs.length).toBeGreaterThanOrEqual(10);
  });

  it.each(slugs)("%s: the truth passes the schema and its checks, and the JSON is what the .truth.ts makes", (slug) => {
    const truth = ReportSchema.parse(heldOut3Corpus.truths[slug]!());
    expect(problemsOf(truth)).toEqual([]);
    const json = JSON.parse(readFileSync(join(heldOut3Corpus.dir, `${slug}.truth.json`), "utf8")) as unknown;
    expect(json).toEqual(JSON.parse(JSON.stringify(truth)));
  });

  it.each(slugs)("%s: every figure has a place", (slug) => {
    const truth = heldOut3Corpus.truths[slug]!();
    const places = new Set(truth.places.map((p) => p.id));
    expect(truth.figures.filter((f) => f.subject.kind !== "place" || !places.has(f.subject.id)).map((f) => f.id)).toEqual([]);
  });
});
