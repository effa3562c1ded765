import { extractDraft } from "../../src/extract";

const dates = (text: string, published?: string) =>
  extractDraft(text, published ? { published } : {}).events.map((e) => ({
    start: e.date?.start,
    end: e.date?.end,
    precision: e.date?.precision,
    basis: e.date?.basis,
    year: e.date?.year,
  }));

describe("dates relative to the publication date", () => {
  it("'on Saturday' is the Saturday before a Tuesday publication, inferred", () => {
    expect(dates("The dam failed on Saturday, flooding three villages.", "2024-03-12")).toEqual([
      { start: "2024-03-09", end: undefined, precision: "day", basis: "inferred", year: "inferred" },
    ]);
  });

  it("'on Tuesday' in a Tuesday report is the publication day itself", () => {
    expect(dates("The talks opened on Tuesday in Geneva.", "2024-03-12")[0]).toMatchObject({ start: "2024-03-12" });
  });

  it("a day and month with no year is never after the publication date", () => {
    expect(dates("The ceasefire began on December 28 and held for a week.", "2024-01-05")[0]).toMatchObject({
      start: "2023-12-28",
      year: "inferred",
      basis: "stated",
    });
    expect(dates("The talks opened on January 3 in Doha.", "2024-01-05")[0]).toMatchObject({ start: "2024-01-03" });
  });

  it("'last week' is a month-precision date, inferred", () => {
    expect(dates("Fighting spread to the border towns last week.", "2023-10-16")[0]).toMatchObject({
      start: "2023-10",
      precision: "month",
      basis: "inferred",
    });
  });

  it("'October 13 and 14' keeps both days", () => {
    expect(dates("Shelling hit the villages on October 13 and 14, officials said.", "2023-10-20")[0]).toMatchObject({
      start: "2023-10-13",
      end: "2023-10-14",
    });
  });

  it("a written year is stated; a date counted from another event ('two days later') is left undated", () => {
    expect(dates("The first quake struck in February 2023.", "2024-02-06")[0]).toMatchObject({
      start: "2023-02",
      year: "stated",
    });
    expect(dates("Two days later, the aftershock came.", "2024-02-06")).toEqual([]);
  });

  it("without a publication date, only dates that write their year are kept", () => {
    expect(dates("The strike came on Saturday. The first one was on 4 March 2022.")).toEqual([
      expect.objectContaining({ start: "2022-03-04", year: "stated" }),
    ]);
  });
});
