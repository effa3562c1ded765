import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say, type FigureSpec } from "./kit";

const vocabulary = {
  measures: { rescued: ["pulled out alive"], damaged: ["houses damaged"], destroyed: ["totally destroyed"], cases: ["cases"] },
  units: ["families", "cases"],
};

const asOf: ReportDate = {
  start: "2025-09-14",
  end: "2025-09-16",
  precision: "day",
  basis: "inferred",
  year: "inferred",
  note: "From the landfall on 14 September to the update's 'as of 16 September'.",
};

export function truth(): Report {
  const art = heldOutArticle("typhoon-luzon-flash-update");
  const { a } = art;
  const bullet = "The National Disaster Risk Reduction and Management Council (NDRRMC) reports";
  const camps = "Some 212,000 people";
  const ampucao = "local authorities said 12";
  const province = (id: string, name: string, line: string): FigureSpec[] => {
    const [dead, injured, missing, houses] = line.split("|");
    const base = { placeBasis: "stated" as const, source: "ndrrmc", sourceBasis: "implied" as const, date: asOf, sentence: `${name}: ${dead} dead` };
    const specs: FigureSpec[] = [
      { ...base, id: `${id}-killed`, place: id, measure: "killed", measureWord: "dead", measureCtx: `${name}: ${dead} dead`, counted: "people", value: Number(dead), vt: dead!, ctx: `${name}: ${dead} dead` },
      { ...base, id: `${id}-injured`, place: id, measure: "injured", counted: "people", value: Number(injured), vt: injured!, ctx: `${name}: ${dead} dead, ${injured} injured` },
    ];
    if (missing) specs.push({ ...base, id: `${id}-missing`, place: id, measure: "missing", counted: "people", value: Number(missing), vt: missing, ctx: `${injured} injured, ${missing} missing` });
    specs.push({ ...base, id: `${id}-houses-damaged`, place: id, measure: "damaged", measureWord: "damaged", measureCtx: `${houses} houses damaged`, counted: "houses", value: Number(houses!.replace(",", "")), vt: houses!, ctx: `${houses} houses damaged`, unit: "homes", vocabulary });
    return specs;
  };

  return report(art, {
    title: "PHILIPPINES: Typhoon Marites - Flash Update No. 3 (as of 16 September 2025, 6 p.m. local time)",
    outlet: "OCHA Philippines",
    published: "2025-09-16",
    vocabulary,
    actors: [
      organization({ id: "actor:ndrrmc", name: "National Disaster Risk Reduction and Management Council", aliases: ["NDRRMC"], role: "Philippine national disaster council", mentions: [a.span("National Disaster Risk Reduction and Management Council"), ...a.every("NDRRMC")] }),
      group({ id: "actor:itogon-authorities", name: "local authorities", role: "Local authorities in Itogon", mentions: [a.span("local authorities")] }),
      organization({ id: "actor:san-jose-city", name: "the city government of San Jose", aliases: ["city government of San Jose"], role: "City government of San Jose, Nueva Ecija", mentions: [a.span("the city government of San Jose")] }),
      organization({ id: "actor:dswd", name: "Department of Social Welfare and Development", aliases: ["DSWD"], role: "Philippine ministry", mentions: [a.span("Department of Social Welfare and Development"), a.span("DSWD")] }),
      group({ id: "actor:partners", name: "Partners", aliases: ["partners"], role: "Humanitarian partners (shelter)", mentions: [a.span("Partners")] }),
      organization({ id: "actor:doh", name: "Department of Health", aliases: ["the Department of Health"], role: "Philippine ministry of health", mentions: [a.span("Department of Health")] }),
      organization({ id: "actor:hct", name: "Humanitarian Country Team", role: "UN and NGO coordination body", mentions: [a.span("Humanitarian Country Team")] }),
      organization({ id: "actor:ocha", name: "OCHA Philippines", aliases: ["OCHA"], role: "Publisher of the update", mentions: [a.span("OCHA Philippines")] }),
    ],
    places: [
      place({ id: "place:philippines", name: "PHILIPPINES", aliases: ["Philippines"], kind: "country", mentions: [a.span("PHILIPPINES")] }),
      place({ id: "place:luzon", name: "northern Luzon", aliases: ["Luzon"], kind: "region", mentions: [a.span("northern Luzon")] }),
      place({ id: "place:cagayan-valley", name: "Cagayan Valley", kind: "region", mentions: [a.span("Cagayan Valley")] }),
      place({ id: "place:car", name: "Cordillera Administrative Region", aliases: ["the Cordillera", "Cordillera"], kind: "region", mentions: [a.span("Cordillera Administrative Region"), a.span("Cordillera", "in the Cordillera")] }),
      place({ id: "place:central-luzon", name: "Central Luzon", kind: "region", mentions: a.every("Central Luzon") }),
      place({ id: "place:santa-ana", name: "Santa Ana", kind: "town", mentions: [a.span("Santa Ana")] }),
      place({ id: "place:cagayan", name: "Cagayan", kind: "region", mentions: a.every("Cagayan", ["Cagayan Valley"]) }),
      place({ id: "place:tuguegarao", name: "Tuguegarao City", aliases: ["Tuguegarao"], kind: "city", mentions: [a.span("Tuguegarao City")] }),
      place({ id: "place:ilagan", name: "Ilagan", kind: "city", mentions: [a.span("Ilagan")] }),
      place({ id: "place:isabela", name: "Isabela", kind: "region", mentions: a.every("Isabela") }),
      place({ id: "place:benguet", name: "Benguet", kind: "region", mentions: a.every("Benguet") }),
      place({ id: "place:ampucao", name: "Ampucao", kind: "town", mentions: [a.span("Ampucao")] }),
      place({ id: "place:itogon", name: "Itogon", kind: "town", mentions: [a.span("Itogon")] }),
      place({ id: "place:nueva-ecija", name: "Nueva Ecija", kind: "region", mentions: a.every("Nueva Ecija") }),
      place({ id: "place:aurora", name: "Aurora", kind: "region", mentions: [a.span("Aurora")] }),
      place({ id: "place:san-jose", name: "San Jose", aliases: ["San Jose City"], kind: "city", mentions: [a.span("San Jose")], note: "Ambiguous name (many San Joses, several in the Philippines): the one in Nueva Ecija." }),
      place({ id: "place:talavera-river", name: "Talavera River", kind: "site", mentions: [a.span("Talavera River")] }),
      place({ id: "place:kennon-road", name: "Kennon Road", kind: "site", mentions: [a.span("Kennon Road")] }),
    ],
    figures: [
      fig(a, { id: "luzon-killed", place: "luzon", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "41 people dead", counted: "people", value: 41, vt: "41", sentence: bullet, source: "ndrrmc", sourceWords: "NDRRMC", sourceCtx: "(NDRRMC) reports", date: asOf, note: "'across five provinces': the five of the table, in the northern Luzon of the first bullet." }),
      fig(a, { id: "luzon-injured", place: "luzon", placeBasis: "implied", measure: "injured", counted: "people", value: 76, vt: "76", sentence: bullet, source: "ndrrmc", sourceWords: "NDRRMC", sourceCtx: "(NDRRMC) reports", date: asOf }),
      fig(a, { id: "luzon-missing", place: "luzon", placeBasis: "implied", measure: "missing", counted: "people", value: 19, vt: "19", ctx: "19 missing", sentence: bullet, source: "ndrrmc", sourceWords: "NDRRMC", sourceCtx: "(NDRRMC) reports", date: asOf }),
      fig(a, { id: "luzon-evacuation-centres", place: "luzon", placeBasis: "implied", measure: "displaced", measureWord: "in 1,130 evacuation centres", counted: "people", value: 212000, qualifier: "some", vt: "Some 212,000", sentence: camps, date: asOf, note: "Unsourced in the bullet (the update's own voice)." }),
      fig(a, { id: "luzon-with-relatives", place: "luzon", placeBasis: "implied", measure: "displaced", measureWord: "staying with relatives or friends", counted: "people", value: 95000, vt: "95,000", sentence: camps, date: asOf, note: "'another 95,000'." }),
      fig(a, { id: "ampucao-rescued", place: "ampucao", measure: "rescued", measureWord: "pulled out alive", counted: "residents", value: 12, vt: "12", ctx: ampucao, sentence: ampucao, source: "itogon-authorities", sourceWords: "local authorities", date: null, vocabulary }),
      fig(a, { id: "ampucao-bodies", place: "ampucao", measure: "killed", measureWord: "bodies", measureCtx: "seven bodies", counted: "bodies", value: 7, vt: "seven", ctx: "seven bodies", sentence: ampucao, source: "itogon-authorities", sourceWords: "local authorities", date: null }),
      ...[
        ...province("cagayan", "Cagayan", "9|21||14,800"),
        ...province("isabela", "Isabela", "6|15|3|9,200"),
        ...province("benguet", "Benguet", "16|11|12|1,050"),
        ...province("nueva-ecija", "Nueva Ecija", "4|20||6,300"),
        ...province("aurora", "Aurora", "6|9|4|2,900"),
      ].map((s) => fig(a, s)),
      fig(a, { id: "san-jose-moved", place: "san-jose", measure: "evacuated", measureWord: "moved to schools", counted: "families", value: 3400, vt: "3,400", sentence: "the city government of San Jose said", source: "san-jose-city", sourceWords: "the city government of San Jose", unit: "families", date: null, vocabulary }),
      fig(a, { id: "luzon-houses-destroyed", place: "luzon", placeBasis: "inferred", measure: "destroyed", measureWord: "totally destroyed", counted: "houses", value: 8700, vt: "8,700", sentence: "Partners estimate that", source: "partners", sourceWords: "Partners", unit: "homes", date: asOf, note: "Across the five provinces, 'most of them in Cagayan and Isabela'.", vocabulary }),
      fig(a, { id: "central-luzon-leptospirosis", place: "central-luzon", measure: "cases", counted: "cases of leptospirosis", value: 230, vt: "230", sentence: "The Department of Health reported", source: "doh", sourceWords: "Department of Health", unit: "cases", date: { start: "2025-09-01", end: "2025-09-16", precision: "day", basis: "stated", year: "inferred", text: a.span("since 1 September") }, vocabulary }),
      fig(a, { id: "nueva-ecija-leptospirosis-killed", place: "nueva-ecija", measure: "killed", measureWord: "deaths", measureCtx: "five deaths", counted: "deaths", value: 5, vt: "five", ctx: "five deaths", sentence: "The Department of Health reported", source: "doh", sourceWords: "Department of Health", date: null, note: "Sub-count of the leptospirosis cases." }),
    ],
    statements: [
      say(a, { id: "ndrrmc-toll", speaker: "ndrrmc", text: "41 people dead, 76 injured and 19 missing across five provinces" }),
      say(a, { id: "itogon-rescued", speaker: "itogon-authorities", text: "12 residents were pulled out alive and seven bodies recovered" }),
      say(a, { id: "san-jose-families", speaker: "san-jose-city", text: "3,400 families had been moved to schools after the Talavera River overflowed", topics: ["rescue"] }),
      say(a, { id: "partners-destroyed", speaker: "partners", text: "8,700 houses were totally destroyed, most of them in Cagayan and Isabela" }),
      say(a, { id: "doh-leptospirosis", speaker: "doh", text: "230 cases of leptospirosis in Central Luzon since 1 September, including five deaths in Nueva Ecija" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("No. 3"), "number of the update"),
      notFigure(a.span("16 September 2025"), "date"),
      notFigure(a.span("6 p.m."), "time of day"),
      notFigure(a.span("14 and 15 September"), "date"),
      notFigure(a.span("five", "across five provinces"), "count of provinces"),
      notFigure(a.span("1,130"), "count of evacuation centres"),
      notFigure(a.span("14 September", "early on 14 September"), "date"),
      notFigure(a.span("185 km/h"), "wind speed"),
      notFigure(a.span("16 September", "(NDRRMC, as of 16 September"), "date"),
      notFigure(a.span("15 September", "said on 15 September"), "date"),
      notFigure(a.span("180,000"), "count of food packs"),
      notFigure(a.span("five", "to the five provinces"), "count of provinces"),
      notFigure(a.span("Eleven"), "count of road sections"),
      notFigure(a.span("17 September"), "date"),
    ],
  });
}
