import { parse } from "csv-parse/sync";
import { extractDraft } from "../../src/extract";
import { loadGazetteer } from "../../src/cli/gazetteer";
import { reportAnnotations } from "../../src/export/annotations";
import { reportFileJson } from "../../src/export/report-file";
import { toCsv } from "../../src/export/csv";
import { aboutLines, exportSections } from "../../src/export/sections";
import { acceptDraft } from "../../src/model/draft";
import { openReport } from "../../src/query/open-report";
import { readReportFile } from "../../src/store/report-file";
import { bundled } from "../support/bundled";

/** Our own sentences: a city the gazetteer knows, and a made-up camp it cannot. */
const TEXT =
  'Floods killed 12 people in Bogotá on Monday, officials said. Nine more died in Zorblat Camp, the Red Cross said. "The water came at night," said Ana Ruiz, a resident.';

function acceptedReport() {
  const draft = extractDraft(TEXT, { published: "2024-05-06", title: "Floods", gazetteer: loadGazetteer() });
  const items = [...draft.figures, ...draft.statements, ...draft.events];
  const decisions = Object.fromEntries(items.map((item) => [item.id, { status: "accepted" as const }]));
  return acceptDraft(draft, decisions).report;
}

describe("places from the gazetteer in the exports", () => {
  const report = acceptedReport();
  const r = openReport(report);

  it("the places CSV carries GeoNames id, country, division and #geo+lat, #geo+lon; an unknown name says it matched nothing", () => {
    const places = exportSections(r).find((s) => s.file === "places.csv")!;
    const [header, hxl, ...rows] = parse(toCsv(places.table, { hxl: true })) as string[][];
    const col = (name: string) => header!.indexOf(name);
    expect([hxl![col("lat")], hxl![col("lon")]]).toEqual(["#geo+lat", "#geo+lon"]);
    const byName = new Map(rows.map((row) => [row[col("name")], row]));
    const bogota = byName.get("Bogotá")!;
    expect([col("geonames id"), col("country"), col("division"), col("lat"), col("lon")].map((i) => bogota[i])).toEqual([
      "3688689",
      "CO",
      "Bogotá",
      "4.60971",
      "-74.08175",
    ]);
    const camp = byName.get("Zorblat Camp")!;
    expect([camp[col("gazetteer")], camp[col("lat")]]).toEqual(["no match in GeoNames", ""]);
  });

  it("the annotations' bodies carry the place's GeoNames fields and link to its GeoNames entry", () => {
    const items = reportAnnotations(r).first.items;
    const mention = items.find((a) => a.id.endsWith("place:bogota/mention/1"))!;
    expect(mention.body).toContainEqual({
      type: "SpecificResource",
      purpose: "identifying",
      source: { id: "https://sws.geonames.org/3688689/", label: "GeoNames: Bogotá" },
    });
    const figure = items.find((a) => a.target.selector[0].exact === "12")!;
    const json = figure.body.find((b) => b.type === "TextualBody" && b.format === "application/json")!;
    expect(json.type === "TextualBody" && JSON.parse(json.value).geo).toMatchObject({ geonamesId: 3688689, country: "CO" });
  });

  it("the About sheet credits GeoNames (CC BY 4.0)", () => {
    expect(aboutLines(r).join("\n")).toMatch(/GeoNames \(https:\/\/www\.geonames\.org\/\), CC BY 4\.0/);
  });
});

describe("report files with and without gazetteer fields", () => {
  it("the bundled report (no geo) and a report with geo both load; a geo out of range is refused with its path", async () => {
    const plain = await readReportFile(reportFileJson(bundled.report));
    expect(plain.ok).toBe(true);
    const withGeo = await readReportFile(reportFileJson(acceptedReport()));
    expect(withGeo.ok && withGeo.report.places.find((p) => p.name === "Bogotá")?.geo).toMatchObject({ matched: true });
    const bad = acceptedReport();
    bad.places[0]!.geo = { matched: true, level: "place", name: "X", country: "CO", lat: 200, lon: 0 };
    const refused = await readReportFile(reportFileJson(bad));
    expect(refused.ok ? [] : refused.problems.map((p) => p.path)).toContainEqual(expect.stringMatching(/^places\.0\.geo/));
  });
});
