import { day } from "../../../../data/authoring/anchor";
import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, place, report } from "../../truth-builder";
import { fig, heldOut2Article, say, type FigureSpec } from "./kit";

const vocabulary = {
  measures: { damaged: ["houses damaged"], cases: ["cases"] },
  qualifiers: { "an estimated": "approximate" as const },
  units: ["households", "cases"],
};

const asOf: ReportDate = {
  start: "2025-08-22",
  end: "2025-09-04",
  precision: "day",
  basis: "inferred",
  year: "inferred",
  note: "From the rains 'since 22 August' to the update's 'as of 4 September'.",
};

export function truth(): Report {
  const art = heldOut2Article("floods-far-north-cameroon");
  const { a } = art;
  const bullet = "reports at least 16 people dead";
  const minat = { source: "minat", sourceWords: "MINAT", sourceCtx: "(MINAT) reports" };
  const department = (id: string, name: string, line: string): FigureSpec[] => {
    const [dead, injured, missing, houses] = line.split("|");
    const base = { source: "minat", sourceBasis: "implied" as const, date: asOf, sentence: `${name}: ${dead} dead` };
    const specs: FigureSpec[] = [
      { ...base, id: `${id}-killed`, place: id, measure: "killed", measureWord: "dead", measureCtx: `${name}: ${dead} dead`, counted: "people", value: Number(dead), vt: dead!, ctx: `${name}: ${dead} dead` },
      { ...base, id: `${id}-injured`, place: id, measure: "injured", counted: "people", value: Number(injured), vt: injured!, ctx: `${name}: ${dead} dead, ${injured} injured` },
    ];
    if (missing) specs.push({ ...base, id: `${id}-missing`, place: id, measure: "missing", counted: "people", value: Number(missing), vt: missing, ctx: `${injured} injured, ${missing} missing` });
    specs.push({ ...base, id: `${id}-houses-damaged`, place: id, measure: "damaged", measureWord: "damaged", measureCtx: `${houses} houses damaged`, counted: "houses", value: Number(houses!.replace(",", "")), vt: houses!, ctx: `${houses} houses damaged`, unit: "homes", vocabulary });
    return specs;
  };

  return report(art, {
    title: "CAMEROON: Floods in the Far North region - Flash Update No. 2 (as of 4 September 2025)",
    outlet: "OCHA Cameroon",
    published: "2025-09-04",
    vocabulary,
    actors: [
      organization({ id: "actor:minat", name: "Ministry of Territorial Administration", aliases: ["MINAT", "the regional delegation of the Ministry of Territorial Administration"], role: "Cameroon's ministry of territorial administration (Far North regional delegation)", mentions: [a.span("Ministry of Territorial Administration"), ...a.every("MINAT")] }),
      group({ id: "actor:local-authorities", name: "local authorities", role: "Local authorities in Pouss", mentions: [a.span("local authorities")] }),
      organization({ id: "actor:health-delegation", name: "Regional Delegation of Public Health", role: "Far North regional health authority", mentions: [a.span("Regional Delegation of Public Health")] }),
      organization({ id: "actor:who", name: "WHO", aliases: ["World Health Organization"], role: "UN health agency", mentions: [a.span("WHO")] }),
      organization({ id: "actor:wfp", name: "WFP", aliases: ["World Food Programme"], role: "UN food agency", mentions: [a.span("WFP")] }),
      organization({ id: "actor:ocha", name: "OCHA Cameroon", aliases: ["OCHA"], role: "Publisher of the update", mentions: [a.span("OCHA Cameroon")] }),
    ],
    places: [
      place({ id: "place:cameroon", name: "Cameroon", aliases: ["CAMEROON"], kind: "country", mentions: [a.span("CAMEROON"), a.span("Cameroon", "OCHA Cameroon")] }),
      place({ id: "place:far-north", name: "Far North region", aliases: ["Far North"], kind: "region", mentions: a.every("Far North region") }),
      place({ id: "place:logone-et-chari", name: "Logone-et-Chari", kind: "region", mentions: a.every("Logone-et-Chari") }),
      place({ id: "place:mayo-danay", name: "Mayo-Danay", kind: "region", mentions: a.every("Mayo-Danay") }),
      place({ id: "place:mayo-tsanaga", name: "Mayo-Tsanaga", kind: "region", mentions: a.every("Mayo-Tsanaga") }),
      place({ id: "place:kousseri", name: "Kousséri", aliases: ["Kousseri"], kind: "city", mentions: a.every("Kousséri") }),
      place({ id: "place:yagoua", name: "Yagoua", kind: "city", mentions: a.every("Yagoua") }),
      place({ id: "place:maga", name: "Maga", kind: "town", mentions: a.every("Maga") }),
      place({ id: "place:maga-reservoir", name: "Maga reservoir", kind: "site", mentions: [a.span("Maga reservoir")] }),
      place({ id: "place:logone-river", name: "Logone River", aliases: ["the Logone", "Logone"], kind: "site", mentions: [a.span("Logone River"), a.span("Logone", "along the Logone")] }),
      place({ id: "place:pouss", name: "Pouss", kind: "town", mentions: [a.span("Pouss")] }),
      place({ id: "place:kar-hay", name: "Kar-Hay", kind: "region", mentions: [a.span("Kar-Hay")], note: "A health district of Mayo-Danay." }),
      place({ id: "place:maroua", name: "Maroua", kind: "city", mentions: [a.span("Maroua")] }),
    ],
    figures: [
      fig(a, { ...minat, id: "far-north-killed", place: "far-north", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "16 people dead", counted: "people", value: 16, qualifier: "at least", vt: "at least 16", sentence: bullet, date: asOf, note: "The bullet before names the three departments of the Far North region." }),
      fig(a, { ...minat, id: "far-north-injured", place: "far-north", placeBasis: "implied", measure: "injured", counted: "people", value: 34, vt: "34", sentence: bullet, date: asOf }),
      fig(a, { ...minat, id: "far-north-missing", place: "far-north", placeBasis: "implied", measure: "missing", counted: "people", value: 2, vt: "2", ctx: "and 2 missing", sentence: bullet, date: asOf }),
      fig(a, { id: "kousseri-fled", place: "kousseri", measure: "displaced", measureWord: "fled", measureCtx: "have fled", counted: "people", value: 8500, qualifier: "more than", vt: "More than 8,500", sentence: "More than 8,500 people", date: asOf, note: "To Kousséri, Yagoua and Maga: the first named. The update's own voice (unsourced)." }),
      fig(a, { id: "pouss-drowned", place: "pouss", measure: "killed", measureWord: "drowned", counted: "children", value: 2, vt: "two", ctx: "two children drowned", sentence: "In Mayo-Danay, water", source: "local-authorities", sourceWords: "local authorities", date: day("2025-09-01", { words: a.span("1 September") }) }),
      ...[
        ...department("logone-et-chari", "Logone-et-Chari", "7|19||2,900"),
        ...department("mayo-danay", "Mayo-Danay", "6|11|2|2,600"),
        ...department("mayo-tsanaga", "Mayo-Tsanaga", "3|4||700"),
      ].map((s) => fig(a, s)),
      fig(a, { id: "yagoua-displaced-households", place: "yagoua", measure: "displaced", measureWord: "displaced", measureCtx: "displaced households", counted: "households", value: 1100, qualifier: "an estimated", vt: "An estimated 1,100", sentence: "Shelter: An estimated", unit: "households", date: asOf, vocabulary, note: "'An estimated' is a qualifier of the report's own (approximate). Sheltering in schools in Yagoua; unsourced." }),
      fig(a, { id: "mayo-danay-cholera", place: "mayo-danay", measure: "cases", counted: "suspected cholera cases", value: 37, vt: "37", sentence: "Health: The Regional Delegation", source: "health-delegation", sourceWords: "Regional Delegation of Public Health", unit: "cases", date: { start: "2025-08-25", end: "2025-09-04", precision: "day", basis: "stated", year: "inferred", text: a.span("since 25 August") }, vocabulary, note: "Reported by the health delegation and WHO; the first named is credited." }),
      fig(a, { id: "kar-hay-cholera-killed", place: "kar-hay", measure: "killed", measureWord: "death", measureCtx: "one death", counted: "deaths", value: 1, vt: "one", ctx: "one death", sentence: "Health: The Regional Delegation", source: "health-delegation", sourceWords: "Regional Delegation of Public Health", date: null, note: "Sub-count of the cholera cases." }),
    ],
    statements: [
      say(a, { id: "minat-toll", speaker: "minat", text: "at least 16 people dead, 34 injured and 2 missing; an estimated 47,000 people are affected" }),
      say(a, { id: "authorities-pouss", speaker: "local-authorities", text: "two children drowned on 1 September" }),
      say(a, { id: "health-cholera", speaker: "health-delegation", text: "37 suspected cholera cases in Mayo-Danay since 25 August, including one death in Kar-Hay", note: "With WHO." }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("No. 2"), "number of the update"),
      notFigure(a.span("4 September 2025"), "date"),
      notFigure(a.span("22 August"), "date"),
      notFigure(a.span("an estimated 47,000"), "people affected (not a figure)"),
      notFigure(a.span("30 August"), "date"),
      notFigure(a.span("4 September", "(MINAT, as of 4 September"), "date"),
      notFigure(a.span("14 schools"), "count of schools"),
      notFigure(a.span("9,300"), "people reached with food (not a figure)"),
      notFigure(a.span("two points"), "count of road cuts"),
    ],
  });
}
