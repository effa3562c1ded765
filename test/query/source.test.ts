import { focusSpan, focusWords, sourceSegments } from "../../src/query";
import { bundled } from "../support/bundled";

const covered = (id: string, kind: Parameters<typeof focusSpan>[1], part: "context" | "current") =>
  sourceSegments(bundled, focusSpan(bundled, kind, id), focusWords(bundled, kind, id))
    .filter((s) => s[part])
    .map((s) => s.text)
    .join("");

describe("a record's words in the source", () => {
  it("picks a figure's number and qualifier inside its sentence", () => {
    expect(covered("figure:gaza-strip-killed", "figure", "current")).toBe("about 2,750");
    expect(covered("figure:gaza-strip-killed", "figure", "context")).toBe(
      "Meanwhile, about 2,750 people were killed in the Gaza Strip and more than 9,700 were injured.",
    );
  });

  it("picks a statement's quoted words, not its whole sentence", () => {
    expect(covered("statement:amir-abdollahian-natural-reaction", "statement", "current")).toBe("natural reaction");
    expect(covered("statement:amir-abdollahian-natural-reaction", "statement", "context")).toMatch(
      /^Iran's Foreign Minister Hossein Amir-Abdollahian has defended .*government\.$/,
    );
  });

  it("picks an actor's first mention inside a sentence that quotes it", () => {
    const mention = covered("actor:khamenei", "actor", "current");
    const sentence = covered("actor:khamenei", "actor", "context");
    expect(mention.length).toBeGreaterThan(0);
    expect(sentence.includes(mention)).toBe(true);
    expect(sentence.length).toBeGreaterThan(mention.length);
  });

  it("marks nothing as current without a selection", () => {
    expect(sourceSegments(bundled).some((s) => s.current || s.context)).toBe(false);
  });
});
