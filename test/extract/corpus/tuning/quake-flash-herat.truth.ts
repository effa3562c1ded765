import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { damaged: ["houses damaged"] } };
const quake = (words?: { start: number; end: number; exact: string }): ReportDate => ({
  start: "2025-10-07",
  precision: "day",
  basis: words ? "stated" : "inferred",
  year: "inferred",
  ...(words ? { text: words } : {}),
  ...(words ? {} : { note: "The earthquake of 7 October." }),
});

export function truth(): Report {
  const q = quake();
  return build({
    slug: "quake-flash-herat",
    dir: TUNING_DIR,
    title: "Afghanistan – Earthquake (ECHO Daily Flash of 9 October 2025)",
    outlet: "ECHO",
    published: "2025-10-09",
    vocabulary,
    actors: [
      { id: "actor:andma", type: "organization", name: "Afghan National Disaster Management Authority", aliases: ["ANDMA"], role: "Afghanistan's disaster agency" },
      { id: "actor:ocha", type: "organization", name: "UN Office for the Coordination of Humanitarian Affairs", aliases: ["OCHA"], role: "UN humanitarian office" },
      { id: "actor:health-department", type: "organization", name: "provincial health department", aliases: ["the provincial health department"], role: "Herat's health authority" },
      { id: "actor:herat-hospital", type: "organization", name: "Herat Regional Hospital", role: "Hospital" },
    ],
    places: [
      { id: "place:afghanistan", name: "Afghanistan", kind: "country" },
      { id: "place:western-afghanistan", name: "western Afghanistan", kind: "region" },
      { id: "place:herat-city", name: "Herat city", kind: "city" },
      { id: "place:herat-province", name: "Herat province", kind: "region", aliases: ["Herat"], except: ["Herat city", "Herat Regional Hospital"] },
      { id: "place:zindajan", name: "Zindajan", kind: "region", aliases: ["Zindajan district"] },
      { id: "place:injil", name: "Injil", kind: "region", aliases: ["Injil district"] },
      { id: "place:ghoryan", name: "Ghoryan", kind: "region", aliases: ["Ghoryan district"] },
      { id: "place:kohsan", name: "Kohsan", kind: "region", aliases: ["Kohsan district"] },
      { id: "place:badghis", name: "Badghis", kind: "region", aliases: ["Badghis province"] },
      { id: "place:sarboland", name: "Sarboland", kind: "town", aliases: ["village of Sarboland"] },
      { id: "place:herat-hospital", name: "Herat Regional Hospital", kind: "site" },
    ],
    figures: [
      { id: "herat-killed", v: "1,294", n: 1294, m: "killed", c: "people", at: "place:herat-province", by: "actor:andma", byText: "Afghan National Disaster Management Authority", date: q },
      { id: "herat-injured", v: "about 1,700", n: 1700, q: "about", m: "injured", c: "people", at: "place:herat-province", by: "actor:andma", byText: "Afghan National Disaster Management Authority", date: q },
      { id: "injil-killed", v: "133", n: 133, m: "killed", mt: "died", c: "people", at: "place:injil", by: "actor:andma", byBasis: "implied", date: q },
      { id: "ghoryan-killed", v: ["41", "Ghoryan district, 41"], n: 41, m: "killed", mt: ["died", "133 people died"], c: "people", at: "place:ghoryan", by: "actor:andma", byBasis: "implied", date: q, note: "The verb and noun carry over from 'In Injil district, 133 people died'." },
      { id: "kohsan-killed", v: "at least 19", n: 19, q: "at least", m: "killed", mt: ["died", "133 people died"], c: "people", at: "place:kohsan", by: "actor:andma", byBasis: "implied", date: q },
      { id: "badghis-injured", v: ["6", "6 people injured"], n: 6, m: "injured", c: "people", at: "place:badghis", by: null, date: q, note: "'reported': the province's own count." },
      { id: "badghis-houses", v: "140", n: 140, m: "damaged", mt: "houses damaged", c: "houses", unit: "homes", at: "place:badghis", by: null, date: q },
      { id: "sleeping-out", v: "up to 12,000", n: 12000, q: "up to", m: "displaced", mt: "sleeping in the open", c: "people", at: "place:western-afghanistan", atBasis: "inferred", by: null, note: "'Across the affected area': the lead's western Afghanistan." },
      { id: "sarboland-missing", v: "some 200", n: 200, q: "some", m: "missing", c: "residents", at: "place:sarboland", by: "actor:ocha", byText: ["OCHA", "(OCHA)"] },
      { id: "hospital-injured", v: "more than 500", n: 500, q: "more than", m: "injured", c: "injured people received", at: "place:herat-hospital", by: "actor:health-department", byText: "provincial health department" },
    ],
    statements: [
      { id: "andma-toll", who: "actor:andma", text: "the earthquake has killed 1,294 people and injured about 1,700 in Herat province, most of them in Zindajan district, where 11 villages were flattened" },
      { id: "ocha-sarboland", who: "actor:ocha", text: "search teams were still digging in the village of Sarboland, where some 200 residents are still missing", topics: ["rescue"] },
      { id: "health-hospital", who: "actor:health-department", text: "Herat Regional Hospital has received more than 500 injured people and has asked for blood donations" },
    ],
    numerals: [
      [["9 October 2025", "Flash of 9 October 2025"], "date of the flash"],
      ["6.3", "magnitude"],
      ["7 October", "date of the quake"],
      ["11:10", "time of day"],
      ["about 35 km", "distance"],
      ["At least eight strong aftershocks", "count of aftershocks"],
      ["8 October", "as-of date"],
      ["11 villages", "count of villages"],
    ],
  });
}
