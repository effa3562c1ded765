import { search } from "../../src/query";
import { matchedWords, matchesTerms, queryTerms, searchHaystack, searchKey } from "../../src/query/search-terms";
import { bundled } from "../support/bundled";

const finds = (query: string, text: string) => matchesTerms(searchHaystack(text), queryTerms(query));
const marked = (text: string, query: string) => matchedWords(text, queryTerms(query)).map((w) => text.slice(w.start, w.end));

describe("search folding", () => {
  it("reads a number the same with or without digit-group separators", () => {
    expect(searchKey("2,750")).toBe("2750");
    expect(searchKey("2\u202f750")).toBe("2750");
    expect(finds("2750", "about 2,750 people were killed")).toBe(true);
    expect(finds("2,750", "a toll of 2750")).toBe(true);
  });

  it("finds a number only as a whole number", () => {
    expect(finds("2750", "27,500 people")).toBe(false);
    expect(finds("750", "about 2,750 people")).toBe(false);
    expect(finds("3.5", "3.5 million dollars")).toBe(true);
  });

  it("folds possessives, typographic apostrophes included", () => {
    expect(searchKey("Khamenei's")).toBe("khamenei");
    expect(searchKey("Khamenei’s")).toBe("khamenei");
    expect(searchKey("Hamas'")).toBe(searchKey("Hamas"));
    expect(finds("Khamenei's", "Supreme Leader Ali Khamenei said")).toBe(true);
    expect(finds("Khamenei", "Khamenei’s statement")).toBe(true);
  });

  it("folds plurals both ways", () => {
    expect(searchKey("hostages")).toBe("hostage");
    expect(searchKey("casualties")).toBe("casualty");
    expect(searchKey("witnesses")).toBe("witness");
    expect(searchKey("press")).toBe("press");
    expect(finds("hostage", "about 200 hostages")).toBe(true);
    expect(finds("hostages", "one hostage was freed")).toBe(true);
    expect(finds("casualty", "heavy casualties")).toBe(true);
  });

  it("folds case and diacritics", () => {
    expect(searchKey("Zürich")).toBe("zurich");
    expect(finds("zurich", "talks in Zürich")).toBe(true);
    expect(finds("Zürich", "talks in Zurich")).toBe(true);
    expect(finds("ÉMIR", "the Emir of Qatar")).toBe(true);
  });

  it("needs every word, each inside one word of the text", () => {
    expect(finds("gaza killed", "killed in the Gaza Strip")).toBe(true);
    expect(finds("gaza hostages", "killed in the Gaza Strip")).toBe(false);
    expect(finds("", "anything")).toBe(true);
  });

  it("marks the whole words a query finds, as the text writes them", () => {
    expect(marked("Meanwhile, about 2,750 people were killed in the Gaza Strip.", "2750 gaza")).toEqual(["2,750", "Gaza"]);
    expect(marked("Khamenei’s words on the hostages", "khamenei's hostage")).toEqual(["Khamenei’s", "hostages"]);
    expect(marked("nothing to see", "")).toEqual([]);
  });
});

describe("searching the bundled report", () => {
  it("finds the Gaza toll by its digits, with or without the separator", () => {
    // The injured figure's sentence gives the toll too.
    const expected = ["figure:gaza-strip-killed", "figure:gaza-strip-injured"];
    expect([...search(bundled, "2750").figures]).toEqual(expected);
    expect([...search(bundled, "2,750").figures]).toEqual(expected);
    expect(search(bundled, "2751").figures.size).toBe(0);
  });

  it("finds Khamenei by the possessive", () => {
    const plain = search(bundled, "Khamenei");
    const possessive = search(bundled, "Khamenei's");
    expect(possessive.statements).toEqual(plain.statements);
    expect([...possessive.actors]).toEqual(["actor:khamenei"]);
  });

  it("finds the hostage figures by the singular", () => {
    const hits = search(bundled, "hostage");
    expect(hits.figures.size).toBeGreaterThan(0);
    expect([...hits.figures].every((id) => id.endsWith("hostages"))).toBe(true);
    expect(search(bundled, "hostages").figures).toEqual(hits.figures);
  });
});
