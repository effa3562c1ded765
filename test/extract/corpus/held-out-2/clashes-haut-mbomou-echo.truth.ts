import { day } from "../../../../data/authoring/anchor";
import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, place, report } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

const vocabulary = {
  measures: { destroyed: ["burnt"] },
  qualifiers: { "an estimated": "approximate" as const },
};

export function truth(): Report {
  const art = heldOut2Article("clashes-haut-mbomou-echo");
  const { a } = art;
  const sinceJuly3: ReportDate = { start: "2025-07-03", end: "2025-07-10", precision: "day", basis: "stated", year: "inferred", text: a.span("Since 3 July") };
  const hospitalDays: ReportDate = { start: "2025-07-03", end: "2025-07-08", precision: "day", basis: "stated", year: "inferred", text: a.span("between 3 and 8 July") };
  const lead = "fighting between the Azande Ani Kpi Gbe";
  const hospital = "received 31 wounded";
  const partners = { source: "partners", sourceWords: "local authorities and humanitarian partners" };

  return report(art, {
    title: "Central African Republic - Armed clashes in Haut-Mbomou (ECHO Daily Flash of 10 July 2025)",
    outlet: "ECHO",
    published: "2025-07-10",
    vocabulary,
    actors: [
      organization({ id: "actor:echo", name: "ECHO", aliases: ["European Civil Protection and Humanitarian Aid Operations"], role: "Publisher of the flash (European Commission)", mentions: [a.span("ECHO")] }),
      organization({ id: "actor:aakg", name: "Azande Ani Kpi Gbe", aliases: ["AAKG"], role: "Militia", mentions: [a.span("Azande Ani Kpi Gbe"), a.span("AAKG")] }),
      organization({ id: "actor:upc", name: "Union for Peace in the Central African Republic", aliases: ["UPC"], role: "Armed group", mentions: [a.span("Union for Peace in the Central African Republic"), a.span("UPC")] }),
      group({ id: "actor:partners", name: "local authorities and humanitarian partners", role: "Local authorities and humanitarian partners in Haut-Mbomou", mentions: [a.span("local authorities and humanitarian partners")] }),
      organization({ id: "actor:unhcr", name: "UNHCR", aliases: ["UN refugee agency"], role: "UN refugee agency", mentions: [a.span("UNHCR")] }),
      organization({ id: "actor:msf", name: "Médecins Sans Frontières", aliases: ["MSF"], role: "Medical aid organization", mentions: [a.span("Médecins Sans Frontières"), a.span("MSF")] }),
      group({ id: "actor:local-sources", name: "Local sources", aliases: ["local sources"], role: "Unnamed local sources", mentions: [a.span("Local sources")] }),
      organization({ id: "actor:minusca", name: "MINUSCA", aliases: ["The UN peacekeeping mission", "UN peacekeeping mission"], role: "UN peacekeeping mission in the Central African Republic", mentions: [a.span("UN peacekeeping mission"), a.span("MINUSCA")] }),
      organization({ id: "actor:eu", name: "European Union", aliases: ["EU"], role: "Donor", mentions: [a.span("European Union")] }),
    ],
    places: [
      place({ id: "place:car", name: "Central African Republic", aliases: ["CAR"], kind: "country", mentions: a.every("Central African Republic") }),
      place({ id: "place:haut-mbomou", name: "Haut-Mbomou", aliases: ["Haut-Mbomou prefecture"], kind: "region", mentions: a.every("Haut-Mbomou") }),
      place({ id: "place:zemio", name: "Zemio", kind: "town", mentions: a.every("Zemio") }),
      place({ id: "place:mboki", name: "Mboki", kind: "town", mentions: a.every("Mboki") }),
      place({ id: "place:obo", name: "Obo", kind: "town", mentions: a.every("Obo") }),
      place({ id: "place:djema", name: "Djéma", aliases: ["Djema"], kind: "town", mentions: [a.span("Djéma")] }),
      place({ id: "place:mbomou-river", name: "Mbomou River", kind: "site", mentions: [a.span("Mbomou River")] }),
      place({ id: "place:drc", name: "Democratic Republic of the Congo", aliases: ["DRC", "DR Congo"], kind: "country", mentions: [a.span("Democratic Republic of the Congo")] }),
      place({ id: "place:zemio-hospital", name: "hospital supported by Médecins Sans Frontières (MSF) in Zemio", aliases: ["MSF-supported hospital in Zemio"], kind: "site", mentions: [a.span("hospital supported by Médecins Sans Frontières (MSF) in Zemio")] }),
    ],
    figures: [
      fig(a, { ...partners, id: "haut-mbomou-killed", place: "haut-mbomou", measure: "killed", counted: "civilians", value: 23, qualifier: "at least", vt: "at least 23", sentence: lead, date: sinceJuly3, note: "Around Zemio and Mboki 'in Haut-Mbomou prefecture': the named place that holds both." }),
      fig(a, { ...partners, id: "haut-mbomou-injured", place: "haut-mbomou", measure: "injured", counted: "civilians", value: 40, vt: "40", ctx: "injured 40", sentence: lead, date: sinceJuly3 }),
      fig(a, { id: "zemio-fled", place: "zemio", measure: "displaced", measureWord: "fled", measureCtx: "have fled Zemio", counted: "people", value: 12000, qualifier: "an estimated", vt: "An estimated 12,000", sentence: "An estimated 12,000 people", source: "unhcr", sourceBasis: "implied", date: { start: "2025-07-01", end: "2025-07-10", precision: "day", basis: "stated", year: "inferred", text: a.span("since the start of the month") }, vocabulary, note: "'An estimated' (approximate); UNHCR is credited in the next sentence of the bullet." }),
      fig(a, { id: "drc-crossed", place: "drc", measure: "displaced", measureWord: "crossed the Mbomou River", counted: "people", value: 2300, qualifier: "about", vt: "About 2,300", sentence: "About 2,300 have crossed", source: "unhcr", sourceWords: "UNHCR", date: null, note: "Refugees into the DRC." }),
      fig(a, { id: "zemio-hospital-injured", place: "zemio-hospital", measure: "injured", measureWord: "wounded", measureCtx: hospital, counted: "wounded", value: 31, vt: "31", ctx: hospital, sentence: hospital, date: hospitalDays, note: "ECHO's own voice (unsourced); a count for a hospital takes the hospital." }),
      fig(a, { id: "zemio-hospital-children", place: "zemio-hospital", measure: "injured", counted: "children", value: 9, vt: "nine", ctx: "nine of them children", sentence: hospital, date: hospitalDays, note: "Sub-count of the 31 wounded." }),
      fig(a, { id: "zemio-hospital-died", place: "zemio-hospital", measure: "killed", measureWord: "died", measureCtx: "later died", counted: "of the wounded", value: 3, vt: "three", ctx: "three of the wounded", sentence: hospital, date: hospitalDays, note: "Sub-count of the 31: three of the wounded who died." }),
      fig(a, { id: "mboki-houses-burnt", place: "mboki", measure: "destroyed", measureWord: "burnt", counted: "houses", value: 400, upper: 500, qualifier: "range", vt: "between 400 and 500", sentence: "Local sources estimate", source: "local-sources", sourceWords: "Local sources", unit: "homes", date: { start: "2025-07-05", end: "2025-07-06", precision: "day", basis: "stated", year: "inferred", text: a.span("5 and 6 July") }, vocabulary }),
      fig(a, { id: "mboki-aid-workers-injured", place: "mboki", measure: "injured", counted: "aid workers", value: 2, vt: "Two", ctx: "Two aid workers", sentence: "Two aid workers were injured", date: day("2025-07-06", { words: a.span("6 July", "Mboki on 6 July") }) }),
      fig(a, { id: "haut-mbomou-idps", place: "haut-mbomou", measure: "displaced", measureWord: "internally displaced", counted: "internally displaced people", value: 20000, qualifier: "up to", vt: "up to 20,000", sentence: "already hosted up to 20,000", date: null, note: "Displaced before the latest violence, most of them in Obo; unsourced." }),
    ],
    statements: [
      say(a, { id: "partners-toll", speaker: "partners", text: "Since 3 July, fighting between the Azande Ani Kpi Gbe (AAKG) militia and the Union for Peace in the Central African Republic (UPC) around the towns of Zemio and Mboki, in Haut-Mbomou prefecture, has killed at least 23 civilians and injured 40" }),
      say(a, { id: "unhcr-crossed", speaker: "unhcr", text: "About 2,300 have crossed the Mbomou River into the Democratic Republic of the Congo", topics: ["casualties", "rescue"] }),
      say(a, { id: "local-sources-houses", speaker: "local-sources", text: "between 400 and 500 houses were burnt in Mboki on 5 and 6 July" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("10 July 2025"), "date of the flash"),
      notFigure(a.span("EUR 1.5 million"), "money"),
      notFigure(a.span("2025", "million in 2025"), "year"),
    ],
  });
}
