import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { settings: ["post on X"] };
const sinceThursday: ReportDate = { start: "2025-01-16", end: "2025-01-20", precision: "day", basis: "inferred", year: "inferred", note: "Since Thursday, to the Monday of the dispatch." };

export function truth(): Report {
  return build({
    slug: "clashes-catatumbo",
    dir: TUNING_DIR,
    title: "Clashes between armed groups displace thousands in Colombia's Catatumbo",
    outlet: "Reuters",
    published: "2025-01-20",
    vocabulary,
    actors: [
      { id: "actor:eln", type: "group", name: "ELN", aliases: ["National Liberation Army", "the group"], role: "Armed group" },
      { id: "actor:farc", type: "group", name: "FARC", aliases: ["FARC guerrilla group"], role: "Former guerrilla group; its dissidents fight the ELN" },
      { id: "actor:villamizar", type: "person", name: "William Villamizar", aliases: ["Governor William Villamizar", "the governor of Norte de Santander province"], role: "Governor" },
      { id: "actor:ombudsman", type: "organization", name: "ombudsman's office", aliases: ["The ombudsman's office"], role: "Colombia's ombudsman" },
      { id: "actor:eln-commander", type: "person", name: "An ELN commander", aliases: ["ELN commander"], role: "Unnamed ELN commander", affiliation: "actor:eln" },
      { id: "actor:petro", type: "person", name: "Gustavo Petro", aliases: ["President Gustavo Petro", "Petro"], role: "President" },
      { id: "actor:velasquez", type: "person", name: "Iván Velásquez", aliases: ["Defence Minister Iván Velásquez"], role: "Defence Minister" },
      { id: "actor:army", type: "organization", name: "army", aliases: ["The army"], role: "Colombian army" },
      { id: "actor:residents", type: "group", name: "residents", role: "Residents of Teorama" },
      { id: "actor:el-tiempo", type: "organization", name: "El Tiempo", role: "Newspaper (an outlet, not a speaker)" },
      { id: "actor:reuters", type: "organization", name: "Reuters", role: "News agency (an outlet, not a speaker)" },
    ],
    places: [
      { id: "place:colombia", name: "Colombia", kind: "country", aliases: ["northeastern Colombia"] },
      { id: "place:bogota", name: "Bogota", kind: "city", aliases: ["BOGOTA"] },
      { id: "place:catatumbo", name: "Catatumbo", kind: "region", aliases: ["Catatumbo region", "the region"] },
      { id: "place:norte-de-santander", name: "Norte de Santander", kind: "region", aliases: ["Norte de Santander province"] },
      { id: "place:cucuta", name: "Cúcuta", kind: "city", aliases: ["city of Cúcuta"] },
      { id: "place:tibu", name: "Tibú", kind: "town", aliases: ["town of Tibú"] },
      { id: "place:el-tarra", name: "El Tarra", kind: "town" },
      { id: "place:teorama", name: "Teorama", kind: "town" },
    ],
    figures: [
      { id: "killed", v: "at least 47", n: 47, q: "at least", m: "killed", c: "people", at: "place:catatumbo", by: "actor:villamizar", byText: "the governor of Norte de Santander province", date: sinceThursday },
      { id: "fled", v: "more than 18,000", n: 18000, q: "more than", m: "displaced", mt: ["fled", "had fled their homes"], c: "people", at: "place:catatumbo", atBasis: "inferred", by: "actor:villamizar", byText: "Governor William Villamizar", date: sinceThursday, note: "Fled from Catatumbo; many went to Cúcuta and Tibú." },
      { id: "cucuta-arrived", v: "About 5,000", n: 5000, q: "about", m: "displaced", mt: "reached Cúcuta", c: "people", at: "place:cucuta", by: "actor:villamizar", byBasis: "implied", date: sinceThursday },
      { id: "leaders-killed", v: "between 20 and 25", n: 20, upper: 25, q: "range", m: "killed", mt: ["dead", "among the dead"], c: "social leaders and former FARC fighters", at: "place:catatumbo", atBasis: "inferred", by: "actor:ombudsman", byText: "The ombudsman's office", date: sinceThursday },
      { id: "prisoners", v: "12", n: 12, m: "hostages", mt: "taken 12 dissidents prisoner", c: "dissidents", at: "place:catatumbo", atBasis: "inferred", by: "actor:eln-commander", byText: "An ELN commander", note: "Where they are held is not said: the region of the fighting." },
      { id: "soldiers-wounded", v: ["two", "two soldiers"], n: 2, m: "injured", mt: "wounded", c: "soldiers", at: "place:el-tarra", by: "actor:army", byText: "The army" },
    ],
    statements: [
      { id: "governor-toll", who: "actor:villamizar", text: "Fighting between the National Liberation Army (ELN) and dissidents of the former FARC guerrilla group in the Catatumbo region of northeastern Colombia has killed at least 47 people since Thursday" },
      { id: "villamizar-fled", who: "actor:villamizar", text: "more than 18,000 people had fled their homes, many of them to the city of Cúcuta and the town of Tibú" },
      { id: "villamizar-cucuta", who: "actor:villamizar", basis: "implied", text: "About 5,000 people had reached Cúcuta by Sunday night and were sleeping in a sports stadium" },
      { id: "ombudsman-leaders", who: "actor:ombudsman", text: "between 20 and 25 social leaders and former FARC fighters who had signed the 2016 peace deal were among the dead" },
      { id: "commander-prisoners", who: "actor:eln-commander", text: "the group had taken 12 dissidents prisoner", setting: "interview", settingText: "told a local radio station" },
      { id: "petro-war-crimes", who: "actor:petro", text: "accusing it of war crimes", topics: ["blame"] },
      { id: "petro-path-of-war", who: "actor:petro", text: "The ELN has chosen the path of war", quotes: ["The ELN has chosen the path of war,"], setting: "post on X", settingText: "wrote on X", topics: ["blame"] },
      { id: "velasquez-soldiers", who: "actor:velasquez", text: "5,000 soldiers were being sent to the region", topics: ["rescue"] },
      { id: "army-drone", who: "actor:army", text: "two soldiers had been wounded by a drone that dropped explosives on a base near El Tarra" },
      { id: "residents-lists", who: "actor:residents", text: "gunmen had gone house to house with lists of names", topics: ["grief"], note: "Reported by El Tiempo: the outlet is not the speaker." },
    ],
    numerals: [
      ["thousands", "vague number of people displaced (the body gives more than 18,000)"],
      ["Jan 20", "date of the dispatch"],
      ["2016", "year of the peace deal"],
      [["5,000", "5,000 soldiers"], "soldiers sent, not people harmed"],
    ],
  });
}
