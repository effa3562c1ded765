import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const tuesday = { start: "2025-06-10", precision: "day", basis: "inferred", year: "inferred" } as const;
const vocabulary = { units: ["families"] };

export function truth(): Report {
  return build({
    slug: "gunmen-checkpoint-maguindanao",
    dir: TUNING_DIR,
    title: "Gunmen kill 14 at army checkpoint in southern Philippines",
    outlet: "AP",
    published: "2025-06-10",
    vocabulary,
    actors: [
      { id: "actor:army", type: "organization", name: "army", aliases: ["the military", "military", "the army", "6th Infantry Division"], role: "Philippine army" },
      { id: "actor:manansala", type: "person", name: "Rodelio Manansala", aliases: ["Lieutenant Colonel Rodelio Manansala", "Manansala"], role: "Lieutenant Colonel", affiliation: "actor:army" },
      { id: "actor:tolentino", type: "person", name: "Ramil Tolentino", aliases: ["Police Brigadier General Ramil Tolentino", "Tolentino"], role: "Police Brigadier General" },
      { id: "actor:biff", type: "group", name: "Bangsamoro Islamic Freedom Fighters", aliases: ["BIFF"], role: "Armed group, a breakaway faction" },
      { id: "actor:inquirer", type: "organization", name: "Philippine Daily Inquirer", aliases: ["the Inquirer"], role: "Newspaper (an outlet, not a speaker)" },
      { id: "actor:disaster-office", type: "organization", name: "municipal disaster office", aliases: ["the municipal disaster office"], role: "Town disaster office" },
    ],
    places: [
      { id: "place:southern-philippines", name: "southern Philippines", kind: "region", aliases: ["Philippines"] },
      { id: "place:cotabato-city", name: "Cotabato City", kind: "city", aliases: ["COTABATO CITY"] },
      { id: "place:maguindanao-del-sur", name: "Maguindanao del Sur", kind: "region", aliases: ["Maguindanao del Sur province"] },
      { id: "place:kitango", name: "Kitango", kind: "town", aliases: ["village of Kitango"] },
      { id: "place:datu-saudi-ampatuan", name: "Datu Saudi Ampatuan", kind: "town" },
    ],
    figures: [
      { id: "headline-killed", v: ["14", "Gunmen kill 14"], n: 14, m: "killed", mt: ["kill", "Gunmen kill 14"], c: "people", at: "place:maguindanao-del-sur", atBasis: "inferred", by: null, date: tuesday, note: "Headline; the lead places the checkpoint in Maguindanao del Sur." },
      { id: "killed", v: ["14", "killing 14"], n: 14, m: "killed", mt: ["killing", "killing 14"], c: "people", at: "place:maguindanao-del-sur", by: "actor:army", byText: "the military", date: tuesday },
      { id: "soldiers-killed", v: ["nine", "nine of them soldiers"], n: 9, m: "killed", mt: ["killing", "killing 14"], c: "soldiers", at: "place:maguindanao-del-sur", by: "actor:army", byText: "the military", date: tuesday },
      { id: "first-soldiers-killed", v: ["six", "only six soldiers"], n: 6, m: "killed", mt: "died", c: "soldiers", at: "place:maguindanao-del-sur", atBasis: "inferred", by: "actor:army", byText: ["the army", "the army said"], date: tuesday, note: "The first count, later revised." },
      { id: "kitango-soldiers-killed", v: ["three", "three more soldiers"], n: 3, m: "killed", mt: "bodies", c: "more soldiers", at: "place:kitango", by: "actor:manansala", byText: "Lieutenant Colonel Rodelio Manansala", date: tuesday },
      { id: "kitango-civilians-killed", v: ["five", "five civilians"], n: 5, m: "killed", mt: "bodies", c: "civilians", at: "place:kitango", by: "actor:manansala", byText: "Lieutenant Colonel Rodelio Manansala", date: tuesday },
      { id: "kitango-farmers-killed", v: ["two", "two farmers"], n: 2, m: "killed", mt: "bodies", c: "farmers (among the five civilians)", at: "place:kitango", by: "actor:manansala", byText: "Lieutenant Colonel Rodelio Manansala", date: tuesday },
      { id: "wounded", v: "Another 11", n: 11, m: "injured", mt: "wounded", c: "people", at: "place:maguindanao-del-sur", atBasis: "inferred", by: "actor:manansala", note: "'Another 11': the number is 11; the attack's place from the lead.", date: tuesday },
      { id: "critically-wounded", v: "at least four", n: 4, q: "at least", m: "injured", mt: "wounded", c: "people critically wounded (of the 11)", at: "place:maguindanao-del-sur", atBasis: "inferred", by: "actor:manansala", date: tuesday },
      { id: "families-displaced", v: "Nearly 200", n: 200, q: "nearly", m: "displaced", mt: "fled", c: "families", at: "place:kitango", by: "actor:disaster-office", byText: "municipal disaster office", unit: "families", note: "From Kitango and two nearby villages; Kitango is the one named." },
    ],
    statements: [
      { id: "army-toll", who: "actor:army", text: "Gunmen armed with assault rifles and a grenade launcher attacked an army checkpoint in Maguindanao del Sur province before dawn on Tuesday, killing 14 people, nine of them soldiers" },
      { id: "army-initial", who: "actor:army", text: "only six soldiers had died" },
      { id: "manansala-bodies", who: "actor:manansala", text: "The toll rose after troops found the bodies of three more soldiers and five civilians, among them two farmers, in a ditch near the village of Kitango in Datu Saudi Ampatuan town" },
      { id: "manansala-wounded", who: "actor:manansala", basis: "implied", text: "Another 11 people were wounded, at least four of them critically" },
      {
        id: "manansala-cornfield",
        who: "actor:manansala",
        text: `They came out of the cornfield firing from three sides," Manansala told reporters. "Our men had no time to take cover.`,
        quotes: ["They came out of the cornfield firing from three sides,", "Our men had no time to take cover."],
        topics: ["cause"],
      },
      { id: "tolentino-weapons", who: "actor:tolentino", text: "a grenade launcher and two rifles were recovered at the scene", topics: ["cause"] },
      { id: "tolentino-m203", who: "actor:tolentino", basis: "implied", text: "investigators were checking whether the M203 had been taken from an army unit in an earlier ambush", topics: ["cause"] },
      { id: "disaster-office-families", who: "actor:disaster-office", text: "Nearly 200 families from Kitango and two nearby villages fled to the town hall", topics: ["rescue"] },
    ],
    numerals: [
      [["6th", "army's 6th Infantry"], "unit number"],
      ["2014", "year"],
      ["three sides", "not people"],
      ["two rifles", "weapons recovered, not people"],
      ["M203", "weapon model"],
      ["two nearby villages", "count of villages"],
    ],
  });
}
