import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { qualifiers: { "an estimated": "approximate" as const }, units: ["households"] };
const d = (start: string, end?: string, note?: string): ReportDate => ({
  start,
  ...(end ? { end } : {}),
  precision: "day",
  basis: "inferred",
  year: "inferred",
  ...(note ? { note } : {}),
});

export function truth(): Report {
  return build({
    slug: "flash-update-el-fasher",
    dir: TUNING_DIR,
    title: "Sudan: Clashes in El Fasher and Zamzam camp - Flash Update 2 (21 May 2025)",
    outlet: "OCHA",
    published: "2025-05-21",
    vocabulary,
    actors: [
      { id: "actor:saf", type: "organization", name: "Sudanese Armed Forces", aliases: ["SAF"], role: "Sudan's army" },
      { id: "actor:rsf", type: "group", name: "Rapid Support Forces", aliases: ["RSF", "The RSF"], role: "Paramilitary armed group" },
      { id: "actor:ministry", type: "organization", name: "State Ministry of Health", role: "North Darfur's health ministry" },
      { id: "actor:emergency-room", type: "organization", name: "Emergency Room volunteers network", aliases: ["the Emergency Room volunteers network"], role: "Local volunteer network" },
      { id: "actor:committee", type: "organization", name: "camp coordination committee", aliases: ["the camp coordination committee"], role: "Zamzam camp's committee" },
      { id: "actor:local-sources", type: "organization", name: "local sources", role: "Unnamed local sources" },
      { id: "actor:iom", type: "organization", name: "International Organization for Migration", aliases: ["IOM", "Displacement Tracking Matrix"], role: "UN migration agency and its Displacement Tracking Matrix" },
      { id: "actor:msf", type: "organization", name: "MSF", aliases: ["Médecins Sans Frontières"], role: "Medical charity" },
    ],
    places: [
      { id: "place:sudan", name: "Sudan", kind: "country" },
      { id: "place:el-fasher", name: "El Fasher", kind: "city", aliases: ["El Fasher town"] },
      { id: "place:north-darfur", name: "North Darfur", kind: "region" },
      { id: "place:zamzam", name: "Zamzam camp", kind: "site", aliases: ["Zamzam", "the camp"] },
      { id: "place:tawila", name: "Tawila", kind: "town" },
      { id: "place:saudi-hospital", name: "Saudi Hospital", kind: "site", aliases: ["the Saudi Hospital"] },
      { id: "place:abu-shouk", name: "Abu Shouk", kind: "site" },
      { id: "place:al-salam", name: "Al Salam", kind: "site" },
      { id: "place:msf-hospital", name: "field hospital in Tawila", kind: "site", aliases: ["MSF field hospital"] },
    ],
    figures: [
      { id: "el-fasher-killed", v: "at least 143", n: 143, q: "at least", m: "killed", c: "civilians", at: "place:el-fasher", by: "actor:ministry", byText: "State Ministry of Health", date: { ...d("2025-05-14", "2025-05-21", "Since 14 May, to the date of the update."), basis: "stated" }, dateText: "14 May", note: "'around El Fasher, North Darfur'." },
      { id: "zamzam-fled", v: "An estimated 62,000", n: 62000, q: "an estimated", m: "displaced", mt: ["fled", "have fled Zamzam"], c: "people", at: "place:zamzam", by: null, date: d("2025-05-14", "2025-05-21", "In the past week.") },
      { id: "saudi-hospital-killed", v: ["Two", "Two health workers"], n: 2, m: "killed", c: "health workers", at: "place:saudi-hospital", by: null, date: { ...d("2025-05-19"), basis: "stated" }, dateText: "19 May" },
      { id: "el-fasher-civilians-killed", v: "88", n: 88, m: "killed", c: "civilians", at: "place:el-fasher", by: "actor:emergency-room", byText: "the Emergency Room volunteers network", note: "In shelling of the Abu Shouk and Al Salam neighbourhoods: two places, so the town that holds both." },
      { id: "el-fasher-injured", v: "more than 300", n: 300, q: "more than", m: "injured", c: "people", at: "place:el-fasher", by: "actor:emergency-room", byText: "the Emergency Room volunteers network" },
      { id: "zamzam-killed", v: "41", n: 41, m: "killed", c: "people", at: "place:zamzam", by: "actor:committee", byText: "the camp coordination committee", date: { ...d("2025-05-17"), basis: "stated" }, dateText: "17 May" },
      { id: "zamzam-children-killed", v: ["nine", "nine of them children"], n: 9, m: "killed", c: "children", at: "place:zamzam", by: "actor:committee", byText: "the camp coordination committee", date: { ...d("2025-05-17"), basis: "stated" }, dateText: "17 May" },
      { id: "tawila-killed", v: "Another 14", n: 14, m: "killed", c: "people who fled", at: "place:tawila", by: "actor:local-sources", byText: "local sources" },
      { id: "tawila-households", v: "between 12,000 and 15,000", n: 12000, upper: 15000, q: "range", m: "displaced", mt: ["arrived", "households arrived"], c: "households", unit: "households", at: "place:tawila", by: "actor:iom", byText: "International Organization for Migration", date: { ...d("2025-05-15", "2025-05-20"), basis: "stated" }, dateText: "15 to 20 May" },
      { id: "msf-wounded", v: "270", n: 270, m: "injured", mt: "wounded", c: "wounded", at: "place:msf-hospital", by: "actor:msf", byBasis: "inferred", date: { ...d("2025-05-15", "2025-05-21", "Since 15 May, to the date of the update."), basis: "stated" }, dateText: ["15 May", "since 15 May"] },
    ],
    statements: [
      { id: "ministry-toll", who: "actor:ministry", text: "Fighting between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) around El Fasher, North Darfur, has killed at least 143 civilians since 14 May" },
      { id: "emergency-room-shelling", who: "actor:emergency-room", text: "88 civilians killed and more than 300 injured in shelling of the Abu Shouk and Al Salam neighbourhoods" },
      { id: "committee-zamzam", who: "actor:committee", text: "In Zamzam camp, 41 people were killed, nine of them children, when armed men entered the camp on 17 May" },
      { id: "local-sources-tawila", who: "actor:local-sources", text: "Another 14 people were killed near Tawila as they fled" },
      { id: "iom-households", who: "actor:iom", text: "between 12,000 and 15,000 households arrived in Tawila from 15 to 20 May" },
      { id: "rsf-denied", who: "actor:rsf", text: "targeting civilians", ev: "The RSF denied targeting", topics: ["blame"] },
      { id: "rsf-liberated", who: "actor:rsf", text: "its forces had 'liberated' parts of the camp", setting: "written statement", settingText: "in a statement", topics: ["blame"], note: "'liberated' is a one-word scare quote." },
    ],
    numerals: [
      [["2", "Flash Update 2"], "number of the update"],
      ["21 May 2025", "date of the update"],
      ["some 60 km", "distance"],
      ["up to three days", "length of a walk"],
      ["60 per cent", "percentage"],
    ],
  });
}
