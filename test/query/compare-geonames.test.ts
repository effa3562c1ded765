import { acceptDraft, type DraftReport } from "../../src/model/draft";
import { extractDraft } from "../../src/extract";
import { loadGazetteer } from "../../src/cli/gazetteer";
import { Library } from "../../src/query";
import { compareFigure } from "../../src/query/compare";

/** Our own two sentences naming one city two ways: with its accent and without. */
const drafts = () => {
  const gazetteer = loadGazetteer();
  return [
    extractDraft("Floods killed 12 people in Bogotá on Monday, officials said.", {
      published: "2024-05-06",
      title: "Floods in Bogotá",
      gazetteer,
    }),
    extractDraft("At least 15 people were killed in Bogota by the floods, officials said on Wednesday.", {
      published: "2024-05-08",
      title: "Bogota toll rises",
      gazetteer,
    }),
  ];
};

const accepted = (draft: DraftReport) => {
  const decisions = Object.fromEntries(draft.figures.map((f) => [f.id, { status: "accepted" as const }]));
  return acceptDraft(draft, decisions).report;
};

describe("COMPARE and the gazetteer", () => {
  it("matches a place named two ways by its GeoNames id, and says so in 'matched'", () => {
    const [first, second] = drafts().map(accepted);
    const ids = [first!, second!].map((r) => r.places.map((p) => [p.name, p.geo?.matched && p.geo.geonamesId]));
    expect(ids).toEqual([[["Bogotá", 3688689]], [["Bogota", 3688689]]]);
    const library = new Library([
      { report: first!, origin: "file" },
      { report: second!, origin: "file" },
    ]);
    const result = compareFigure(library, "Bogotá", "killed");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const matched = result.value.header.indexOf("matched");
    expect(result.value.rows.map((row) => [row[2], row[matched]])).toEqual([
      [12, "Bogotá (as 'Bogotá', by GeoNames id 3688689)"],
      [15, "Bogota (as 'Bogota', by GeoNames id 3688689)"],
    ]);
  });

  it("without gazetteer ids the two names stay two places: only the report that writes the name is compared", () => {
    const [first, second] = drafts()
      .map(accepted)
      .map((r) => ({ ...r, places: r.places.map(({ geo: _geo, ...place }) => place) })); // eslint-disable-line @typescript-eslint/no-unused-vars
    const library = new Library([
      { report: first!, origin: "file" },
      { report: second!, origin: "file" },
    ]);
    const result = compareFigure(library, "Bogotá", "killed");
    expect(result.ok && result.value.rows.map((row) => row[2])).toEqual([12]);
  });
});
