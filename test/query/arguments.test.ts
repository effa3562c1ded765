/**
 * Arguments Excel will pass: long text, impossible dates, reversed ranges, punctuation,
 * separators and ranges where one cell is expected. Each answers a proper Excel error, quickly,
 * with a short message.
 */
import { report } from "../../src/dataset/report";
import { inputLimits } from "../../src/query/arguments";
import { callExcel, excelError } from "../support/excel";
import { bundledLibrary, functionsById } from "../support/functions";

const library = bundledLibrary();
const FUNCTIONS = functionsById(library);
const { actorIndex, answers, limits, subjectIndex } = library.default!;
const call = (name: string, ...args: unknown[]) => FUNCTIONS.get(name)!(...args);
const LONGEST_CELL = 32_767;
/** Text of many short words: the worst shape for anything that tries splits of the words. */
const manyWords = Array.from({ length: LONGEST_CELL }, (_, i) => (i % 2 ? " " : "a")).join("");

describe("text longer than anything in the report", () => {
  it("is refused by every function with #VALUE!, each call in well under a second", () => {
    const calls: Array<[string, unknown[]]> = [
      ["CARD", [manyWords]],
      ["CASUALTIES", [manyWords, "killed"]],
      ["CASUALTIES", ["Gaza", manyWords]],
      ["CASUALTIES", ["Gaza", "killed", manyWords]],
      ["FIGURES", [manyWords]],
      ["STATEMENT", [manyWords]],
      ["STATEMENTS", [undefined, manyWords]],
      ["WHO", [manyWords]],
      ["ACTOR", [manyWords]],
      ["ACTOR", ["Khamenei", manyWords]],
    ];
    for (const [name, args] of calls) {
      const started = performance.now();
      const error = excelError(() => call(name, ...args));
      const elapsed = performance.now() - started;
      expect([name, error.code, error.message]).toEqual([name, "#VALUE!", expect.stringMatching(/32,767 characters long/)]);
      expect(elapsed).toBeLessThan(500);
    }
  });

  it("takes its limit from the report's own names, so another report has its own", () => {
    expect(limits.name).toBe(Math.max(subjectIndex.longestKey, actorIndex.longestKey, limits.name));
    const small = inputLimits({ actors: [], places: [], topics: { war: "the war" }, statements: [] }, ["killed"]);
    expect(small).toEqual({ name: "war the war".length, words: 0, figureName: "war the war".length + 1 + "killed".length });
    expect(limits.name).toBeGreaterThan(small.name);
  });

  it("still accepts a name padded with spaces, and a name just at the limit", () => {
    expect(call("CASUALTIES", `${" ".repeat(200)}Gaza${" ".repeat(200)}`, "killed")).toBe(2750);
    const longestActor = report.actors.flatMap((a) => [a.name, ...a.aliases]).sort((a, b) => b.length - a.length)[0]!;
    expect(callExcel(() => call("ACTOR", longestActor, "name"))).toEqual({ value: expect.any(String) });
  });

  it("keeps the answer memo bounded in bytes after 3,000 distinct long inputs, and keeps none too long to be a name", () => {
    for (let i = 0; i < 3000; i++) callExcel(() => call("CARD", `${i} ${manyWords.slice(0, 2000)}`));
    for (let i = 0; i < 3000; i++) callExcel(() => call("CASUALTIES", `${i}${manyWords.slice(0, 200)}`, "killed"));
    expect(answers.size).toBeGreaterThan(0);
    expect(answers.heldBytes).toBeLessThanOrEqual(1 << 20);
    const held = answers.size;
    for (let i = 0; i < 100; i++) callExcel(() => call("CASUALTIES", `${i}${manyWords.slice(0, 2000)}`, "killed"));
    expect(answers.size).toBe(held);
  });
});

describe("messages", () => {
  it("quote at most the first 40 characters of what was typed", () => {
    const huge = "x".repeat(100_000);
    for (const [name, args] of [
      ["CASUALTIES", [huge, "killed"]],
      ["EVENTS", [huge]],
      ["STATEMENT", ["Khamenei", huge]],
      ["FIGURES", ["Gaza", "killed", huge]],
    ] as Array<[string, unknown[]]>) {
      const { message } = excelError(() => call(name, ...args));
      expect(message!.length).toBeLessThan(220);
      expect(message).toContain(`'${"x".repeat(40)}…'`);
    }
  });

  it("say that a single cell is expected when a range reaches a one-value argument", () => {
    const range = [
      ["Gaza", "Israel"],
      ["West Bank", "Lebanon"],
    ];
    expect(excelError(() => call("CASUALTIES", range, "killed"))).toEqual({
      code: "#VALUE!",
      message: "where takes a single cell or value, not a range of 2 × 2 cells; point it at one cell.",
    });
    expect(excelError(() => call("STATEMENT", "Khamenei", [[1], [2]])).message).toMatch(/^n takes a single cell/);
    expect(excelError(() => call("EVENTS", [[45213, 45214]])).message).toMatch(/^from takes a single cell/);
    expect(excelError(() => call("FIGURES", "Gaza", "killed", [[true]])).message).toMatch(/^hxl takes a single cell/);
  });
});

describe("REPORT.EVENTS dates", () => {
  it.each([
    ["2023-02-30", "2023-02 has no day 30"],
    ["2023-13-45", "there is no month 13"],
    ["2023-10-32", "2023-10 has no day 32"],
    ["0079-01-01", "Excel dates start in 1900"],
  ])("refuses %p instead of rolling it over (%s)", (date, reason) => {
    expect(excelError(() => call("EVENTS", date))).toEqual({
      code: "#VALUE!",
      message: `from '${date}' is not a date (${reason}); give an Excel date or YYYY-MM-DD.`,
    });
  });

  it("refuses serial numbers outside Excel's calendar", () => {
    expect(excelError(() => call("EVENTS", 3_000_000)).code).toBe("#VALUE!");
    expect(excelError(() => call("EVENTS", undefined, -5)).code).toBe("#VALUE!");
  });

  it("refuses a from after the to", () => {
    expect(excelError(() => call("EVENTS", "2023-10-15", "2023-10-14"))).toEqual({
      code: "#VALUE!",
      message: "from (2023-10-15) is after to (2023-10-14); give the earlier date first.",
    });
    expect(excelError(() => call("EVENTS", 45214, 45213)).code).toBe("#VALUE!");
  });

  it("still takes a leap day, a month, and the same day twice", () => {
    expect(callExcel(() => call("EVENTS", "2024-02-29"))).toEqual({ error: expect.objectContaining({ code: "#N/A" }) });
    expect(callExcel(() => call("EVENTS", "2023-10", "2023-10"))).toEqual({ value: expect.any(Array) });
    expect(callExcel(() => call("EVENTS", "2023-10-14", "2023-10-14"))).toEqual({ value: expect.any(Array) });
  });
});

describe("topics and words made of punctuation or separators", () => {
  it.each(["-", "...", "—", "'", "()"])("a topic of only %p matches nothing and says so", (topic) => {
    expect(excelError(() => call("STATEMENTS", undefined, topic))).toEqual({
      code: "#VALUE!",
      message: `topic '${topic}' has no letters or digits; give a topic or words of its label.`,
    });
  });

  it("WHO does not match across the separator between a statement's passages", () => {
    expect(excelError(() => call("WHO", "|")).code).toBe("#VALUE!");
    expect(excelError(() => call("WHO", "| is"))).toEqual({
      code: "#N/A",
      message: "No statement in the report contains '| is'.",
    });
  });

  it("WHO still finds words inside one passage", () => {
    expect(call("WHO", "genocide machine")).toBe("Ebrahim Raisi");
  });
});
