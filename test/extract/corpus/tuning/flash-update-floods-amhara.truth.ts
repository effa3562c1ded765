import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build, type FigureSpec } from "./compact";
import { TUNING_DIR } from "./dir";

const since = (end: string, note: string): ReportDate => ({
  start: "2026-08-14",
  end,
  precision: "day",
  basis: "stated",
  year: "inferred",
  note,
});
const toTable = since("2026-08-21", "Since the rains began on 14 August, to the table's 'as of 21 August'.");
const toUpdate = since("2026-08-22", "Since 14 August, to the update's date (22 August).");

function row(zone: string, place: string, deaths: number, injured: number, displaced: string): FigureSpec[] {
  const text = `${zone} ${deaths} ${injured} ${displaced}`;
  const n = Number(displaced.replace(/,/g, ""));
  const common = { at: `place:${place}`, by: null, date: toTable, dateText: ["21 August", "(as of 21 August)"] as [string, string] };
  return [
    { id: `${place}-killed`, v: [String(deaths), text], n: deaths, m: "killed", c: "people", ...common, note: "Table row under 'Deaths'." },
    { id: `${place}-injured`, v: [String(injured), text], n: injured, m: "injured", c: "people", ...common, note: "Table row under 'Injured'." },
    { id: `${place}-displaced`, v: [displaced, text], n, m: "displaced", c: "people", ...common, note: "Table row under 'Displaced'." },
  ];
}

export function truth(): Report {
  return build({
    slug: "flash-update-floods-amhara",
    dir: TUNING_DIR,
    title: "ETHIOPIA: Floods and Landslides in Amhara Region - Flash Update No. 2 (as of 22 August 2026)",
    outlet: "OCHA",
    published: "2026-08-22",
    actors: [
      {
        id: "actor:spokesman",
        type: "person",
        name: "a spokesman for the regional government in Bahir Dar",
        role: "Unnamed spokesman of the Amhara regional government",
        affiliation: "actor:regional-government",
      },
      { id: "actor:regional-government", type: "state", name: "regional government", role: "Amhara regional government, seated in Bahir Dar" },
      { id: "actor:ercs", type: "organization", name: "The Ethiopian Red Cross Society", role: "National Red Cross society" },
      { id: "actor:agriculture", type: "organization", name: "the regional agriculture bureau", role: "Amhara regional agriculture bureau" },
    ],
    places: [
      { id: "place:ethiopia", name: "Ethiopia", kind: "country", aliases: ["ETHIOPIA"], except: ["The Ethiopian Red Cross Society"] },
      { id: "place:amhara", name: "Amhara Region", kind: "region" },
      { id: "place:south-gondar", name: "South Gondar", kind: "region", aliases: ["South Gondar zone"] },
      { id: "place:north-wollo", name: "North Wollo", kind: "region" },
      { id: "place:awi", name: "Awi", kind: "region", aliases: ["Awi zone"] },
      { id: "place:gumara", name: "Gumara River", kind: "site", aliases: ["The Gumara River"] },
      { id: "place:road", name: "Bahir Dar-Gondar road", kind: "site", aliases: ["the Bahir Dar-Gondar road"] },
      { id: "place:woreta", name: "Woreta", kind: "town", aliases: ["Woreta town"], except: ["A primary school used as a shelter in Woreta town"] },
      { id: "place:gasay", name: "Gasay kebele", kind: "town" },
      { id: "place:farta", name: "Farta woreda", kind: "region", aliases: ["Farta"] },
      {
        id: "place:bahir-dar",
        name: "Bahir Dar",
        kind: "city",
        except: ["Bahir Dar-Gondar road"],
      },
      { id: "place:mersa", name: "Mersa", kind: "town", aliases: ["Mersa town"] },
      { id: "place:habru", name: "Habru woreda", kind: "region" },
      { id: "place:felege-hiwot", name: "Felege Hiwot Comprehensive Specialized Hospital", kind: "site", aliases: ["Felege Hiwot Comprehensive Specialized Hospital in Bahir Dar"] },
      { id: "place:fogera", name: "Fogera", kind: "region" },
      { id: "place:debre-tabor", name: "Debre Tabor", kind: "town" },
      { id: "place:woreta-school", name: "A primary school used as a shelter in Woreta town", kind: "site" },
    ],
    figures: [
      {
        id: "key-killed",
        v: "at least 63",
        n: 63,
        q: "at least",
        m: "killed",
        mt: ["killing", "killing at least 63"],
        c: "people",
        at: "place:amhara",
        by: null,
        date: toUpdate,
        dateText: ["14 August", "since 14 August"],
        note: "A flood's overall toll: the region its bullet names (the table's zones sum to 63).",
      },
      {
        id: "key-displaced",
        v: "More than 31,000",
        n: 31000,
        q: "more than",
        m: "displaced",
        c: "people",
        at: "place:amhara",
        atBasis: "implied",
        by: null,
        date: toUpdate,
        note: "'over half of them in South Gondar zone' places only a part: the whole stays with the region (the bullet before; the table sums to 31,100).",
      },
      ...row("South Gondar", "south-gondar", 27, 41, "14,500"),
      ...row("North Wollo", "north-wollo", 19, 30, "9,200"),
      ...row("Awi", "awi", 17, 27, "7,400"),
      {
        id: "gasay-killed",
        v: ["15", "killing 15"],
        n: 15,
        m: "killed",
        mt: ["killing", "killing 15"],
        c: "people",
        at: "place:gasay",
        by: "actor:spokesman",
        byText: "a spokesman for the regional government in Bahir Dar",
        date: { start: "2026-08-18", precision: "day", basis: "stated", year: "inferred" },
        dateText: ["18 August", "early hours of 18 August"],
        note: "'in Gasay kebele of Farta woreda': the kebele, within the woreda. The spokesman's seat (Bahir Dar) is not the place.",
      },
      {
        id: "gasay-children-killed",
        v: ["eight", "eight of them children"],
        n: 8,
        m: "killed",
        c: "children",
        at: "place:gasay",
        by: "actor:spokesman",
        byText: "a spokesman for the regional government in Bahir Dar",
        date: { start: "2026-08-18", precision: "day", basis: "stated", year: "inferred" },
        note: "Sub-count of the 15.",
      },
      {
        id: "felege-hiwot-injured",
        v: ["22", "received 22"],
        n: 22,
        m: "injured",
        c: "injured people referred from Farta and Fogera",
        at: "place:felege-hiwot",
        by: null,
        date: toUpdate,
        note: "Received at the hospital: its place; Farta and Fogera are where they came from.",
      },
      {
        id: "woreta-school-displaced",
        v: "about 2,300",
        n: 2300,
        q: "about",
        m: "displaced",
        mt: "hosts",
        c: "people in the shelter",
        at: "place:woreta-school",
        by: null,
      },
    ],
    statements: [
      {
        id: "spokesman-gasay",
        who: "actor:spokesman",
        text: "In South Gondar, a landslide in the early hours of 18 August buried a hillside hamlet in Gasay kebele of Farta woreda, killing 15 people, eight of them children",
      },
      { id: "ercs-reached", who: "actor:ercs", basis: "implied", text: "The Ethiopian Red Cross Society has reached 6,000 households with emergency kits", topics: ["rescue"] },
      { id: "agriculture-losses", who: "actor:agriculture", text: "About 4,100 hectares of crops and 1,900 head of livestock have been lost" },
    ],
    numerals: [
      [["2", "No. 2"], "number of the update"],
      ["22 August 2026", "date of the update"],
      ["three zones", "count of zones"],
      ["19 August", "date the river overflowed"],
      ["2 metres", "rise in water level"],
      ["6,000 households", "households reached, not harmed"],
      ["About 4,100 hectares", "area of crops"],
      ["1,900 head of livestock", "a count of livestock"],
    ],
  });
}
