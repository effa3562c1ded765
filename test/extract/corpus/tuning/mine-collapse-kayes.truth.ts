import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { trapped: ["feared to be trapped"] } };
const wednesday: ReportDate = { start: "2025-10-15", precision: "day", basis: "inferred", year: "inferred", note: "Wednesday, two days before the Friday of publication." };

export function truth(): Report {
  return build({
    slug: "mine-collapse-kayes",
    dir: TUNING_DIR,
    title: "At least 23 killed in Mali gold mine collapse",
    outlet: null,
    published: "2025-10-17",
    vocabulary,
    actors: [
      { id: "actor:officials", type: "organization", name: "local officials", role: "Local government" },
      { id: "actor:keita", type: "person", name: "Moussa Keïta", aliases: ["Keïta", "the prefect of Kéniéba circle"], role: "Prefect of Kéniéba circle" },
      { id: "actor:nurse", type: "person", name: "a local nurse", role: "Nurse in Kéniéba" },
      { id: "actor:ministry", type: "organization", name: "Ministry of Mines", aliases: ["The Ministry of Mines"], role: "Mali's mines ministry" },
      { id: "actor:government", type: "state", name: "Mali's military government", aliases: ["military government"], role: "Government of Mali" },
      { id: "actor:diarra", type: "person", name: "Sekou Diarra", role: "Miner who lost his brother" },
      { id: "actor:world-bank", type: "organization", name: "World Bank", aliases: ["the World Bank"], role: "Development bank" },
    ],
    places: [
      { id: "place:mali", name: "Mali", kind: "country", aliases: ["western Mali"] },
      { id: "place:bamako", name: "Bamako", kind: "city", aliases: ["BAMAKO"] },
      { id: "place:dabia", name: "Dabia", kind: "town", aliases: ["village of Dabia"] },
      { id: "place:kayes-region", name: "Kayes region", kind: "region" },
      { id: "place:kayes", name: "Kayes", kind: "city", aliases: ["city of Kayes"], except: ["Kayes region"] },
      { id: "place:kenieba", name: "Kéniéba", kind: "region", aliases: ["Kéniéba circle"] },
      { id: "place:kenieba-health-centre", name: "health centre in Kéniéba", kind: "site", aliases: ["the health centre in Kéniéba"] },
      { id: "place:koulikoro", name: "Koulikoro", kind: "region", aliases: ["Koulikoro region"] },
    ],
    figures: [
      { id: "killed", v: "At least 23", n: 23, q: "at least", m: "killed", c: "gold miners", at: "place:dabia", by: "actor:officials", byText: "local officials", date: wednesday },
      { id: "bodies", v: ["23", "said 23 bodies"], n: 23, m: "killed", mt: "bodies", c: "bodies", at: "place:dabia", atBasis: "implied", by: "actor:keita", byBasis: "implied", date: wednesday },
      { id: "trapped", v: "up to 15", n: 15, q: "up to", m: "trapped", mt: "feared to be trapped", c: "more miners", at: "place:dabia", atBasis: "implied", by: "actor:keita", byBasis: "implied", date: wednesday },
      { id: "injured", v: "Another 9", n: 9, m: "injured", mt: "pulled from the collapsed tunnels with fractures", c: "miners", at: "place:kenieba-health-centre", by: "actor:nurse", byText: "a local nurse", date: wednesday, note: "Taken to the health centre: the clause's place." },
      { id: "kayes-injured", v: ["Two", "Two of them were later moved"], n: 2, m: "injured", mt: "moved to a hospital", c: "of the injured", at: "place:kayes", by: "actor:nurse", byBasis: "implied", date: wednesday, note: "Kayes the city, not the region." },
      { id: "koulikoro-killed", v: "48", n: 48, m: "killed", mt: "died", c: "people", at: "place:koulikoro", by: null, date: { start: "2025-01", precision: "month", basis: "stated", year: "inferred" }, dateText: "in January", note: "Background: an earlier collapse." },
    ],
    statements: [
      { id: "officials-toll", who: "actor:officials", text: "At least 23 gold miners were killed when an artisanal mine caved in near the village of Dabia in western Mali's Kayes region on Wednesday" },
      { id: "keita-victims", who: "actor:keita", text: "Most of the victims were women and young men who had gone down the pits to pan for gold after the rainy season" },
      { id: "keita-bodies", who: "actor:keita", basis: "implied", text: "23 bodies had been recovered by Thursday evening and that up to 15 more miners were feared to be trapped" },
      { id: "nurse-injured", who: "actor:nurse", text: "Another 9 were pulled from the collapsed tunnels with fractures and taken to the health centre in Kéniéba" },
      { id: "ministry-suspended", who: "actor:ministry", text: "it had suspended all artisanal sites in the circle for a month", topics: ["warning"] },
      {
        id: "diarra-earth",
        who: "actor:diarra",
        text: `Every year the earth swallows some of us, and every year we go back," said Sekou Diarra, a miner who lost his brother. "There is no other work here.`,
        quotes: ["Every year the earth swallows some of us, and every year we go back,", "There is no other work here."],
        topics: ["grief"],
      },
      { id: "world-bank-panning", who: "actor:world-bank", text: "About 2 million people depend on gold panning in Mali", topics: ["warning"] },
    ],
    numerals: [
      ["About 2 million", "people who live from gold panning, not harmed"],
      ["2022", "year of a study"],
    ],
  });
}
