import { day } from "../../../../data/authoring/anchor";
import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut3Article, say } from "./kit";

const vocabulary = { measures: { hostages: ["abducted"] } };

export function truth(): Report {
  const art = heldOut3Article("adf-attacks-beni-lubero-echo");
  const { a } = art;
  const night: ReportDate = { start: "2026-05-28", end: "2026-05-29", precision: "day", basis: "stated", year: "inferred", text: a.span("On the night of 28-29 May") };
  const ofNight: ReportDate = { start: "2026-05-28", end: "2026-05-29", precision: "day", basis: "inferred", year: "inferred", note: "The attack on Mapasana, the night of 28-29 May." };
  const may31 = day("2026-05-31", { words: a.span("On 31 May") });
  const may30 = day("2026-05-30", { words: a.span("on 30 May") });
  const mapasana = "According to local civil society";
  const oicha = "On 31 May, in Beni territory";
  const irumu = "In Irumu territory, Ituri";
  const matanda = "Health partners in Butembo";

  return report(art, {
    title: "Democratic Republic of Congo – Armed attacks in North Kivu and Ituri (DG ECHO, UN OCHA, MONUSCO, media) (ECHO Daily Flash of 2 June 2026)",
    outlet: "ECHO Daily Flash",
    published: "2026-06-02",
    vocabulary,
    actors: [
      organization({ id: "actor:dg-echo", name: "DG ECHO", aliases: ["ECHO"], role: "European Commission's humanitarian department (publisher)", mentions: [a.span("DG ECHO", "(DG ECHO,"), a.span("DG ECHO", "DG ECHO partners")] }),
      organization({ id: "actor:ocha", name: "UN OCHA", aliases: ["OCHA"], role: "UN humanitarian office", mentions: a.every("UN OCHA") }),
      organization({ id: "actor:monusco", name: "MONUSCO", role: "UN mission in DR Congo", mentions: a.every("MONUSCO") }),
      organization({ id: "actor:adf", name: "Allied Democratic Forces", aliases: ["ADF"], role: "Armed group", mentions: [a.span("Allied Democratic Forces"), ...a.every("ADF")] }),
      group({ id: "actor:civil-society", name: "local civil society", role: "Civil society of Bapere sector", mentions: [a.span("local civil society")] }),
      person({ id: "actor:administrator", name: "territorial administrator", aliases: ["the territorial administrator"], role: "Administrator of Beni territory (named only by office)", mentions: [a.span("territorial administrator")] }),
      organization({ id: "actor:fardc", name: "Armed Forces of the DRC", aliases: ["FARDC"], role: "DR Congo's army", mentions: [a.span("Armed Forces of the DRC"), a.span("FARDC")] }),
      group({ id: "actor:health-partners", name: "health partners in Butembo", aliases: ["Health partners in Butembo", "Health partners"], role: "Health agencies in Butembo", mentions: [a.span("Health partners")] }),
    ],
    places: [
      place({ id: "place:drc", name: "Democratic Republic of Congo", aliases: ["DRC", "DR Congo"], kind: "country", mentions: [a.span("Democratic Republic of Congo")] }),
      place({ id: "place:north-kivu", name: "North Kivu", aliases: ["North Kivu province"], kind: "region", mentions: a.every("North Kivu") }),
      place({ id: "place:ituri", name: "Ituri", aliases: ["Ituri province"], kind: "region", mentions: a.every("Ituri") }),
      place({ id: "place:beni", name: "Beni territory", aliases: ["Beni"], kind: "region", mentions: a.every("Beni") }),
      place({ id: "place:lubero", name: "Lubero territory", aliases: ["Lubero"], kind: "region", mentions: a.every("Lubero") }),
      place({ id: "place:irumu", name: "Irumu territory", aliases: ["Irumu"], kind: "region", mentions: a.every("Irumu") }),
      place({ id: "place:mapasana", name: "Mapasana", aliases: ["Mapasana village"], kind: "town", mentions: [a.span("Mapasana")] }),
      place({ id: "place:bapere", name: "Bapere sector", aliases: ["Bapere"], kind: "region", mentions: [a.span("Bapere sector")] }),
      place({ id: "place:manguredjipa-hc", name: "Manguredjipa health centre", kind: "site", mentions: [a.span("Manguredjipa health centre")] }),
      place({ id: "place:manguredjipa", name: "Manguredjipa", kind: "town", mentions: [a.span("Manguredjipa", "families in Manguredjipa")] }),
      place({ id: "place:oicha", name: "Oicha", kind: "town", mentions: a.every("Oicha") }),
      place({ id: "place:eringeti", name: "Eringeti", kind: "town", mentions: [a.span("Eringeti")] }),
      place({ id: "place:komanda", name: "Komanda", kind: "town", mentions: [a.span("Komanda")] }),
      place({ id: "place:mambelenga", name: "Mambelenga", aliases: ["the village of Mambelenga"], kind: "town", mentions: [a.span("Mambelenga")] }),
      place({ id: "place:butembo", name: "Butembo", kind: "city", mentions: a.every("Butembo") }),
      place({ id: "place:matanda", name: "Matanda hospital", kind: "site", mentions: [a.span("Matanda hospital")] }),
    ],
    figures: [
      fig(a, { id: "mapasana-killed", place: "mapasana", placeBasis: "implied", measure: "killed", counted: "civilians", value: 34, qualifier: "at least", vt: "at least 34", sentence: mapasana, source: "civil-society", sourceWords: "local civil society", date: night, note: "The bullet's sentence before names Mapasana village." }),
      fig(a, { id: "mapasana-abducted", place: "mapasana", placeBasis: "implied", measure: "hostages", measureWord: "abducted", counted: "people", value: 13, vt: "13", ctx: "Another 13 people", sentence: "Another 13 people were abducted", source: "civil-society", sourceBasis: "implied", date: ofNight, vocabulary, note: "'Another 13': on top of the dead. Civil society is credited in the sentence before." }),
      fig(a, { id: "manguredjipa-hc-injured", place: "manguredjipa-hc", measure: "injured", measureWord: "wounded", measureCtx: "9 wounded people", counted: "wounded people admitted", value: 9, vt: "9", ctx: "9 wounded", sentence: "Another 13 people were abducted", source: "civil-society", sourceBasis: "implied", date: ofNight, note: "Admitted to the health centre: a count in a health facility takes it." }),
      fig(a, { id: "oicha-killed", place: "oicha", measure: "killed", counted: "people", value: 8, vt: "8", ctx: "killed 8 people", sentence: oicha, source: "administrator", sourceWords: "the territorial administrator", date: may31, note: "In Beni territory, near Oicha: the more specific place of the clause." }),
      fig(a, { id: "oicha-women-killed", place: "oicha", measure: "killed", counted: "women", value: 3, vt: "3", ctx: "including 3 women", sentence: oicha, source: "administrator", sourceWords: "the territorial administrator", date: may31, note: "Sub-count of the eight." }),
      fig(a, { id: "eringeti-soldiers-killed", place: "eringeti", measure: "killed", counted: "soldiers of the FARDC", value: 2, vt: "2", ctx: "2 soldiers", sentence: "The same day, 2 soldiers", source: "administrator", sourceBasis: "implied", date: day("2026-05-31", { words: a.span("The same day"), basis: "inferred" }), note: "No source in the sentence; the administrator is credited in the sentence before." }),
      fig(a, { id: "komanda-displaced", place: "komanda", measure: "displaced", measureWord: "fled", counted: "people", value: 4000, upper: 5000, qualifier: "range", vt: "between 4,000 and 5,000", sentence: irumu, source: "ocha", sourceWords: "UN OCHA", sourceCtx: "Ituri, UN OCHA reports", date: may30, note: "They fled to Komanda after the attack on Mambelenga: the clause's 'fled to Komanda' ties the count to Komanda; the village is the place of the attack's own counts." }),
      fig(a, { id: "mambelenga-killed", place: "mambelenga", measure: "killed", counted: "people", value: 6, vt: "6", ctx: "6 people were killed", sentence: irumu, source: "ocha", sourceWords: "UN OCHA", sourceCtx: "Ituri, UN OCHA reports", date: may30 }),
      fig(a, { id: "mambelenga-missing", place: "mambelenga", measure: "missing", measureWord: "went missing", counted: "others", value: 2, vt: "2", ctx: "2 others went missing", sentence: irumu, source: "ocha", sourceWords: "UN OCHA", sourceCtx: "Ituri, UN OCHA reports", date: may30 }),
      fig(a, { id: "drc-adf-killed", place: "drc", placeBasis: "implied", measure: "killed", counted: "civilians", value: 410, qualifier: "at least", vt: "at least 410", sentence: "MONUSCO reports that", source: "monusco", sourceWords: "MONUSCO", sourceCtx: "MONUSCO reports", date: { start: "2026-01-01", end: "2026-06-02", precision: "day", basis: "stated", year: "inferred", text: a.span("since the beginning of the year") }, note: "A total over three territories of two provinces ('combined'): not the first one's. No named place in the bullet holds them all; the heading's country does (README)." }),
      fig(a, { id: "north-kivu-displaced", place: "north-kivu", placeBasis: "implied", measure: "displaced", counted: "people", value: 19000, qualifier: "nearly", vt: "nearly 19,000", sentence: "Overall, as of 1 June", source: "ocha", sourceWords: "UN OCHA", sourceCtx: "UN OCHA estimates", date: { start: "2026-05-27", end: "2026-06-01", precision: "day", basis: "inferred", year: "inferred", text: a.span("as of 1 June"), note: "The recent attacks, since 27 May, as of 1 June." }, note: "In Lubero and Beni territories: both of North Kivu province (first bullet), which holds them (README)." }),
      fig(a, { id: "matanda-injured", place: "matanda", measure: "injured", measureWord: "wounded", measureCtx: "17 wounded", counted: "wounded", value: 17, vt: "17", sentence: matanda, source: "health-partners", sourceWords: "Health partners in Butembo", date: { start: "2026-05-29", end: "2026-06-02", precision: "day", basis: "stated", year: "inferred", text: a.span("since 29 May") }, note: "Received at the hospital: the hospital (in Butembo)." }),
      fig(a, { id: "matanda-died", place: "matanda", measure: "killed", measureWord: "died", counted: "of the wounded", value: 4, vt: "4", ctx: "4 of whom died", sentence: matanda, source: "health-partners", sourceWords: "Health partners in Butembo", date: null, note: "Sub-count of the 17: died in hospital." }),
    ],
    statements: [
      say(a, { id: "civil-society-toll", speaker: "civil-society", text: "at least 34 civilians were killed and several houses were burnt" }),
      say(a, { id: "administrator-oicha", speaker: "administrator", text: "On 31 May, in Beni territory, an attack near Oicha killed 8 people, including 3 women" }),
      say(a, { id: "ocha-irumu", speaker: "ocha", text: "between 4,000 and 5,000 people fled to Komanda following an attack on the village of Mambelenga on 30 May, in which 6 people were killed and 2 others went missing" }),
      say(a, { id: "monusco-toll", speaker: "monusco", text: "since the beginning of the year, at least 410 civilians have been killed in ADF attacks in Beni, Lubero and Irumu territories combined" }),
      say(a, { id: "ocha-displaced", speaker: "ocha", text: "the recent attacks have displaced nearly 19,000 people in Lubero and Beni territories, most of whom are staying with host families in Manguredjipa, Butembo and Oicha" }),
      say(a, { id: "health-matanda", speaker: "health-partners", text: "the Matanda hospital has received 17 wounded from the Lubero attacks since 29 May, 4 of whom died" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("2 June 2026"), "date"),
      notFigure(a.span("Since 27 May"), "date"),
    ],
  });
}
