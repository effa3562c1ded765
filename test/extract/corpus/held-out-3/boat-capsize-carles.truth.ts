import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut3Article, say } from "./kit";

const vocabulary = { measures: { aboard: ["carrying"], rescued: ["rescued"] } };

export function truth(): Report {
  const art = heldOut3Article("boat-capsize-carles");
  const { a } = art;
  const sunday = day("2026-10-18", { words: a.span("on Sunday afternoon"), basis: "inferred" });
  const ofCapsize = day("2026-10-18", { basis: "inferred" }, "The capsizing on Sunday afternoon.");
  const lead = "Seven passengers died and four";
  const mdrrmo = { source: "mdrrmo", sourceWords: "Municipal Disaster Risk Reduction and Management Office" };
  const carrying = "The boat was carrying 38";
  const off = "The boat capsized off Gigantes Norte island (the lead), on its way to the island.";

  return report(art, {
    title: "Seven dead, 4 missing as pumpboat capsizes off Carles",
    outlet: "Panay News",
    published: "2026-10-19",
    vocabulary,
    actors: [
      organization({ id: "actor:mdrrmo", name: "Municipal Disaster Risk Reduction and Management Office", aliases: ["MDRRMO", "the MDRRMO"], role: "Carles municipal disaster office", mentions: [a.span("Municipal Disaster Risk Reduction and Management Office"), a.span("MDRRMO", "(MDRRMO)"), a.span("MDRRMO", "MDRRMO head")] }),
      person({ id: "actor:villanueva", name: "Ronaldo Villanueva", aliases: ["Villanueva", "MDRRMO head Ronaldo Villanueva"], role: "Head of the Carles MDRRMO", affiliation: "actor:mdrrmo", mentions: [a.span("Ronaldo Villanueva")] }),
      organization({ id: "actor:pcg", name: "Philippine Coast Guard", aliases: ["PCG", "The PCG station in Estancia"], role: "Coast guard", mentions: [a.span("Philippine Coast Guard"), a.span("PCG", "(PCG)"), a.span("PCG", "The PCG station")] }),
      person({ id: "actor:abello", name: "Lourdes Abello", aliases: ["Dr. Lourdes Abello", "Abello"], role: "Municipal health officer of Carles", mentions: [a.span("Lourdes Abello")] }),
      person({ id: "actor:tupas", name: "Emilio Tupas", aliases: ["Mayor Emilio Tupas", "Tupas"], role: "Mayor of Carles", mentions: [a.span("Emilio Tupas")] }),
      organization({ id: "actor:panay-news", name: "Panay News", role: "Local newspaper (outlet, not a speaker)", mentions: [a.span("Panay News")] }),
      organization({ id: "actor:pagasa", name: "PAGASA", aliases: ["the state weather bureau PAGASA"], role: "State weather bureau", mentions: [a.span("PAGASA")] }),
      group({ id: "actor:police", name: "police", role: "Carles municipal police", mentions: [a.span("police", "charges, police said")] }),
      person({ id: "actor:dela-cruz", name: "Joylyn Dela Cruz", aliases: ["Dela Cruz", "Survivor Joylyn Dela Cruz"], role: "Survivor", mentions: [a.span("Joylyn Dela Cruz")] }),
    ],
    places: [
      place({ id: "place:carles", name: "Carles", aliases: ["CARLES"], kind: "town", mentions: [a.span("Carles", "capsizes off Carles"), a.span("CARLES")] }),
      place({ id: "place:iloilo", name: "Iloilo", kind: "region", mentions: [a.span("Iloilo")] }),
      place({ id: "place:gigantes-norte", name: "Gigantes Norte island", aliases: ["Gigantes Norte", "the island"], kind: "site", mentions: [a.span("Gigantes Norte island")] }),
      place({ id: "place:carles-hospital", name: "Carles District Hospital", kind: "site", mentions: [a.span("Carles District Hospital")] }),
      place({ id: "place:estancia", name: "Estancia", kind: "town", mentions: [a.span("Estancia")] }),
      place({ id: "place:isla-gigantes", name: "Barangay Isla Gigantes", aliases: ["Isla Gigantes"], kind: "town", mentions: [a.span("Barangay Isla Gigantes")] }),
      place({ id: "place:carles-police-station", name: "Carles municipal police station", kind: "site", mentions: [a.span("Carles municipal police station")] }),
      place({ id: "place:gigantes-islands", name: "Gigantes islands", aliases: ["the Gigantes islands"], kind: "site", mentions: [a.span("Gigantes islands")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "carles", measure: "killed", measureWord: "dead", measureCtx: "Seven dead", counted: "people", value: 7, vt: "Seven", ctx: "Seven dead,", sentence: "pumpboat capsizes off Carles", date: ofCapsize, note: "Headline; it names Carles." }),
      fig(a, { id: "headline-missing", place: "carles", measure: "missing", counted: "people", value: 4, vt: "4", ctx: "4 missing", sentence: "pumpboat capsizes off Carles", date: ofCapsize }),
      fig(a, { ...mdrrmo, id: "gigantes-norte-killed", place: "gigantes-norte", measure: "killed", measureWord: "died", measureCtx: "passengers died", counted: "passengers", value: 7, vt: "Seven", ctx: "Seven passengers died", sentence: lead, date: sunday, note: "Off Gigantes Norte island: the place of the lead's clause (the dateline, Carles, is the municipality that holds it)." }),
      fig(a, { ...mdrrmo, id: "gigantes-norte-missing", place: "gigantes-norte", measure: "missing", counted: "others", value: 4, vt: "four", ctx: "four others remained missing", sentence: lead, date: sunday }),
      fig(a, { id: "gigantes-norte-passengers-aboard", place: "gigantes-norte", placeBasis: "implied", measure: "aboard", measureWord: "carrying", counted: "passengers", value: 38, vt: "38", ctx: "carrying 38 passengers", sentence: carrying, source: "villanueva", sourceWords: "MDRRMO head Ronaldo Villanueva", date: ofCapsize, vocabulary, note: off }),
      fig(a, { id: "gigantes-norte-crew-aboard", place: "gigantes-norte", placeBasis: "implied", measure: "aboard", measureWord: "carrying", counted: "crew members", value: 3, vt: "three", ctx: "three crew members", sentence: carrying, source: "villanueva", sourceWords: "MDRRMO head Ronaldo Villanueva", date: ofCapsize, vocabulary, note: off }),
      fig(a, { id: "gigantes-norte-rescued", place: "gigantes-norte", placeBasis: "implied", measure: "rescued", measureWord: "rescued", counted: "people", value: 30, vt: "30", ctx: "rescued 30 people", sentence: "Fishermen and a Philippine", source: "villanueva", date: ofCapsize, vocabulary, note: "'he said'." }),
      fig(a, { id: "gigantes-norte-family-killed", place: "gigantes-norte", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "Among the dead were two", counted: "two children and their grandmother", value: 3, vt: "two children, aged four and seven, and their grandmother", sentence: "Among the dead were two", source: "villanueva", sourceBasis: "implied", date: ofCapsize, parts: [{ value: 2, text: a.span("two children", "were two children") }, { value: 1, text: a.span("their grandmother") }], note: "Sub-count of the seven, made of parts; the ages are inside it. No speaker in the sentence: Villanueva's 'he said' is in the sentence before." }),
      fig(a, { id: "carles-hospital-injured", place: "carles-hospital", measure: "injured", measureWord: "minor injuries", counted: "of the survivors", value: 11, vt: "11", ctx: "11 were brought", sentence: "Of the survivors, 11", source: "abello", sourceWords: "municipal health officer Dr. Lourdes Abello", date: ofCapsize, note: "Treated for hypothermia and minor injuries: counted as injured. A count in a hospital takes the hospital." }),
    ],
    statements: [
      say(a, { id: "mdrrmo-toll", speaker: "mdrrmo", text: "Seven passengers died and four others remained missing after a motorized outrigger boat capsized in rough seas off Gigantes Norte island on Sunday afternoon" }),
      say(a, { id: "villanueva-boat", speaker: "villanueva", text: "The boat was carrying 38 passengers and three crew members from the town proper to the island when it was hit by strong waves about two kilometers from shore" }),
      say(a, { id: "villanueva-rescued", speaker: "villanueva", basis: "implied", text: "Fishermen and a Philippine Coast Guard (PCG) team rescued 30 people", topics: ["casualties", "rescue"] }),
      say(a, { id: "villanueva-dead", speaker: "villanueva", basis: "implied", text: "Among the dead were two children, aged four and seven, and their grandmother" }),
      say(a, { id: "abello-hospital", speaker: "abello", text: "Of the survivors, 11 were brought to the Carles District Hospital for treatment of hypothermia and minor injuries, while the rest were released after first aid at the port" }),
      say(a, { id: "tupas-assistance", speaker: "tupas", text: "the town government would provide financial assistance to the families of the victims", topics: ["rescue"] }),
      say(a, { id: "tupas-search", speaker: "tupas", basis: "implied", text: "We are not stopping the search until all four are found,", quotes: ["We are not stopping the search until all four are found,"], topics: ["rescue"] }),
      say(a, { id: "pcg-warning", speaker: "pcg", text: "the boat's operator had sailed despite a gale warning issued by the state weather bureau PAGASA on Sunday morning", topics: ["blame"] }),
      say(a, { id: "police-detained", speaker: "police", text: "The operator, a 52-year-old resident of Barangay Isla Gigantes, has been detained at the Carles municipal police station pending the filing of charges", topics: ["blame"] }),
      say(a, { id: "dela-cruz-jackets", speaker: "dela-cruz", text: "passengers had not been given life jackets", topics: ["blame"] }),
      say(a, { id: "dela-cruz-sea", speaker: "dela-cruz", basis: "implied", text: "Water came in from the side and within minutes we were all in the sea,", quotes: ["Water came in from the side and within minutes we were all in the sea,"], topics: ["grief"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("about two kilometers"), "distance"),
      notFigure(a.span("four", "all four are found"), "in a quote: points back to the missing"),
      notFigure(a.span("52", "52-year-old"), "age"),
      notFigure(a.span("29"), "age"),
    ],
  });
}
