import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { aboard: ["on board", "passengers"], rescued: ["pulled from the water alive"] } };
const thursday: ReportDate = { start: "2025-10-02", precision: "day", basis: "inferred", year: "inferred", note: "Thursday, the day before the Friday of publication." };

export function truth(): Report {
  const governor = { by: "actor:cirimwami", date: thursday };
  return build({
    slug: "boat-capsize-kivu",
    dir: TUNING_DIR,
    title: "At least 78 dead as overloaded boat capsizes on Lake Kivu",
    outlet: "AFP",
    published: "2025-10-03",
    vocabulary,
    actors: [
      { id: "actor:cirimwami", type: "person", name: "Peter Cirimwami", aliases: ["Governor Peter Cirimwami", "the governor of North Kivu province"], role: "Governor of North Kivu" },
      { id: "actor:musanga", type: "person", name: "Jean-Pierre Musanga", aliases: ["provincial transport official Jean-Pierre Musanga", "Musanga"], role: "Provincial transport official" },
      { id: "actor:monusco", type: "organization", name: "MONUSCO", aliases: ["The United Nations peacekeeping mission"], role: "UN peacekeeping mission" },
      { id: "actor:bahati", type: "person", name: "Aline Bahati", role: "Witness waiting at the port" },
      { id: "actor:m23", type: "group", name: "M23", aliases: ["M23 rebel group"], role: "Rebel group" },
      { id: "actor:afp", type: "organization", name: "AFP", role: "News agency (an outlet, not a speaker)" },
    ],
    places: [
      { id: "place:drc", name: "Democratic Republic of Congo", kind: "country" },
      { id: "place:lake-kivu", name: "Lake Kivu", kind: "region", aliases: ["the lake"] },
      { id: "place:goma", name: "Goma", kind: "city", aliases: ["GOMA", "port of Goma"] },
      { id: "place:north-kivu", name: "North Kivu", kind: "region", aliases: ["North Kivu province"] },
      { id: "place:south-kivu", name: "South Kivu", kind: "region" },
      { id: "place:minova", name: "Minova", kind: "town" },
      { id: "place:kituku", name: "Kituku port", kind: "site", aliases: ["Kituku"] },
    ],
    figures: [
      { id: "headline-killed", v: ["At least 78", "At least 78 dead"], n: 78, q: "at least", m: "killed", mt: ["dead", "At least 78 dead"], c: "people", at: "place:lake-kivu", by: null, date: thursday },
      { id: "killed", v: ["at least 78", "killing at least 78"], n: 78, q: "at least", m: "killed", mt: "killing", c: "people", at: "place:lake-kivu", ...governor, byText: "the governor of North Kivu province" },
      { id: "aboard", v: "between 250 and 280", n: 250, upper: 280, q: "range", m: "aboard", mt: "on board", c: "passengers", at: "place:minova", by: "actor:musanga", byText: "provincial transport official Jean-Pierre Musanga", date: thursday, note: "Aboard when the boat left Minova." },
      { id: "rescued", v: "59", n: 59, m: "rescued", mt: "pulled", c: "people", at: "place:lake-kivu", atBasis: "implied", by: "actor:musanga", byBasis: "implied", date: thursday },
      { id: "missing", v: "nearly 120", n: 120, q: "nearly", m: "missing", c: "people", at: "place:lake-kivu", atBasis: "implied", by: "actor:musanga", byBasis: "implied", date: thursday },
      { id: "women-killed", v: ["23", "23 women"], n: 23, m: "killed", mt: "bodies", c: "women", at: "place:lake-kivu", atBasis: "inferred", ...governor, byText: "Governor Peter Cirimwami" },
      { id: "children-killed", v: ["11", "11 children"], n: 11, m: "killed", mt: "bodies", c: "children", at: "place:lake-kivu", atBasis: "inferred", ...governor, byText: "Governor Peter Cirimwami" },
    ],
    statements: [
      { id: "governor-toll", who: "actor:cirimwami", text: "An overloaded passenger boat capsized on Lake Kivu close to the port of Goma on Thursday, killing at least 78 people" },
      { id: "musanga-boat", who: "actor:musanga", text: "The boat had left Minova, in neighbouring South Kivu, with between 250 and 280 passengers on board, though it was licensed for 80", setting: "interview", settingText: ["told AFP", "Musanga told AFP"], topics: ["cause"] },
      { id: "musanga-traders", who: "actor:musanga", text: "Most of the passengers were traders and their children going to the market in Goma", quotes: ["Most of the passengers were traders and their children going to the market in Goma,"] },
      { id: "cirimwami-bodies", who: "actor:cirimwami", text: "divers from the navy and volunteers in canoes had recovered the bodies of 23 women and 11 children among the dead" },
      { id: "cirimwami-mourning", who: "actor:cirimwami", basis: "implied", text: "three days of mourning in the province", topics: ["grief"] },
      { id: "monusco-helicopters", who: "actor:monusco", text: "it had sent two helicopters to help with the search", topics: ["rescue"] },
      { id: "bahati-tipped", who: "actor:bahati", text: "the boat tipped over a few hundred metres from the shore", topics: ["grief"] },
      { id: "bahati-screaming", who: "actor:bahati", basis: "implied", text: "People were screaming and the waves kept pulling them under", quotes: ["People were screaming and the waves kept pulling them under,"], setting: "interview", settingText: ["told AFP", "she told AFP"], topics: ["grief"] },
    ],
    numerals: [
      [["80", "licensed for 80"], "licensed capacity, not people harmed"],
      ["three days", "length of mourning"],
      ["two helicopters", "count of aircraft"],
      ["a few hundred metres", "distance"],
      [["M23", "the M23 rebel"], "name of an armed group"],
      ["early 2025", "date"],
    ],
  });
}
