import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build, type FigureSpec } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { damaged: ["houses damaged"] } };
/** Counted since the rains began on 25 August, up to a line's "as of" date. */
const since25August = (asOf: string): ReportDate => ({
  start: "2025-08-25",
  end: asOf,
  precision: "day",
  basis: "stated",
  year: "inferred",
  note: "From 'since 25 August' to the line's 'as of' date.",
});

function line(province: string, place: string, killed: number, injured: number, asOf: string, houses?: number): FigureSpec[] {
  const ctx = (n: number | string) => [String(n), `${province}: ${killed} people killed`] as [string, string];
  const row = `${province}: ${killed} people killed, ${injured} injured`;
  const date = since25August(asOf);
  return [
    { id: `${place}-killed`, v: ctx(killed), n: killed, m: "killed", c: "people", at: `place:${place}`, by: null, date },
    {
      id: `${place}-injured`,
      v: [String(injured), row],
      n: injured,
      m: "injured",
      c: "people",
      at: `place:${place}`,
      by: null,
      date,
    },
    ...(houses
      ? [
          {
            id: `${place}-houses-damaged`,
            v: [houses.toLocaleString("en-US"), `${row}; ${houses.toLocaleString("en-US")} houses`] as [string, string],
            n: houses,
            m: "damaged",
            mt: [`houses damaged`, `${houses.toLocaleString("en-US")} houses damaged`] as [string, string],
            c: "houses",
            unit: "homes",
            at: `place:${place}`,
            by: null,
            date,
          },
        ]
      : []),
  ];
}

export function truth(): Report {
  return build({
    slug: "sitrep-floods-pakistan",
    dir: TUNING_DIR,
    title: "PAKISTAN: Monsoon Floods - Flash Update 4 (as of 14 September 2025)",
    outlet: "OCHA",
    published: "2025-09-14",
    vocabulary,
    actors: [
      {
        id: "actor:ndma",
        type: "organization",
        name: "National Disaster Management Authority",
        aliases: ["NDMA"],
        role: "Pakistan's national disaster agency",
      },
      {
        id: "actor:pdma-sindh",
        type: "organization",
        name: "Sindh's Provincial Disaster Management Authority",
        aliases: ["Provincial Disaster Management Authority"],
        role: "Sindh's disaster agency",
      },
      {
        id: "actor:pdma-balochistan",
        type: "organization",
        name: "Balochistan PDMA",
        aliases: ["the Balochistan PDMA"],
        role: "Balochistan's disaster agency",
      },
      { id: "actor:wfp", type: "organization", name: "WFP", aliases: ["World Food Programme"], role: "UN food agency" },
    ],
    places: [
      { id: "place:pakistan", name: "Pakistan", kind: "country", aliases: ["PAKISTAN"] },
      { id: "place:sindh", name: "Sindh", kind: "region" },
      { id: "place:balochistan", name: "Balochistan", kind: "region" },
      { id: "place:khyber-pakhtunkhwa", name: "Khyber Pakhtunkhwa", kind: "region" },
      { id: "place:punjab", name: "Punjab", kind: "region" },
      { id: "place:dadu", name: "Dadu", kind: "region", aliases: ["Dadu district"] },
      { id: "place:jacobabad", name: "Jacobabad", kind: "region" },
      { id: "place:hyderabad", name: "Hyderabad", kind: "region" },
      { id: "place:lasbela", name: "Lasbela", kind: "region", aliases: ["Lasbela district"] },
      { id: "place:porali", name: "Porali river", kind: "region", aliases: ["Porali"] },
    ],
    figures: [
      {
        id: "pakistan-killed",
        v: "at least 212",
        n: 212,
        q: "at least",
        m: "killed",
        c: "people",
        at: "place:pakistan",
        atBasis: "inferred",
        by: "actor:ndma",
        byText: "National Disaster Management Authority",
        date: since25August("2025-09-14"),
        note: "'across four provinces': the country.",
      },
      {
        id: "pakistan-injured",
        v: "640",
        n: 640,
        m: "injured",
        c: "people",
        at: "place:pakistan",
        atBasis: "inferred",
        by: "actor:ndma",
        byText: "National Disaster Management Authority",
        date: since25August("2025-09-14"),
      },
      {
        id: "sindh-camps",
        v: "More than 310,000",
        n: 310000,
        q: "more than",
        m: "displaced",
        mt: "staying in relief camps",
        c: "people",
        at: "place:sindh",
        by: null,
      },
      {
        id: "sindh-toll",
        v: ["87", "has risen to 87"],
        n: 87,
        m: "killed",
        mt: "death toll",
        c: "people",
        at: "place:sindh",
        by: null,
        date: since25August("2025-09-14"),
      },
      {
        id: "sindh-toll-before",
        v: "61",
        n: 61,
        m: "killed",
        mt: "death toll",
        c: "people",
        at: "place:sindh",
        by: null,
        note: "The previous update's toll.",
      },
      ...line("Sindh", "sindh", 87, 310, "2025-09-14", 2400),
      ...line("Balochistan", "balochistan", 54, 122, "2025-09-13", 1150),
      ...line("Khyber Pakhtunkhwa", "khyber-pakhtunkhwa", 41, 96, "2025-09-14"),
      ...line("Punjab", "punjab", 30, 112, "2025-09-12"),
      {
        id: "sindh-displaced",
        v: "about 190,000",
        n: 190000,
        q: "about",
        m: "displaced",
        c: "people",
        at: "place:sindh",
        by: "actor:pdma-sindh",
        byText: "Sindh's Provincial Disaster Management Authority",
        note: "'across the province': Sindh.",
      },
      {
        id: "dadu-killed",
        v: ["29", "29 people have died"],
        n: 29,
        m: "killed",
        mt: "died",
        c: "people",
        at: "place:dadu",
        by: null,
      },
      {
        id: "dadu-children-killed",
        v: ["11", "11 of them children"],
        n: 11,
        m: "killed",
        mt: "died",
        c: "children",
        at: "place:dadu",
        by: null,
      },
      {
        id: "lasbela-missing",
        v: "Between 40 and 60",
        n: 40,
        upper: 60,
        q: "range",
        m: "missing",
        c: "people",
        at: "place:lasbela",
        by: "actor:pdma-balochistan",
        byText: "the Balochistan PDMA",
      },
    ],
    statements: [
      {
        id: "ndma-toll",
        who: "actor:ndma",
        text: "Heavy rain since 25 August has killed at least 212 people and injured 640 across four provinces",
      },
      { id: "pdma-sindh-displaced", who: "actor:pdma-sindh", text: "about 190,000 people displaced across the province" },
      {
        id: "pdma-balochistan-missing",
        who: "actor:pdma-balochistan",
        text: "Between 40 and 60 people are still missing in Lasbela district of Balochistan",
        ev: "Between 40 and 60 people",
      },
    ],
    numerals: [
      [["4", "Flash Update 4"], "number of the update"],
      [["14 September 2025", "as of 14 September 2025"], "date of the update"],
      [["25 August", "since 25 August"], "date the rains began (the figures' dates)"],
      ["four provinces", "count of provinces"],
      [["14 Sep", "96 injured (as of 14 Sep"], "as-of date of the line"],
      [["14 Sep", "2,400 houses damaged (as of 14 Sep"], "as-of date of the line"],
      [["13 Sep", "as of 13 Sep"], "as-of date of the line"],
      [["12 Sep", "as of 12 Sep"], "as-of date of the line"],
      ["46 mobile clinics", "count of clinics"],
      ["some 95,000", "people given food, not harmed"],
      ["N-25", "road number"],
      ["12 September", "date a bridge collapsed"],
    ],
  });
}
