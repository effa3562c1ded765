import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, place, report } from "../../truth-builder";
import { fig, heldOut3Article, say, type FigureSpec } from "./kit";

const vocabulary = {
  measures: { damaged: ["partially damaged"], destroyed: ["totally destroyed"], displaced: ["staying in"], evacuated: ["evacuate"] },
  qualifiers: { "an estimated": "approximate" as const },
};

export function truth(): Report {
  const art = heldOut3Article("cyclone-nampula-ifrc");
  const { a } = art;
  const asOf = (text?: ReportDate["text"]): ReportDate => ({
    start: "2026-02-13",
    end: "2026-02-15",
    precision: "day",
    basis: text ? "stated" : "inferred",
    year: "inferred",
    ...(text ? { text } : { note: "From landfall (13 February) to the INGD's 'as of 15 February'." }),
  });
  const ofLandfall: ReportDate = { start: "2026-02-13", end: "2026-02-15", precision: "day", basis: "inferred", year: "inferred", note: "Landfall on 13 February and the two days of rain after it." };
  const key = "has reported 19 deaths";
  const ingd = { source: "ingd", sourceWords: "National Institute for Disaster Risk Management and Reduction" };
  const two = "'in the two provinces' (Nampula and Zambézia): a total over two provinces takes the country of the heading, which holds both (README).";
  const tableDate = asOf(a.span("as of 15 February", "(INGD, as of 15 February)"));
  const row = (id: string, line: string, [dead, injured, missing]: [string, string, string?]): FigureSpec[] => {
    const base = { place: id, source: "ingd", sourceBasis: "implied" as const, sourceWords: "INGD", sourceCtx: "(INGD, as of", sentence: line, date: tableDate };
    const specs: FigureSpec[] = [
      { ...base, id: `${id}-killed`, measure: "killed", measureWord: "dead", measureCtx: `${dead} dead`, counted: "people", value: Number(dead), vt: dead, ctx: line, note: "A line `Province: N dead, M injured`: the line's province, stated; the INGD of the caption." },
      { ...base, id: `${id}-injured`, measure: "injured", counted: "people", value: Number(injured), vt: injured, ctx: `${injured} injured` },
    ];
    if (missing) specs.push({ ...base, id: `${id}-missing`, measure: "missing", counted: "people", value: Number(missing), vt: missing, ctx: `${missing} missing` });
    return specs;
  };
  const nampula = "Nampula: 13 dead, 78 injured, 3 missing";
  const zambezia = "Zambézia: 6 dead, 34 injured";
  const angoche = "In Angoche alone";
  const houses = "The INGD reports that 8,900";

  return report(art, {
    title: "Mozambique: Tropical Cyclone Dinah - Information Bulletin No. 2 (IFRC)",
    outlet: "IFRC",
    published: "2026-02-16",
    vocabulary,
    actors: [
      organization({ id: "actor:ingd", name: "National Institute for Disaster Risk Management and Reduction", aliases: ["INGD"], role: "Mozambique's disaster management institute", mentions: [a.span("National Institute for Disaster Risk Management and Reduction"), ...a.every("INGD")] }),
      organization({ id: "actor:cvm", name: "Mozambique Red Cross", aliases: ["CVM", "Cruz Vermelha de Moçambique"], role: "National Red Cross society", mentions: a.every("Mozambique Red Cross").concat(a.every("CVM")) }),
      organization({ id: "actor:ifrc", name: "IFRC", aliases: ["IFRC Southern Africa Cluster Delegation"], role: "Publisher of the bulletin", mentions: a.every("IFRC") }),
      organization({ id: "actor:health-directorate", name: "provincial health directorate", role: "Zambézia provincial health directorate", mentions: [a.span("provincial health directorate")] }),
    ],
    places: [
      place({ id: "place:mozambique", name: "Mozambique", kind: "country", mentions: [a.span("Mozambique", "Mozambique: Tropical")] }),
      place({ id: "place:nampula", name: "Nampula province", aliases: ["Nampula"], kind: "region", mentions: a.every("Nampula") }),
      place({ id: "place:zambezia", name: "Zambézia", aliases: ["Zambezia", "Zambézia province"], kind: "region", mentions: a.every("Zambézia") }),
      place({ id: "place:angoche", name: "Angoche district", aliases: ["Angoche"], kind: "region", mentions: [a.span("Angoche", "in Angoche and Moma"), a.span("Angoche", angoche), a.span("Angoche", "in Angoche, Moma")] }),
      place({ id: "place:angoche-town", name: "Angoche town", aliases: ["Angoche"], kind: "town", mentions: [a.span("Angoche", "near Angoche"), a.span("Angoche town")] }),
      place({ id: "place:moma", name: "Moma district", aliases: ["Moma"], kind: "region", mentions: a.every("Moma") }),
      place({ id: "place:pebane", name: "Pebane", kind: "region", mentions: [a.span("Pebane")] }),
      place({ id: "place:mocuba", name: "Mocuba district", aliases: ["Mocuba"], kind: "region", mentions: [a.span("Mocuba district")] }),
      place({ id: "place:licungo", name: "Licungo River", aliases: ["Licungo"], kind: "site", mentions: [a.span("Licungo River")] }),
      place({ id: "place:quelimane", name: "Quelimane", kind: "city", mentions: [a.span("Quelimane")] }),
      place({ id: "place:pretoria", name: "Pretoria", kind: "city", mentions: [a.span("Pretoria")] }),
    ],
    figures: [
      fig(a, { ...ingd, id: "mozambique-killed", place: "mozambique", placeBasis: "implied", measure: "killed", measureWord: "deaths", measureCtx: "19 deaths", counted: "people", value: 19, vt: "19", sentence: key, date: asOf(a.span("As of 15 February")), note: two }),
      fig(a, { ...ingd, id: "mozambique-injured", place: "mozambique", placeBasis: "implied", measure: "injured", counted: "injured people", value: 112, vt: "112", sentence: key, date: asOf(a.span("As of 15 February")), note: two }),
      fig(a, { ...ingd, id: "mozambique-missing", place: "mozambique", placeBasis: "implied", measure: "missing", counted: "people", value: 3, vt: "3", ctx: "with 3 people still missing", sentence: key, date: asOf(a.span("As of 15 February")), note: two }),
      ...[...row("nampula", nampula, ["13", "78", "3"]), ...row("zambezia", zambezia, ["6", "34"])].map((s) => fig(a, s)),
      fig(a, { id: "angoche-killed", place: "angoche", measure: "killed", counted: "people", value: 7, vt: "7", ctx: "7 people were killed", sentence: angoche, date: ofLandfall, note: "The bulletin's own voice (unsourced). Angoche district (the paragraph's 'Angoche and Moma districts')." }),
      fig(a, { id: "angoche-children-killed", place: "angoche", measure: "killed", counted: "children", value: 4, vt: "4", ctx: "among them 4 children", sentence: angoche, date: ofLandfall, note: "Sub-count of the seven." }),
      fig(a, { id: "mocuba-drowned", place: "mocuba", measure: "killed", measureWord: "drowned", counted: "people", value: 2, vt: "2", ctx: "2 people drowned", sentence: "In Mocuba district, Zambézia", date: ofLandfall, note: "On the Licungo River, in Mocuba district: the district, the clause's administrative place; the river runs through several." }),
      fig(a, { id: "mozambique-houses-damaged", place: "mozambique", placeBasis: "inferred", measure: "damaged", measureWord: "partially damaged", counted: "houses", value: 8900, vt: "8,900", sentence: houses, source: "ingd", sourceWords: "INGD", sourceCtx: houses, unit: "homes", date: asOf(), vocabulary, note: "No place in the sentence; the INGD's total for the cyclone's two provinces, so the country (inferred)." }),
      fig(a, { id: "mozambique-houses-destroyed", place: "mozambique", placeBasis: "inferred", measure: "destroyed", measureWord: "totally destroyed", counted: "houses", value: 2750, vt: "2,750", sentence: houses, source: "ingd", sourceWords: "INGD", sourceCtx: houses, unit: "homes", date: asOf(), vocabulary, note: "'and 2,750 totally destroyed': houses, elliptical. Place as the damaged." }),
      fig(a, { id: "mozambique-displaced", place: "mozambique", placeBasis: "implied", measure: "displaced", measureWord: "staying in", counted: "people in accommodation centres", value: 5600, qualifier: "an estimated", vt: "An estimated 5,600", sentence: "An estimated 5,600 people", date: asOf(), vocabulary, note: "In centres in Angoche, Moma (Nampula) and Pebane (Zambézia): a total over districts of two provinces takes the country of the heading (README). Unsourced; own qualifier 'an estimated'." }),
      fig(a, { id: "angoche-town-evacuated", place: "angoche-town", measure: "evacuated", measureWord: "evacuate", counted: "residents", value: 1200, qualifier: "some", vt: "some 1,200", sentence: "Volunteers of the Mozambique Red Cross", source: "cvm", sourceWords: "Volunteers of the Mozambique Red Cross", date: { start: "2026-02-13", precision: "day", basis: "inferred", year: "inferred", text: a.span("before landfall"), note: "Before the landfall of 13 February." }, vocabulary, note: "From low-lying areas of Angoche town." }),
    ],
    statements: [
      say(a, { id: "ingd-toll", speaker: "ingd", text: "19 deaths and 112 injured people in the two provinces, with 3 people still missing", sentence: key }),
      say(a, { id: "ingd-houses", speaker: "ingd", text: "8,900 houses were partially damaged and 2,750 totally destroyed", sentence: houses }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("No. 2"), "number of the bulletin"),
      notFigure(a.span("16 February 2026"), "date of issue"),
      notFigure(a.span("13 February"), "date of landfall"),
      notFigure(a.span("about 150 km/h"), "wind speed"),
      notFigure(a.span("two days"), "duration"),
      notFigure(a.span("two", "the two provinces"), "count of provinces"),
      notFigure(a.span("Around 46,000"), "people affected (not a figure)"),
      notFigure(a.span("21 accommodation centres"), "count of centres"),
    ],
  });
}
