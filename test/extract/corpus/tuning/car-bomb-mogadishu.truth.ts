import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const friday: ReportDate = { start: "2025-03-14", precision: "day", basis: "inferred", year: "inferred", note: "Friday before the Saturday of publication." };
const overnight: ReportDate = { start: "2025-03-14", end: "2025-03-15", precision: "day", basis: "inferred", year: "inferred", note: "Overnight, Friday to Saturday." };

export function truth(): Report {
  return build({
    slug: "car-bomb-mogadishu",
    dir: TUNING_DIR,
    title: "Car bomb kills at least 17 near Mogadishu beach",
    outlet: "Reuters",
    published: "2025-03-15",
    actors: [
      { id: "actor:police", type: "organization", name: "police", role: "Somali police" },
      { id: "actor:farah", type: "person", name: "Abdullahi Farah", aliases: ["Police Captain Abdullahi Farah"], role: "Police Captain", affiliation: "actor:police" },
      { id: "actor:aden", type: "person", name: "Hawa Aden", role: "Director of Madina hospital" },
      { id: "actor:al-shabaab", type: "group", name: "al Shabaab", aliases: ["Al Shabaab", "al Shabaab group", "The group"], role: "Armed group linked to al Qaeda" },
      { id: "actor:andalus", type: "organization", name: "Andalus radio station", aliases: ["Andalus"], role: "Al Shabaab's radio station (an outlet)", affiliation: "actor:al-shabaab" },
      { id: "actor:interior-ministry", type: "organization", name: "interior ministry", aliases: ["Somalia's interior ministry", "The ministry"], role: "Somalia's interior ministry" },
      { id: "actor:ali", type: "person", name: "Mohamed Ali", aliases: ["A taxi driver"], role: "Taxi driver, witness" },
      { id: "actor:reuters", type: "organization", name: "Reuters", role: "News agency (an outlet, not a speaker)" },
    ],
    places: [
      { id: "place:somalia", name: "Somalia", kind: "country" },
      { id: "place:mogadishu", name: "Mogadishu", kind: "city", aliases: ["MOGADISHU", "the capital"] },
      { id: "place:lido-beach", name: "Lido beach", kind: "site", aliases: ["Lido"] },
      { id: "place:madina-hospital", name: "Madina hospital", kind: "site" },
      { id: "place:hodan", name: "Hodan", kind: "region", aliases: ["Hodan district"] },
      { id: "place:zobe", name: "Zobe junction", kind: "site", aliases: ["Zobe"] },
    ],
    figures: [
      { id: "killed", v: "at least 17", n: 17, q: "at least", m: "killed", mt: ["killing", "killing at least 17"], c: "people", at: "place:lido-beach", by: "actor:police", byText: ["police", "people, police said"], date: friday },
      { id: "wounded", v: "28", n: 28, m: "injured", mt: "wounded", c: "people", at: "place:lido-beach", atBasis: "implied", by: "actor:farah", byText: "Police Captain Abdullahi Farah", date: friday },
      { id: "hospital-killed", v: "Another nine", n: 9, m: "killed", mt: ["died", "nine died"], c: "people", at: "place:madina-hospital", by: "actor:aden", byText: "Hawa Aden", date: overnight },
      { id: "toll", v: "26", n: 26, m: "killed", mt: "death toll", c: "people", at: "place:lido-beach", atBasis: "inferred", by: "actor:aden", byText: "Hawa Aden", date: friday },
      { id: "hospital-critical", v: "eight", n: 8, m: "injured", mt: "patients who may not survive", c: "patients in danger of death", at: "place:madina-hospital", atBasis: "implied", by: "actor:aden", byBasis: "stated", note: "In her quote: critically injured at her hospital." },
      { id: "claimed-killed", v: "40", n: 40, m: "killed", c: "people (al Shabaab's claim)", at: "place:lido-beach", atBasis: "inferred", by: "actor:al-shabaab", byText: "The group", date: friday, note: "A claim; the text says the group inflates tolls." },
      { id: "hodan-arrested", v: "three", n: 3, m: "arrested", c: "suspects", at: "place:hodan", by: "actor:interior-ministry", byText: "Somalia's interior ministry" },
      { id: "bodies-counted", v: "more than a dozen", n: 12, q: "more than", m: "killed", mt: "bodies", c: "bodies on the road", at: "place:lido-beach", atBasis: "inferred", by: "actor:ali", byText: "Mohamed Ali", date: friday },
      { id: "zobe-2022-killed", v: "more than 120", n: 120, q: "more than", m: "killed", c: "people", at: "place:zobe", by: null, date: { start: "2022-10", precision: "month", basis: "stated", year: "stated", note: "October 2022." }, note: "Background: the 2022 bombing." },
    ],
    statements: [
      { id: "police-killed", who: "actor:police", text: "A car bomb exploded outside a busy restaurant near Lido beach in Mogadishu on Friday evening, killing at least 17 people" },
      { id: "farah-wounded", who: "actor:farah", text: "the blast had also wounded 28 people" },
      { id: "aden-nine", who: "actor:aden", text: "Another nine died overnight at Madina hospital", ev: "Another nine died", setting: "interview", settingText: "told Reuters on Saturday" },
      {
        id: "aden-quote",
        who: "actor:aden",
        basis: "implied",
        text: `Most of the dead were young people who had come to eat by the sea," she said. "We have eight patients who may not survive.`,
        quotes: ["Most of the dead were young people who had come to eat by the sea,", "We have eight patients who may not survive."],
        topics: ["grief", "casualties"],
      },
      { id: "shabaab-target", who: "actor:al-shabaab", text: "its fighters had targeted government officials dining at the restaurant", setting: "written statement", settingText: "in a statement on its Andalus radio station", topics: ["blame"] },
      { id: "shabaab-forty", who: "actor:al-shabaab", text: "it had killed 40 people" },
      { id: "ministry-arrests", who: "actor:interior-ministry", text: "security forces had arrested three suspects in the Hodan district of the capital", topics: ["blame"] },
      { id: "ministry-cowardly", who: "actor:interior-ministry", text: "the bombing a cowardly act against civilians", topics: ["blame"] },
      { id: "ali-bodies", who: "actor:ali", text: "he had counted more than a dozen bodies on the road after the blast", setting: "interview", settingText: ["told Reuters", "Mohamed Ali, told Reuters"], topics: ["grief"] },
      { id: "ali-toyota", who: "actor:ali", basis: "implied", text: "The Toyota was parked there for an hour and nobody checked it", quotes: ["The Toyota was parked there for an hour and nobody checked it,"], topics: ["blame"] },
    ],
    numerals: [
      ["an hour", "length of time"],
      ["October 2022", "date of an earlier attack"],
      ["two car bombs", "count of bombs"],
    ],
  });
}
