import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { aboard: ["carrying", "passengers"] } };
const wednesday: ReportDate = { start: "2025-11-19", precision: "day", basis: "inferred", year: "inferred", note: "Late on Wednesday, the day before the Thursday of publication." };

export function truth(): Report {
  const fire = { by: "actor:fire-service", date: wednesday };
  return build({
    slug: "trains-collide-larissa",
    dir: TUNING_DIR,
    title: "Two killed, 40 hurt as trains collide near Larissa",
    outlet: null,
    published: "2025-11-20",
    vocabulary,
    actors: [
      { id: "actor:fire-service", type: "organization", name: "fire service", aliases: ["the fire service"], role: "Greek fire service" },
      { id: "actor:hellenic-train", type: "organization", name: "Hellenic Train", aliases: ["rail operator Hellenic Train"], role: "Rail operator" },
      { id: "actor:hospital-official", type: "person", name: "a hospital official", role: "Unnamed official of the General Hospital of Larissa" },
      { id: "actor:police", type: "organization", name: "police", role: "Greek police" },
      { id: "actor:dimas", type: "person", name: "Christos Dimas", aliases: ["Transport Minister Christos Dimas"], role: "Transport Minister" },
    ],
    places: [
      { id: "place:evangelismos", name: "Evangelismos", kind: "town", aliases: ["village of Evangelismos"] },
      { id: "place:larissa", name: "Larissa", kind: "city" },
      { id: "place:hospital", name: "General Hospital of Larissa", kind: "site" },
      { id: "place:athens", name: "Athens", kind: "city" },
      { id: "place:thessaloniki", name: "Thessaloniki", kind: "city" },
    ],
    figures: [
      { id: "headline-killed", v: ["Two", "Two killed, 40"], n: 2, m: "killed", c: "people", at: "place:evangelismos", atBasis: "inferred", by: null, date: wednesday, note: "Headline; the lead places the collision near Evangelismos." },
      { id: "headline-injured", v: ["40", "40 hurt"], n: 40, m: "injured", mt: ["hurt", "40 hurt"], c: "people", at: "place:evangelismos", atBasis: "inferred", by: null, date: wednesday },
      { id: "killed", v: ["Two", "Two people were killed"], n: 2, m: "killed", c: "people", at: "place:evangelismos", ...fire, byText: ["the fire service", "north of Larissa, the fire service"] },
      { id: "injured", v: "about 40", n: 40, q: "about", m: "injured", c: "people", at: "place:evangelismos", ...fire, byText: ["the fire service", "north of Larissa, the fire service"] },
      { id: "aboard", v: "212", n: 212, m: "aboard", mt: "carrying", c: "passengers", at: "place:evangelismos", atBasis: "inferred", by: "actor:hellenic-train", byText: "rail operator Hellenic Train", date: wednesday },
      { id: "hospital-injured", v: "Seventeen", n: 17, m: "injured", mt: "taken to the General Hospital of Larissa", c: "of the injured", at: "place:hospital", by: "actor:hospital-official", byText: "a hospital official", date: wednesday },
      { id: "intensive-care", v: ["three", "three of them were in intensive care"], n: 3, m: "injured", mt: "in intensive care", c: "injured in intensive care", at: "place:hospital", by: "actor:hospital-official", byText: "a hospital official", date: wednesday },
      { id: "detained", v: "a station master", n: 1, m: "arrested", mt: "detained", c: "station master", at: "place:larissa", by: "actor:dimas", byBasis: "implied", note: "A count of one with no numeral." },
      { id: "first-injured", v: "up to 60", n: 60, q: "up to", m: "injured", mt: ["hurt", "had been hurt"], c: "people (first count, lowered)", at: "place:evangelismos", atBasis: "inferred", by: "actor:fire-service", byText: ["the fire service", "Initially, the fire service"], date: wednesday },
      { id: "2023-killed", v: "57", n: 57, m: "killed", mt: "died", c: "people", at: "place:evangelismos", atBasis: "inferred", by: null, date: { start: "2023", precision: "year", basis: "stated", year: "stated" }, dateText: "2023", note: "Background: 'on the same stretch of line'." },
    ],
    statements: [
      { id: "fire-toll", who: "actor:fire-service", text: "Two people were killed and about 40 injured when a passenger train and a freight train collided late on Wednesday near the village of Evangelismos, north of Larissa" },
      { id: "operator-passengers", who: "actor:hellenic-train", text: "The Athens-bound InterCity train was carrying 212 passengers" },
      { id: "official-hospital", who: "actor:hospital-official", text: "Seventeen of the injured were taken to the General Hospital of Larissa, and three of them were in intensive care on Thursday morning" },
      { id: "police-dead", who: "actor:police", text: "The dead were the train's driver and a passenger, a 23-year-old student from Thessaloniki" },
      { id: "dimas-answers", who: "actor:dimas", basis: "implied", text: "We owe the families answers, and they will have them", quotes: ["We owe the families answers, and they will have them,"], setting: "news conference", settingText: "he told reporters", topics: ["blame"] },
      { id: "dimas-detained", who: "actor:dimas", basis: "implied", text: "a station master in Larissa had been detained for questioning", topics: ["blame"] },
      { id: "fire-first-count", who: "actor:fire-service", text: "up to 60 people had been hurt", note: "'Initially' is an adverb, not a speaker." },
    ],
    numerals: [
      ["23-year-old", "age"],
      ["More than 150 firefighters", "rescuers at work, not people harmed"],
      ["30 ambulances", "count of vehicles"],
    ],
  });
}
