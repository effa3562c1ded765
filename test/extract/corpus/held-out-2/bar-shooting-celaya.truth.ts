import { day, year } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

export function truth(): Report {
  const art = heldOut2Article("bar-shooting-celaya");
  const { a } = art;
  const sunday = day("2026-06-07", { words: a.span("early on Sunday"), basis: "inferred" });
  const ofShooting = day("2026-06-07", { basis: "inferred" }, "The shooting early on Sunday.");
  const lead = "Gunmen opened fire inside a bar";
  const scene = "Eight men and three women died";
  const prosecutor = { source: "prosecutor", sourceWords: "Guanajuato state prosecutor's office" };

  return report(art, {
    title: "Gunmen kill 11 at bar in Mexico's Guanajuato state",
    outlet: "Reuters",
    published: "2026-06-08",
    actors: [
      organization({ id: "actor:reuters", name: "Reuters", role: "News agency (outlet, not a speaker)", mentions: [a.span("Reuters")] }),
      organization({ id: "actor:prosecutor", name: "Guanajuato state prosecutor's office", aliases: ["the office", "prosecutor's office", "the prosecutor's office"], role: "State prosecutor's office", mentions: [a.span("Guanajuato state prosecutor's office"), a.span("the office"), a.span("prosecutor's office", "the prosecutor's office said,")] }),
      organization({ id: "actor:imss", name: "Mexican Social Security Institute", aliases: ["IMSS"], role: "Public health and social security institute", mentions: [a.span("Mexican Social Security Institute"), a.span("IMSS")] }),
      person({ id: "actor:castaneda", name: "Laura Castañeda", aliases: ["Castañeda", "Mayor Laura Castañeda"], role: "Mayor of Celaya", mentions: [a.span("Laura Castañeda")] }),
      organization({ id: "actor:local-radio", name: "local radio", role: "Radio (outlet, not a speaker)", mentions: [a.span("local radio")] }),
      organization({ id: "actor:police", name: "Police", aliases: ["police"], role: "Police in Guanajuato", mentions: [a.span("Police")] }),
      organization({ id: "actor:cjng", name: "Jalisco New Generation Cartel", aliases: ["CJNG"], role: "Drug cartel", mentions: [a.span("Jalisco New Generation Cartel"), a.span("CJNG")] }),
      organization({ id: "actor:santa-rosa", name: "Santa Rosa de Lima Cartel", role: "Local drug cartel", mentions: [a.span("Santa Rosa de Lima Cartel")] }),
      group({ id: "actor:local-media", name: "local media", role: "Local news media", mentions: [a.span("local media")], note: "Media that report a count are credited with it: no one else is." }),
      organization({ id: "actor:sesnsp", name: "national public security system", aliases: ["SESNSP"], role: "Mexico's national public security system", mentions: [a.span("national public security system"), a.span("SESNSP")] }),
    ],
    places: [
      place({ id: "place:mexico-city", name: "Mexico City", aliases: ["MEXICO CITY"], kind: "city", mentions: [a.span("MEXICO CITY")] }),
      place({ id: "place:mexico", name: "Mexico", kind: "country", mentions: [a.span("Mexico", "Mexico's Guanajuato")] }),
      place({ id: "place:guanajuato", name: "Guanajuato", aliases: ["Guanajuato state"], kind: "region", mentions: a.every("Guanajuato") }),
      place({ id: "place:celaya", name: "Celaya", kind: "city", mentions: [a.span("Celaya")] }),
      place({ id: "place:imss-hospital", name: "hospital of the Mexican Social Security Institute", aliases: ["IMSS hospital"], kind: "site", mentions: [a.span("hospital of the Mexican Social Security Institute")] }),
      place({ id: "place:apaseo-el-grande", name: "Apaseo el Grande", kind: "town", mentions: [a.span("Apaseo el Grande")] }),
      place({ id: "place:irapuato", name: "Irapuato", kind: "city", mentions: [a.span("Irapuato")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "guanajuato", measure: "killed", measureWord: "kill", measureCtx: "Gunmen kill 11", counted: "people", value: 11, vt: "11", ctx: "kill 11", sentence: "Gunmen kill 11 at bar", date: ofShooting, note: "Headline; present tense. The headline names Guanajuato state." }),
      fig(a, { ...prosecutor, id: "celaya-killed", place: "celaya", measure: "killed", measureWord: "killing", measureCtx: "killing 11", counted: "people", value: 11, vt: "11", ctx: "killing 11 people", sentence: lead, date: sunday }),
      fig(a, { ...prosecutor, id: "celaya-injured", place: "celaya", measure: "injured", measureWord: "wounding", measureCtx: "wounding at least seven", counted: "people", value: 7, qualifier: "at least", vt: "at least seven", sentence: lead, date: sunday }),
      fig(a, { id: "celaya-men-women-killed", place: "celaya", placeBasis: "implied", measure: "killed", measureWord: "died", measureCtx: scene, counted: "men and women", value: 11, vt: "Eight men and three women", sentence: scene, source: "prosecutor", sourceBasis: "implied", sourceWords: "the office", date: ofShooting, parts: [{ value: 8, text: a.span("Eight men") }, { value: 3, text: a.span("three women") }], note: "The same 11, given as parts; 'the office' is the prosecutor's office." }),
      fig(a, { id: "imss-hospital-serious", place: "imss-hospital", measure: "injured", measureWord: "serious condition", counted: "of the wounded in serious condition", value: 2, vt: "two", ctx: "two of the wounded", sentence: scene, source: "prosecutor", sourceBasis: "implied", sourceWords: "the office", date: ofShooting, note: "Sub-count of the wounded, at the hospital." }),
      fig(a, { id: "apaseo-arrested", place: "apaseo-el-grande", measure: "arrested", counted: "suspects", value: 2, vt: "two", ctx: "two suspects", sentence: "Police arrested two suspects", source: "prosecutor", sourceWords: "prosecutor's office", sourceCtx: "the prosecutor's office said,", date: day("2026-06-07", { words: a.span("hours later"), basis: "inferred" }) }),
      fig(a, { id: "irapuato-killed", place: "irapuato", measure: "killed", measureWord: "shot dead", counted: "people", value: 4, vt: "four", ctx: "another four people", sentence: "In a separate attack on Saturday", source: "local-media", sourceWords: "local media", date: day("2026-06-06", { words: a.span("on Saturday night"), basis: "inferred" }), note: "'another four': a separate attack." }),
      fig(a, { id: "guanajuato-homicides", place: "guanajuato", measure: "killed", measureWord: "homicides", measureCtx: "2,800 homicides", counted: "homicides", value: 2800, qualifier: "more than", vt: "more than 2,800", sentence: "Guanajuato recorded more than", source: "sesnsp", sourceWords: "national public security system", date: year("2025", { words: a.span("last year"), basis: "inferred" }), note: "Background: homicides in 2025." }),
    ],
    statements: [
      say(a, { id: "prosecutor-toll", speaker: "prosecutor", text: "Gunmen opened fire inside a bar in the central Mexican city of Celaya early on Sunday, killing 11 people and wounding at least seven" }),
      say(a, { id: "prosecutor-scene", speaker: "prosecutor", basis: "implied", text: "Eight men and three women died at the scene" }),
      say(a, { id: "prosecutor-serious", speaker: "prosecutor", basis: "implied", text: "two of the wounded were in serious condition at a hospital of the Mexican Social Security Institute (IMSS)", sentence: scene }),
      say(a, { id: "castaneda-kill", speaker: "castaneda", text: "This was not a fight between customers; they came in to kill,", quotes: ["This was not a fight between customers; they came in to kill,"], topics: ["cause"] }),
      say(a, { id: "castaneda-bars", speaker: "castaneda", basis: "implied", text: "the city would close bars at midnight for the next two weeks", topics: ["warning"] }),
      say(a, { id: "prosecutor-arrests", speaker: "prosecutor", text: "Police arrested two suspects near the town of Apaseo el Grande hours later" }),
      say(a, { id: "media-irapuato", speaker: "local-media", text: "In a separate attack on Saturday night, another four people were shot dead at a car wash in Irapuato, about 50 km to the west" }),
      say(a, { id: "sesnsp-homicides", speaker: "sesnsp", text: "Guanajuato recorded more than 2,800 homicides last year, the highest number of any Mexican state" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("June 8"), "date of the dateline"),
      notFigure(a.span("two weeks"), "duration"),
      notFigure(a.span("at least three more"), "suspects sought, not held"),
      notFigure(a.span("about 50 km"), "distance"),
    ],
  });
}
