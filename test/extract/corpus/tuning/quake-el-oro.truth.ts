import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { trapped: ["under the rubble"], rescued: ["pulled out alive"] }, units: ["families"] };
const quake: ReportDate = { start: "2026-03-14", precision: "day", basis: "inferred", year: "inferred", note: "Saturday, the day of the March 14 dispatch." };

export function truth(): Report {
  const secretariat = { by: "actor:secretariat", byBasis: "implied" as const, date: quake };
  return build({
    slug: "quake-el-oro",
    dir: TUNING_DIR,
    title: "Quake kills 14 in southern Ecuador, damages Cuenca's old town",
    outlet: "AP",
    published: "2026-03-14",
    vocabulary,
    actors: [
      { id: "actor:secretariat", type: "organization", name: "national risk management secretariat", aliases: ["the national risk management secretariat"], role: "Ecuador's disaster agency" },
      { id: "actor:pesantez", type: "person", name: "Andrés Pesántez", aliases: ["Mayor Andrés Pesántez"], role: "Mayor" },
      { id: "actor:carrion", type: "person", name: "Paola Carrión", aliases: ["Interior Minister Paola Carrión"], role: "Interior Minister" },
      { id: "actor:firefighters", type: "organization", name: "firefighters in Machala", role: "Machala fire service" },
      { id: "actor:geophysical-institute", type: "organization", name: "Geophysical Institute", aliases: ["the Geophysical Institute"], role: "Seismological institute" },
    ],
    places: [
      { id: "place:southern-ecuador", name: "southern Ecuador", kind: "region", aliases: ["Ecuador"] },
      { id: "place:guayaquil", name: "Guayaquil", kind: "city", aliases: ["GUAYAQUIL"] },
      { id: "place:el-oro", name: "El Oro", kind: "region", aliases: ["El Oro province"] },
      { id: "place:machala", name: "Machala", kind: "city", aliases: ["port city of Machala"] },
      { id: "place:santa-rosa", name: "Santa Rosa", kind: "town" },
      { id: "place:azuay", name: "Azuay", kind: "region", aliases: ["Azuay province"] },
      { id: "place:cuenca", name: "Cuenca", kind: "city" },
      { id: "place:loja", name: "Loja", kind: "city" },
    ],
    figures: [
      { id: "headline-killed", v: ["14", "kills 14"], n: 14, m: "killed", mt: "kills", c: "people", at: "place:southern-ecuador", by: null, date: quake },
      { id: "killed", v: "at least 14", n: 14, q: "at least", m: "killed", mt: "killing", c: "people", at: "place:southern-ecuador", by: "actor:secretariat", byText: "the national risk management secretariat", date: quake },
      { id: "injured", v: "380", n: 380, m: "injured", mt: "injuring", c: "people", at: "place:southern-ecuador", by: "actor:secretariat", byText: "the national risk management secretariat", date: quake },
      { id: "el-oro-killed", v: "Eleven", n: 11, m: "killed", mt: ["dead", "Eleven of the dead"], c: "of the dead", at: "place:el-oro", ...secretariat },
      { id: "machala-killed", v: ["nine", "nine in the port city"], n: 9, m: "killed", mt: ["dead", "Eleven of the dead"], c: "of the dead", at: "place:machala", ...secretariat },
      { id: "santa-rosa-killed", v: ["two", "two in Santa Rosa"], n: 2, m: "killed", mt: ["dead", "Eleven of the dead"], c: "of the dead", at: "place:santa-rosa", ...secretariat },
      { id: "azuay-killed", v: ["Two", "Two people died"], n: 2, m: "killed", mt: ["died", "Two people died"], c: "people", at: "place:azuay", ...secretariat },
      { id: "cuenca-killed", v: "a man", n: 1, m: "killed", mt: ["died", "Two people died"], c: "man hit by falling bricks", at: "place:cuenca", ...secretariat, note: "A count of one, among the two of Azuay." },
      { id: "loja-killed", v: ["one", "one in Loja"], n: 1, m: "killed", mt: ["died", "Two people died"], c: "person", at: "place:loja", ...secretariat },
      { id: "cuenca-families", v: "87", n: 87, m: "displaced", mt: "left damaged homes", c: "families", unit: "families", at: "place:cuenca", by: "actor:pesantez", byBasis: "implied", date: quake },
      { id: "machala-trapped", v: "Between 20 and 30", n: 20, upper: 30, q: "range", m: "trapped", mt: "under the rubble", c: "people", at: "place:machala", by: "actor:firefighters", byText: "firefighters in Machala", date: quake, note: "Under the rubble of the Machala market building." },
      { id: "machala-rescued", v: ["nine", "nine people alive"], n: 9, m: "rescued", mt: "pulled out nine people alive", c: "people", at: "place:machala", atBasis: "implied", by: "actor:firefighters", byBasis: "inferred", date: quake },
    ],
    statements: [
      { id: "secretariat-toll", who: "actor:secretariat", text: "A magnitude 6.5 earthquake shook southern Ecuador on Saturday, killing at least 14 people and injuring 380" },
      { id: "pesantez-centre", who: "actor:pesantez", text: "the colonial centre was closed after cracks appeared in the towers of the cathedral" },
      { id: "pesantez-families", who: "actor:pesantez", basis: "implied", text: "87 families had left damaged homes and were staying with relatives" },
      { id: "carrion-rubble", who: "actor:carrion", text: "the army and the police would help clear rubble", topics: ["rescue"] },
      { id: "carrion-teams", who: "actor:carrion", basis: "implied", text: "Rescue teams are going wherever people report someone trapped", quotes: ["Rescue teams are going wherever people report someone trapped,"], topics: ["rescue"] },
      { id: "firefighters-rubble", who: "actor:firefighters", text: "Between 20 and 30 people were still believed to be under the rubble of the market building on Saturday night" },
      { id: "institute-epicentre", who: "actor:geophysical-institute", text: "The epicentre was about 80 kilometres south of Guayaquil at a depth of 66 kilometres", topics: ["cause"] },
    ],
    numerals: [
      ["March 14", "date of the dispatch"],
      ["6.5", "magnitude"],
      ["three-storey", "height of a building"],
      ["about 80 kilometres", "distance"],
      ["66 kilometres", "depth"],
    ],
  });
}
