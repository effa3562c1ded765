import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { aboard: ["aboard", "passenger list"] } };
const monday: ReportDate = { start: "2025-08-04", precision: "day", basis: "inferred", year: "inferred", note: "Monday, the day before the Tuesday of publication." };

export function truth(): Report {
  const flores = { by: "actor:flores", date: monday };
  return build({
    slug: "bus-ravine-potosi",
    dir: TUNING_DIR,
    title: "Bus plunges off mountain road in Bolivia, killing 31",
    outlet: "EFE",
    published: "2025-08-05",
    vocabulary,
    actors: [
      { id: "actor:police", type: "organization", name: "police", aliases: ["departmental traffic police"], role: "Bolivian police" },
      { id: "actor:flores", type: "person", name: "Wilson Flores", aliases: ["Colonel Wilson Flores", "Flores", "the departmental traffic police chief"], role: "Colonel", affiliation: "actor:police" },
      { id: "actor:rescuers", type: "organization", name: "rescuers", role: "Rescue teams" },
      { id: "actor:trans-illimani", type: "organization", name: "Trans Illimani", aliases: ["Trans Illimani company", "the company"], role: "Bus company" },
      { id: "actor:ministry", type: "organization", name: "Ministry of Public Works", role: "Bolivian ministry" },
      { id: "actor:mamani", type: "person", name: "Evaristo Mamani", role: "Farmer living near the curve" },
      { id: "actor:ine", type: "organization", name: "national statistics institute", aliases: ["the national statistics institute"], role: "Statistics office" },
      { id: "actor:efe", type: "organization", name: "EFE", role: "News agency (an outlet, not a speaker)" },
    ],
    places: [
      { id: "place:bolivia", name: "Bolivia", kind: "country", aliases: ["southern Bolivia"] },
      { id: "place:yocalla", name: "Yocalla", kind: "town", aliases: ["town of Yocalla"] },
      { id: "place:potosi", name: "Potosí", kind: "city", aliases: ["POTOSÍ"] },
      { id: "place:oruro", name: "Oruro", kind: "city" },
      { id: "place:llallagua", name: "Llallagua", kind: "town" },
      { id: "place:bracamonte", name: "Daniel Bracamonte hospital", kind: "site" },
    ],
    figures: [
      { id: "headline-killed", v: ["31", "killing 31\n"], n: 31, m: "killed", mt: ["killing", "Bolivia, killing 31"], c: "people", at: "place:yocalla", atBasis: "inferred", by: null, date: monday, note: "Headline; the accident happened near Yocalla." },
      { id: "killed", v: ["31", "killing 31 people"], n: 31, m: "killed", mt: ["killing", "killing 31 people"], c: "people", at: "place:yocalla", atBasis: "implied", by: "actor:police", byText: ["police", "people, police said"], date: monday, note: "The lead says southern Bolivia; the next sentence places the accident near Yocalla." },
      { id: "injured", v: "14", n: 14, m: "injured", c: "passengers who survived, all injured", at: "place:yocalla", atBasis: "inferred", ...flores },
      { id: "serious", v: "about eight", n: 8, q: "about", m: "injured", mt: "in serious condition", c: "injured in serious condition", at: "place:bracamonte", ...flores },
      { id: "women-killed", v: "12", n: 12, m: "killed", mt: ["dead", "Of the dead"], c: "women", at: "place:yocalla", atBasis: "inferred", ...flores, byText: ["Flores", "Flores said"] },
      { id: "children-killed", v: ["five", "five were children"], n: 5, m: "killed", mt: ["dead", "Of the dead"], c: "children", at: "place:yocalla", atBasis: "inferred", ...flores, byText: ["Flores", "Flores said"] },
      { id: "aboard-first", v: ["40", "only 40"], n: 40, m: "aboard", c: "people (first belief)", at: "place:yocalla", atBasis: "inferred", by: "actor:rescuers", byText: "rescuers", date: monday, },
      { id: "aboard", v: "45", n: 45, m: "aboard", mt: "passenger list", c: "people", at: "place:yocalla", atBasis: "inferred", by: "actor:trans-illimani", byText: "the company", date: monday },
      { id: "road-deaths", v: "some 1,400", n: 1400, q: "some", m: "killed", c: "people on the roads", at: "place:bolivia", by: "actor:ine", byText: "national statistics institute", date: { start: "2024", precision: "year", basis: "inferred", year: "inferred", note: "Last year, counted from the 2025 publication." }, dateText: "last year" },
    ],
    statements: [
      { id: "police-killed", who: "actor:police", text: "A bus carrying miners' families to a festival went off a mountain road in southern Bolivia on Monday and fell some 300 metres into a ravine, killing 31 people" },
      { id: "flores-yocalla", who: "actor:flores", text: "The accident happened near the town of Yocalla, on the road between Potosí and Oruro" },
      { id: "flores-survivors", who: "actor:flores", basis: "implied", text: "14 passengers survived, all of them injured, and that about eight of them were in serious condition at the Daniel Bracamonte hospital in Potosí" },
      { id: "flores-dead", who: "actor:flores", text: "Of the dead, 12 were women and five were children" },
      { id: "ministry-inspection", who: "actor:ministry", text: "The bus, operated by the Trans Illimani company, had passed an inspection in January", topics: ["cause"] },
      {
        id: "mamani-crash",
        who: "actor:mamani",
        text: `We heard a loud crash and then only silence," said Evaristo Mamani, a farmer who lives near the curve. "We went down with ropes, but almost all of them were already gone.`,
        quotes: ["We heard a loud crash and then only silence,", "We went down with ropes, but almost all of them were already gone."],
        topics: ["grief"],
      },
      { id: "ine-road-deaths", who: "actor:ine", text: "Bolivia's roads killed some 1,400 people last year", topics: ["warning"] },
    ],
    numerals: [
      ["some 300 metres", "depth of the fall"],
      ["5 a.m.", "time of day"],
    ],
  });
}
