import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { trapped: ["trapped underground"] } };
const saturday: ReportDate = { start: "2025-03-08", precision: "day", basis: "inferred", year: "inferred", note: "Saturday before the March 9 dateline." };
const overnight: ReportDate = { start: "2025-03-08", end: "2025-03-09", precision: "day", basis: "inferred", year: "inferred", note: "Overnight, Saturday to Sunday." };

export function truth(): Report {
  return build({
    slug: "gas-blast-luliang",
    dir: TUNING_DIR,
    title: "Gas blast kills 11 miners in north China coal mine",
    outlet: "Xinhua",
    published: "2025-03-09",
    vocabulary,
    actors: [
      { id: "actor:local-authorities", type: "organization", name: "local authorities", role: "Local government" },
      { id: "actor:bureau", type: "organization", name: "Lüliang city emergency management bureau", aliases: ["the bureau"], role: "City emergency management bureau" },
      { id: "actor:ministry", type: "organization", name: "Ministry of Emergency Management", role: "National ministry" },
      { id: "actor:regulator", type: "organization", name: "provincial mine safety regulator", role: "Shanxi's mine safety regulator" },
      { id: "actor:police", type: "organization", name: "Police", role: "Police" },
      { id: "actor:jinyuan", type: "organization", name: "Jinyuan coal company", role: "Owner of the mine" },
      { id: "actor:wang", type: "person", name: "Wang Jianguo", aliases: ["Wang"], role: "Rescue commander" },
      { id: "actor:xinhua", type: "organization", name: "Xinhua", role: "News agency (an outlet, not a speaker)" },
    ],
    places: [
      { id: "place:china", name: "China", kind: "country", aliases: ["north China"] },
      { id: "place:shanxi", name: "Shanxi", kind: "region", aliases: ["Shanxi province"] },
      { id: "place:luliang", name: "Lüliang", kind: "city" },
      { id: "place:taiyuan", name: "Taiyuan", kind: "city", aliases: ["TAIYUAN"] },
    ],
    figures: [
      { id: "headline-killed", v: ["11", "kills 11 miners"], n: 11, m: "killed", mt: "kills", c: "miners", at: "place:luliang", atBasis: "inferred", by: null, date: saturday, note: "Headline; the lead places the mine in Lüliang." },
      { id: "killed", v: ["11", "killed 11 miners"], n: 11, m: "killed", mt: ["killed", "killed 11 miners"], c: "miners", at: "place:luliang", by: "actor:local-authorities", byText: "local authorities", date: saturday },
      { id: "trapped", v: "eight", n: 8, m: "trapped", mt: "trapped underground", c: "others", at: "place:luliang", by: "actor:local-authorities", byText: "local authorities", date: saturday },
      { id: "hospital", v: "Nine", n: 9, m: "injured", mt: "taken to hospital", c: "miners (of the 75 who reached the surface)", at: "place:luliang", atBasis: "inferred", by: "actor:bureau", byBasis: "implied", date: saturday },
      { id: "more-bodies", v: ["two", "two more bodies"], n: 2, m: "killed", mt: "bodies", c: "more bodies", at: "place:luliang", atBasis: "inferred", by: "actor:bureau", byText: "the bureau", date: saturday },
      { id: "toll", v: "13", n: 13, m: "killed", mt: "death toll", c: "miners", at: "place:luliang", atBasis: "inferred", by: "actor:bureau", byText: "the bureau", date: saturday },
      { id: "missing", v: "Six", n: 6, m: "missing", c: "miners", at: "place:luliang", atBasis: "inferred", by: "actor:bureau", byBasis: "implied", date: saturday },
      { id: "rescuers-injured", v: ["Two", "Two rescue workers were"], n: 2, m: "injured", c: "rescue workers", at: "place:luliang", atBasis: "inferred", by: null, date: overnight },
      { id: "detained", v: ["five", "detained five people"], n: 5, m: "arrested", mt: "detained", c: "people", at: "place:luliang", atBasis: "inferred", by: "actor:police", byText: "Police" },
      { id: "managers-detained", v: ["four", "four managers"], n: 4, m: "arrested", mt: "detained", c: "managers (among the five)", at: "place:luliang", atBasis: "inferred", by: "actor:police", byText: "Police" },
    ],
    statements: [
      { id: "authorities-toll", who: "actor:local-authorities", text: "A gas explosion at a coal mine in Lüliang, in north China's Shanxi province, killed 11 miners and left eight others trapped underground on Saturday" },
      { id: "bureau-surface", who: "actor:bureau", text: "Of the 94 miners working in the pit at the time, 75 made it to the surface" },
      { id: "bureau-toll", who: "actor:bureau", text: "By Sunday morning rescue workers had recovered two more bodies, raising the death toll to 13" },
      { id: "regulator-suspended", who: "actor:regulator", text: "The mine, owned by the Jinyuan coal company, had been ordered to suspend production twice in 2024 for ventilation faults", topics: ["blame"] },
      { id: "wang-air", who: "actor:wang", text: "his team was pumping fresh air into the shaft", topics: ["rescue"], note: "Quoted by Xinhua: the outlet is not the speaker." },
      { id: "wang-not-given-up", who: "actor:wang", text: "We have not given up on the men still below", quotes: ["We have not given up on the men still below,"], topics: ["rescue"] },
    ],
    numerals: [
      ["March 9", "date of the dispatch"],
      ["94", "miners underground at the time: present, not harmed as a whole"],
      ["75", "miners who reached the surface: not harmed as a whole"],
      ["More than 300", "rescue workers at work, not people harmed"],
      ["2024", "year"],
    ],
  });
}
