import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, place, report, state } from "../../truth-builder";
import { fig, heldOutArticle, type FigureSpec } from "./kit";

const vocabulary = { measures: { rescued: ["rescued by boat"] } };

const sinceStorm: ReportDate = {
  start: "2025-09-13",
  end: "2025-09-19",
  precision: "day",
  basis: "inferred",
  year: "inferred",
  note: "Since 13 September, as of 19 September.",
};

export function truth(): Report {
  const art = heldOutArticle("floods-central-europe-echo");
  const { a } = art;
  const bullet = "According to national authorities, 26";
  const country = (id: string, line: string, s: Omit<FigureSpec, "sentence" | "place" | "date">): FigureSpec => ({
    place: id,
    sentence: line,
    date: sinceStorm,
    source: "national-authorities",
    sourceBasis: "inferred",
    ...s,
  });

  return report(art, {
    title: "ECHO Daily Flash of 19 September 2025: Central and Eastern Europe – Floods",
    outlet: "DG ECHO",
    published: "2025-09-19",
    vocabulary,
    actors: [
      group({ id: "actor:national-authorities", name: "national authorities", role: "The four countries' authorities", mentions: a.every("national authorities") }),
      organization({ id: "actor:echo", name: "DG ECHO", aliases: ["ECHO"], role: "European Commission's humanitarian department (publisher)", mentions: [a.span("DG ECHO")] }),
      organization({ id: "actor:ucpm", name: "EU Civil Protection Mechanism", role: "EU mechanism", mentions: [a.span("EU Civil Protection Mechanism")] }),
      organization({ id: "actor:copernicus", name: "Copernicus Emergency Management Service", role: "EU mapping service", mentions: [a.span("Copernicus Emergency Management Service")] }),
      state({ id: "actor:germany", name: "Germany", role: "State offering assistance", mentions: [a.span("Germany")] }),
    ],
    places: [
      place({ id: "place:central-eastern-europe", name: "Central and Eastern Europe", kind: "region", mentions: [a.span("Central and Eastern Europe")] }),
      place({ id: "place:poland", name: "Poland", kind: "country", mentions: a.every("Poland") }),
      place({ id: "place:czechia", name: "Czechia", kind: "country", mentions: a.every("Czechia") }),
      place({ id: "place:austria", name: "Austria", kind: "country", mentions: a.every("Austria", ["Lower Austria"]) }),
      place({ id: "place:romania", name: "Romania", kind: "country", mentions: a.every("Romania") }),
      place({ id: "place:opolskie", name: "Opolskie", aliases: ["Opolskie voivodeship"], kind: "region", mentions: [a.span("Opolskie")] }),
      place({ id: "place:dolnoslaskie", name: "Dolnośląskie", aliases: ["Dolnośląskie voivodeship"], kind: "region", mentions: [a.span("Dolnośląskie")] }),
      place({ id: "place:nysa", name: "Nysa", aliases: ["the town of Nysa"], kind: "town", mentions: [a.span("Nysa", "town of Nysa")] }),
      place({ id: "place:opole", name: "Opole", kind: "city", mentions: [a.span("Opole", "moved to Opole")] }),
      place({ id: "place:moravian-silesian", name: "Moravian-Silesian Region", kind: "region", mentions: [a.span("Moravian-Silesian Region")] }),
      place({ id: "place:krnov", name: "Krnov", kind: "town", mentions: [a.span("Krnov")] }),
      place({ id: "place:opava", name: "Opava", kind: "town", mentions: [a.span("Opava", "Krnov and Opava")] }),
      place({ id: "place:lower-austria", name: "Lower Austria", aliases: ["the state of Lower Austria"], kind: "region", mentions: [a.span("Lower Austria")] }),
      place({ id: "place:galati", name: "Galați county", aliases: ["Galați"], kind: "region", mentions: [a.span("Galați county")] }),
      place({ id: "place:slobozia-conachi", name: "Slobozia Conachi", kind: "town", mentions: [a.span("Slobozia Conachi")] }),
      place({ id: "place:pechea", name: "Pechea", kind: "town", mentions: [a.span("Pechea")] }),
      place({ id: "place:danube", name: "the Danube", aliases: ["Danube"], kind: "site", mentions: [a.span("the Danube")] }),
      place({ id: "place:budapest", name: "Budapest", kind: "city", mentions: [a.span("Budapest")] }),
      place({ id: "place:hungary", name: "Hungary", kind: "country", mentions: [a.span("Hungary")] }),
      place({ id: "place:slovakia", name: "Slovakia", kind: "country", mentions: [a.span("Slovakia")] }),
      place({ id: "place:wroclaw", name: "Wrocław", kind: "city", mentions: [a.span("Wrocław")] }),
    ],
    figures: [
      fig(a, { id: "region-killed", place: "central-eastern-europe", placeBasis: "implied", measure: "killed", measureWord: "died", measureCtx: "26 people have died", counted: "people", value: 26, vt: "26", sentence: bullet, source: "national-authorities", sourceWords: "national authorities", sourceCtx: "According to national authorities", date: sinceStorm, note: "'across the four countries' of the heading's region." }),
      fig(a, { id: "region-missing", place: "central-eastern-europe", placeBasis: "implied", measure: "missing", counted: "people", value: 9, qualifier: "at least", vt: "at least nine", sentence: bullet, source: "national-authorities", sourceWords: "national authorities", sourceCtx: "According to national authorities", date: sinceStorm }),
      ...[
        country("poland", "Poland: 9 fatalities", { id: "poland-killed", measure: "killed", measureWord: "fatalities", measureCtx: "Poland: 9 fatalities", counted: "fatalities", value: 9, vt: "9", ctx: "Poland: 9" }),
        country("poland", "Poland: 9 fatalities", { id: "poland-missing", measure: "missing", counted: "people", value: 2, vt: "2", ctx: "2 missing; around 48,000", }),
        country("poland", "Poland: 9 fatalities", { id: "poland-evacuated", measure: "evacuated", counted: "people", value: 48000, qualifier: "around", vt: "around 48,000", note: "'mostly in the Opolskie and Dolnośląskie voivodeships'." }),
        country("nysa", "In the town of Nysa", { id: "nysa-patients-moved", measure: "evacuated", measureWord: "moved to Opole", counted: "patients", value: 180, vt: "180", sourceBasis: undefined, source: undefined, note: "The hospital of Nysa evacuated; patients moved to Opole." }),
        country("czechia", "Czechia: 5 fatalities", { id: "czechia-killed", measure: "killed", measureWord: "fatalities", measureCtx: "Czechia: 5 fatalities", counted: "fatalities", value: 5, vt: "5", ctx: "Czechia: 5" }),
        country("czechia", "Czechia: 5 fatalities", { id: "czechia-missing", measure: "missing", counted: "people", value: 6, vt: "6", ctx: "6 missing" }),
        country("czechia", "Czechia: 5 fatalities", { id: "czechia-evacuated", measure: "evacuated", counted: "people", value: 22000, vt: "22,000" }),
        country("austria", "Austria: 4 fatalities", { id: "austria-killed", measure: "killed", measureWord: "fatalities", measureCtx: "Austria: 4 fatalities", counted: "fatalities", value: 4, vt: "4", ctx: "Austria: 4" }),
        country("lower-austria", "Austria: 4 fatalities", { id: "lower-austria-firefighters-killed", measure: "killed", counted: "firefighters", value: 2, vt: "two", ctx: "two firefighters", note: "Sub-count of Austria's four, placed in Lower Austria." }),
        country("austria", "Austria: 4 fatalities", { id: "austria-missing", measure: "missing", counted: "people", value: 1, vt: "1", ctx: "1 missing" }),
        country("austria", "Austria: 4 fatalities", { id: "austria-homes-evacuated", measure: "evacuated", counted: "homes", value: 1700, vt: "1,700", unit: "homes" }),
        country("galati", "Romania: 8 fatalities", { id: "galati-killed", measure: "killed", measureWord: "fatalities", measureCtx: "Romania: 8 fatalities", counted: "fatalities", value: 8, vt: "8", ctx: "Romania: 8" }),
        country("pechea", "Romania: 8 fatalities", { id: "pechea-rescued", measure: "rescued", measureWord: "rescued by boat", counted: "people", value: 300, vt: "300", ctx: "another 300 people", vocabulary, note: "'another 300'." }),
      ].map((s) => fig(a, s)),
    ],
    statements: [],
    events: [],
    otherNumerals: [
      notFigure(a.span("19 September 2025"), "date"),
      notFigure(a.span("13 September"), "date"),
      notFigure(a.span("19 September", "as of 19 September"), "date"),
      notFigure(a.span("around 5,000"), "households affected: not harmed or moved"),
      notFigure(a.span("more than 300"), "count of roads"),
      notFigure(a.span("between 21 and 23 September"), "dates"),
      notFigure(a.span("16 September"), "date"),
      notFigure(a.span("17 September"), "date"),
      notFigure(a.span("14 areas"), "count of areas"),
      notFigure(a.span("24 hours"), "duration"),
      notFigure(a.span("four", "the four countries"), "count of countries"),
    ],
  });
}
