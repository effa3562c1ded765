import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build, type FigureSpec } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { cases: ["cases", "patients", "admitted"] } };
const sinceJanuary: ReportDate = {
  start: "2026-01-01",
  end: "2026-01-29",
  precision: "day",
  basis: "inferred",
  year: "inferred",
  note: "Since the first week of January, to the Thursday of publication.",
};

export function truth(): Report {
  const ministry = { by: "actor:ministry", byBasis: "implied" as const, date: sinceJanuary };
  const district = (id: string, v: [string, string], n: number, m: string, place: string, q?: string): FigureSpec => ({
    id,
    v,
    n,
    ...(q ? { q } : {}),
    m,
    ...(m === "killed" ? { mt: ["deaths", v[1]] as [string, string] } : {}),
    c: "people",
    at: `place:${place}`,
    ...ministry,
  });
  return build({
    slug: "cholera-malawi",
    dir: TUNING_DIR,
    title: "Cholera kills 38 in Malawi as cases top 2,100",
    outlet: null,
    published: "2026-01-29",
    vocabulary,
    actors: [
      { id: "actor:ministry", type: "organization", name: "Ministry of Health", aliases: ["the ministry"], role: "Malawi's health ministry" },
      { id: "actor:chikumbe", type: "person", name: "Adrian Chikumbe", aliases: ["Health spokesperson Adrian Chikumbe", "Chikumbe"], role: "Health spokesperson", affiliation: "actor:ministry" },
      { id: "actor:nurse", type: "person", name: "a nurse who asked not to be named", aliases: ["a nurse"], role: "Nurse at Queen Elizabeth Central Hospital" },
      { id: "actor:who", type: "organization", name: "World Health Organization", aliases: ["WHO"], role: "UN health agency" },
    ],
    places: [
      { id: "place:malawi", name: "Malawi", kind: "country" },
      { id: "place:blantyre", name: "Blantyre", kind: "region", aliases: ["BLANTYRE", "Blantyre district"] },
      { id: "place:nsanje", name: "Nsanje", kind: "region" },
      { id: "place:chikwawa", name: "Chikwawa", kind: "region" },
      { id: "place:mangochi", name: "Mangochi", kind: "region" },
      { id: "place:lilongwe", name: "Lilongwe", kind: "region" },
      { id: "place:qech", name: "Queen Elizabeth Central Hospital", kind: "site" },
    ],
    figures: [
      { id: "malawi-killed", v: "38", n: 38, m: "killed", c: "people", at: "place:malawi", by: "actor:ministry", byText: "Ministry of Health", date: sinceJanuary },
      { id: "malawi-cases", v: "more than 2,100", n: 2100, q: "more than", m: "cases", c: "cases", at: "place:malawi", atBasis: "implied", by: "actor:ministry", byText: "Ministry of Health", date: sinceJanuary },
      district("blantyre-killed", ["14", "14 deaths"], 14, "killed", "blantyre"),
      district("blantyre-cases", ["870", "870 cases"], 870, "cases", "blantyre"),
      district("nsanje-killed", ["nine", "nine deaths"], 9, "killed", "nsanje"),
      district("nsanje-cases", ["about 410", "about 410 cases"], 410, "cases", "nsanje", "about"),
      district("chikwawa-killed", ["6", "6 deaths"], 6, "killed", "chikwawa"),
      { ...district("mangochi-killed", ["5", "Mangochi 5"], 5, "killed", "mangochi"), mt: ["deaths", "6 deaths"], note: "'Mangochi 5': 'deaths' carries over." },
      { ...district("lilongwe-killed", ["4", "Lilongwe 4"], 4, "killed", "lilongwe"), mt: ["deaths", "6 deaths"], note: "'Lilongwe 4': 'deaths' carries over." },
      { id: "admitted", v: "163", n: 163, m: "cases", mt: "admitted", c: "patients admitted on Wednesday", at: "place:malawi", atBasis: "inferred", by: "actor:chikumbe", byText: "Health spokesperson Adrian Chikumbe", date: { start: "2026-01-28", precision: "day", basis: "inferred", year: "inferred" }, note: "'across the country': Malawi." },
      { id: "qech-patients", v: "more than 90", n: 90, q: "more than", m: "cases", mt: ["patients", "90 patients"], c: "patients", at: "place:qech", atBasis: "implied", by: "actor:nurse", byBasis: "implied", date: { start: "2026-01-29", precision: "day", basis: "inferred", year: "inferred", note: "This morning." } },
      { id: "malawi-2023-killed", v: "more than 1,700", n: 1700, q: "more than", m: "killed", c: "people", at: "place:malawi", by: "actor:who", byText: "World Health Organization", date: { start: "2023", precision: "year", basis: "stated", year: "stated" }, note: "Background: the 2023 outbreak." },
    ],
    statements: [
      { id: "ministry-toll", who: "actor:ministry", text: "Cholera has killed 38 people in Malawi since the outbreak was declared in the first week of January" },
      { id: "chikumbe-admitted", who: "actor:chikumbe", text: "163 patients were admitted to cholera treatment centres across the country on Wednesday, nearly twice the number of a week earlier" },
      { id: "chikumbe-too-late", who: "actor:chikumbe", basis: "implied", text: "Most of the people we lose arrive too late, after two or three days of vomiting at home", quotes: ["Most of the people we lose arrive too late, after two or three days of vomiting at home,"] },
      { id: "nurse-tents", who: "actor:nurse", text: "the treatment tents were full" },
      { id: "nurse-beds", who: "actor:nurse", basis: "implied", text: "We have 60 beds and this morning we had more than 90 patients", quotes: ["We have 60 beds and this morning we had more than 90 patients,"] },
      { id: "chikumbe-chlorine", who: "actor:chikumbe", text: "the ministry had sent chlorine and oral rehydration salts to the southern districts and asked churches and mosques to postpone large gatherings", topics: ["rescue"] },
      { id: "who-2023", who: "actor:who", text: "The outbreak is the worst since 2023, when cholera killed more than 1,700 people in Malawi", topics: ["warning"] },
    ],
    numerals: [
      ["two or three days", "length of illness"],
      ["60 beds", "count of beds"],
      [["2023", "worst since 2023"], "year"],
    ],
  });
}
