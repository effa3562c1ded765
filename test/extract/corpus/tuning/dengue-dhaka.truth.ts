import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { cases: ["admitted", "hospitalised", "patients"] } };
const pastDay: ReportDate = { start: "2025-10-04", end: "2025-10-05", precision: "day", basis: "inferred", year: "inferred", note: "The 24 hours before the Sunday bulletin." };
const thisYear: ReportDate = { start: "2025-01-01", end: "2025-10-05", precision: "day", basis: "inferred", year: "inferred", note: "This year (since January), to the Sunday of publication." };

export function truth(): Report {
  const dghs = { by: "actor:dghs", date: pastDay };
  return build({
    slug: "dengue-dhaka",
    dir: TUNING_DIR,
    title: "Dengue kills 11 more in Bangladesh, toll reaches 312",
    outlet: null,
    published: "2025-10-05",
    vocabulary,
    actors: [
      { id: "actor:dghs", type: "organization", name: "Directorate General of Health Services", aliases: ["DGHS", "the directorate", "the bulletin"], role: "Bangladesh's health directorate" },
      { id: "actor:niatuzzaman", type: "person", name: "Mohammad Niatuzzaman", aliases: ["the hospital's director"], role: "Director of Mugda Medical College Hospital" },
      { id: "actor:bashar", type: "person", name: "Kabirul Bashar", aliases: ["Entomologist Kabirul Bashar"], role: "Entomologist", affiliation: "actor:jahangirnagar" },
      { id: "actor:jahangirnagar", type: "organization", name: "Jahangirnagar University", role: "University" },
      { id: "actor:city-corporations", type: "organization", name: "city corporations", aliases: ["The city corporations"], role: "Dhaka's city governments" },
      { id: "actor:daily-star", type: "organization", name: "The Daily Star", role: "Newspaper (an outlet, not a speaker)" },
    ],
    places: [
      { id: "place:bangladesh", name: "Bangladesh", kind: "country", aliases: ["the country"] },
      { id: "place:dhaka", name: "Dhaka", kind: "city", aliases: ["DHAKA", "Dhaka city", "the capital"] },
      { id: "place:barishal", name: "Barishal", kind: "region", aliases: ["Barishal division"] },
      { id: "place:mugda", name: "Mugda Medical College Hospital", kind: "site", aliases: ["Mugda"] },
    ],
    figures: [
      { id: "killed", v: ["11", "killed 11 more"], n: 11, m: "killed", mt: ["killed", "has killed 11"], c: "more people", at: "place:bangladesh", ...dghs, byText: "Directorate General of Health Services" },
      { id: "toll", v: "312", n: 312, m: "killed", mt: "death toll", c: "people", at: "place:bangladesh", atBasis: "implied", by: "actor:dghs", byText: "Directorate General of Health Services", date: thisYear },
      { id: "admitted", v: "Another 1,645", n: 1645, m: "cases", mt: "admitted", c: "patients", at: "place:bangladesh", ...dghs, byText: "the directorate", note: "'across the country'." },
      { id: "dhaka-admitted", v: "702", n: 702, m: "cases", mt: "admitted", c: "patients", at: "place:dhaka", ...dghs, byText: "the directorate" },
      { id: "dhaka-killed", v: ["six", "six were in Dhaka"], n: 6, m: "killed", mt: ["died", "who died"], c: "of the 11 who died", at: "place:dhaka", ...dghs, byBasis: "implied" },
      { id: "barishal-killed", v: ["three", "three in Barishal"], n: 3, m: "killed", mt: ["died", "who died"], c: "of the 11 who died", at: "place:barishal", ...dghs, byBasis: "implied" },
      { id: "hospitalised", v: "Nearly 68,000", n: 68000, q: "nearly", m: "cases", mt: "hospitalised", c: "people", at: "place:bangladesh", atBasis: "inferred", by: "actor:dghs", byText: "the bulletin", date: thisYear },
      { id: "mugda-patients", v: "more than 400", n: 400, q: "more than", m: "cases", mt: ["patients", "400 dengue patients"], c: "dengue patients", at: "place:mugda", by: "actor:niatuzzaman", byText: "the hospital's director", date: { start: "2025-10-05", precision: "day", basis: "inferred", year: "inferred" } },
    ],
    statements: [
      { id: "dghs-toll", who: "actor:dghs", text: "Dengue has killed 11 more people in Bangladesh in the past 24 hours, taking this year's death toll to 312" },
      { id: "dghs-admitted", who: "actor:dghs", text: "Another 1,645 patients were admitted to hospitals across the country in the same period, 702 of them in Dhaka city", setting: "written statement", settingText: "in its daily bulletin" },
      { id: "dghs-hospitalised", who: "actor:dghs", text: "Nearly 68,000 people have been hospitalised with dengue since January" },
      { id: "niatuzzaman-corridors", who: "actor:niatuzzaman", text: "beds had been set up in the corridors" },
      { id: "niatuzzaman-shock", who: "actor:niatuzzaman", basis: "implied", text: "We are seeing more patients in shock than last year, and many of them are children", quotes: ["We are seeing more patients in shock than last year, and many of them are children,"], setting: "interview", settingText: "he told The Daily Star" },
      { id: "bashar-rain", who: "actor:bashar", text: "heavy rain in late September had left water standing in construction sites and drains across the capital", topics: ["cause"] },
      { id: "bashar-warning", who: "actor:bashar", basis: "implied", text: "cases could keep rising until the middle of November", topics: ["warning"] },
      { id: "corporations-fines", who: "actor:city-corporations", text: "they had fined the owners of 37 construction sites for letting mosquitoes breed", topics: ["blame"] },
    ],
    numerals: [
      ["24 hours", "length of the period"],
      [["11", "Of the 11 who died"], "points back to the 11 already counted"],
      ["37 construction sites", "count of sites"],
    ],
  });
}
