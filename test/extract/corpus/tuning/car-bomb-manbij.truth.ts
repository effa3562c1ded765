import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const monday: ReportDate = { start: "2026-02-02", precision: "day", basis: "inferred", year: "inferred", note: "Monday, the day of publication." };

export function truth(): Report {
  const civilDefence = { by: "actor:civil-defence", date: monday };
  return build({
    slug: "car-bomb-manbij",
    dir: TUNING_DIR,
    title: "Car bomb kills 20 farm workers in northern Syria",
    outlet: "Reuters",
    published: "2026-02-02",
    actors: [
      { id: "actor:civil-defence", type: "organization", name: "Syrian civil defence", aliases: ["the Syrian civil defence", "the civil defence", "White Helmets", "the White Helmets"], role: "Rescue service" },
      { id: "actor:observatory", type: "organization", name: "Syrian Observatory for Human Rights", aliases: ["The Syrian Observatory for Human Rights", "the monitor"], role: "Britain-based war monitor" },
      { id: "actor:factions", type: "group", name: "Turkish-backed factions", role: "Armed factions backed by Turkey" },
      { id: "actor:sdf", type: "group", name: "Syrian Democratic Forces", aliases: ["SDF"], role: "Kurdish-led armed force" },
      { id: "actor:khalil", type: "person", name: "Ahmad Khalil", role: "Farmer from Arima who lost two nieces" },
      { id: "actor:reuters", type: "organization", name: "Reuters", role: "News agency (an outlet, not a speaker)" },
    ],
    places: [
      { id: "place:syria", name: "Syria", kind: "country", aliases: ["northern Syria"] },
      { id: "place:beirut", name: "Beirut", kind: "city", aliases: ["BEIRUT"] },
      { id: "place:manbij", name: "Manbij", kind: "city", aliases: ["the city"] },
      { id: "place:jarablus", name: "Jarablus", kind: "town" },
      { id: "place:tishrin-dam", name: "Tishrin dam", kind: "site", aliases: ["the Tishrin dam"] },
      { id: "place:arima", name: "Arima", kind: "town", aliases: ["village of Arima"] },
    ],
    figures: [
      { id: "headline-killed", v: ["20", "kills 20 farm workers"], n: 20, m: "killed", mt: "kills", c: "farm workers", at: "place:manbij", atBasis: "inferred", by: null, date: monday, note: "Headline; the lead places the blast outside Manbij. The dateline (Beirut) is not the place." },
      { id: "killed", v: ["20", "killing 20 people"], n: 20, m: "killed", mt: "killing", c: "people", at: "place:manbij", ...civilDefence, byText: "the Syrian civil defence" },
      { id: "women-killed", v: "18", n: 18, m: "killed", mt: "killing", c: "women", at: "place:manbij", ...civilDefence, byText: "the Syrian civil defence" },
      { id: "wounded", v: "Fourteen", n: 14, m: "injured", mt: ["wounded", "others were wounded"], c: "others", at: "place:manbij", atBasis: "inferred", ...civilDefence, byText: ["the civil defence", "the civil defence, also known"] },
      { id: "observatory-toll", v: "21", n: 21, m: "killed", mt: "toll", c: "people", at: "place:manbij", atBasis: "inferred", by: "actor:observatory", byText: "The Syrian Observatory for Human Rights", date: monday },
      { id: "earlier-killed", v: "At least 34", n: 34, q: "at least", m: "killed", c: "people in six earlier car bombings", at: "place:manbij", atBasis: "inferred", by: "actor:observatory", byBasis: "implied", date: { start: "2025-12", end: "2026-02", precision: "month", basis: "inferred", year: "inferred", note: "Since December, before this bombing." } },
      { id: "nieces-killed", v: ["two", "two nieces"], n: 2, m: "killed", mt: "lost", c: "nieces", at: "place:manbij", atBasis: "inferred", by: "actor:khalil", byText: "Ahmad Khalil", date: monday, note: "Of the village of Arima, killed in the Manbij blast." },
    ],
    statements: [
      { id: "civil-defence-toll", who: "actor:civil-defence", text: "A car bomb exploded next to a vehicle carrying farm workers on the outskirts of Manbij in northern Syria at about 7 a.m. on Monday, killing 20 people, 18 of them women" },
      { id: "civil-defence-wounded", who: "actor:civil-defence", text: "Fourteen others were wounded, some of them critically", setting: "written statement", settingText: "in a statement" },
      { id: "observatory-toll", who: "actor:observatory", text: "put the toll at 21", ev: "put the toll at 21" },
      { id: "observatory-truck", who: "actor:observatory", text: "the bomb had been hidden in a parked pickup truck", topics: ["cause"] },
      { id: "observatory-seventh", who: "actor:observatory", text: "It was the seventh car bombing in and around Manbij since December", topics: ["warning"] },
      { id: "observatory-earlier", who: "actor:observatory", basis: "implied", text: "At least 34 people had been killed in the earlier six" },
      { id: "khalil-vegetables", who: "actor:khalil", text: "They were women going to pick vegetables for a few dollars a day", quotes: ["They were women going to pick vegetables for a few dollars a day,"], topics: ["grief"] },
    ],
    numerals: [
      ["about 7 a.m.", "time of day"],
      [["six", "the earlier six"], "points to earlier bombings, not people"],
      ["52", "age"],
    ],
  });
}
