import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { rescued: ["rescued"] } };
const tuesday: ReportDate = { start: "2026-10-27", precision: "day", basis: "inferred", year: "inferred", note: "Tuesday's floods, two days before the Thursday of publication." };
const sinceTuesday: ReportDate = { start: "2026-10-27", end: "2026-10-29", precision: "day", basis: "inferred", year: "inferred", note: "Since Tuesday night, to the Thursday of publication." };

export function truth(): Report {
  return build({
    slug: "flash-floods-valencia",
    dir: TUNING_DIR,
    title: "Valencia flood toll rises to 64",
    outlet: null,
    published: "2026-10-29",
    vocabulary,
    actors: [
      { id: "actor:emergency-service", type: "organization", name: "regional emergency service", aliases: ["the regional emergency service"], role: "Valencia's emergency service" },
      { id: "actor:officials", type: "organization", name: "officials", role: "Regional officials" },
      { id: "actor:llorens", type: "person", name: "Carmen Llorens", aliases: ["Regional president Carmen Llorens"], role: "Regional president" },
      { id: "actor:a-punt", type: "organization", name: "À Punt", role: "Public broadcaster (an outlet, not a speaker)" },
      { id: "actor:guardia-civil", type: "organization", name: "Guardia Civil", aliases: ["The Guardia Civil"], role: "National police force" },
      { id: "actor:health-department", type: "organization", name: "regional health department", aliases: ["the regional health department"], role: "Regional health authority" },
      { id: "actor:aemet", type: "organization", name: "AEMET", aliases: ["Spain's weather agency"], role: "Weather agency" },
      { id: "actor:regional-government", type: "organization", name: "regional government", aliases: ["The regional government"], role: "Valencia's regional government" },
      { id: "actor:pp", type: "organization", name: "Partido Popular", role: "Opposition party" },
      { id: "actor:compromis", type: "organization", name: "Compromís", role: "Opposition party" },
    ],
    places: [
      { id: "place:valencia-province", name: "province of Valencia", kind: "region", aliases: ["Valencia province", "the province"] },
      { id: "place:valencia", name: "Valencia", kind: "city", aliases: ["VALENCIA", "the city"], except: ["province of Valencia"] },
      { id: "place:spain", name: "Spain", kind: "country" },
      { id: "place:paiporta", name: "Paiporta", kind: "town" },
      { id: "place:poyo", name: "Poyo ravine", kind: "site", aliases: ["Poyo"] },
      { id: "place:catarroja", name: "Catarroja", kind: "town" },
      { id: "place:alfafar", name: "Alfafar", kind: "town" },
      { id: "place:utiel", name: "Utiel", kind: "town" },
      { id: "place:magro", name: "river Magro", kind: "region", aliases: ["Magro"] },
      { id: "place:chiva", name: "Chiva", kind: "town" },
    ],
    figures: [
      { id: "toll", v: "64", n: 64, m: "killed", mt: "death toll", c: "people", at: "place:valencia-province", by: "actor:emergency-service", byText: "the regional emergency service", date: tuesday },
      { id: "first-toll", v: "a dozen", n: 12, m: "killed", mt: ["died", "a dozen people had died"], c: "people (first count)", at: "place:valencia-province", atBasis: "inferred", by: "actor:officials", byText: "officials", date: tuesday, note: "The first count, since revised." },
      { id: "paiporta-killed", v: "22", n: 22, m: "killed", mt: ["died", "22 people died"], c: "people", at: "place:paiporta", by: null, date: tuesday },
      { id: "catarroja-killed", v: ["nine", "nine deaths"], n: 9, m: "killed", mt: ["deaths", "nine deaths"], c: "people", at: "place:catarroja", by: null, date: tuesday, note: "'Catarroja reported': the town's own count." },
      { id: "alfafar-killed", v: ["six", "Alfafar six"], n: 6, m: "killed", mt: ["deaths", "nine deaths"], c: "people", at: "place:alfafar", by: null, date: tuesday, note: "'and Alfafar six': 'reported … deaths' carries over." },
      { id: "utiel-killed", v: "seven", n: 7, m: "killed", mt: "bodies", c: "bodies", at: "place:utiel", by: null, date: tuesday },
      { id: "utiel-missing", v: "three", n: 3, m: "missing", c: "campers", at: "place:utiel", by: null, date: tuesday },
      { id: "rescued", v: "1,900", n: 1900, m: "rescued", c: "people", at: "place:valencia-province", atBasis: "inferred", by: "actor:llorens", byText: "Regional president Carmen Llorens", date: sinceTuesday },
      { id: "rescued-by-helicopter", v: "more than 400", n: 400, q: "more than", m: "rescued", mt: ["rescued", "had been rescued"], c: "people rescued by helicopter", at: "place:valencia-province", atBasis: "inferred", by: "actor:llorens", byText: "Regional president Carmen Llorens", date: sinceTuesday },
      { id: "missing", v: "37", n: 37, m: "missing", mt: "unaccounted for", c: "people", at: "place:valencia-province", by: "actor:guardia-civil", byText: "The Guardia Civil" },
      { id: "treated", v: "212", n: 212, m: "injured", mt: "treated", c: "people treated for injuries and hypothermia", at: "place:valencia", by: "actor:health-department", byText: "the regional health department", date: tuesday },
    ],
    statements: [
      { id: "emergency-toll", who: "actor:emergency-service", text: "The death toll from Tuesday's flash floods in the province of Valencia has risen to 64" },
      { id: "officials-dozen", who: "actor:officials", text: "only a dozen people had died" },
      { id: "llorens-rescued", who: "actor:llorens", text: "1,900 people had been rescued from rooftops and cars since Tuesday night, more than 400 of them by helicopter", setting: "interview", settingText: "told the public broadcaster À Punt", topics: ["rescue"] },
      { id: "llorens-roof", who: "actor:llorens", basis: "implied", text: "We are still finding people who spent two nights waiting on a roof", quotes: ["We are still finding people who spent two nights waiting on a roof,"], topics: ["rescue"] },
      { id: "guardia-missing", who: "actor:guardia-civil", text: "37 people remain unaccounted for across the province" },
      { id: "health-treated", who: "actor:health-department", text: "Hospitals in Valencia have treated 212 people for injuries and hypothermia" },
      { id: "aemet-rain", who: "actor:aemet", text: "up to 490 litres of rain per square metre fell on Chiva in eight hours", topics: ["cause"] },
    ],
    numerals: [
      ["about 80 kilometres", "distance"],
      ["two nights", "length of time"],
      ["up to 490 litres", "rainfall"],
      ["eight hours", "length of time"],
      ["8 p.m.", "time of day"],
    ],
  });
}
