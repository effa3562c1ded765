import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

export function truth(): Report {
  const art = heldOut2Article("border-clash-batken");
  const { a } = art;
  const monday = day("2026-05-18", { words: a.span("on Monday", "frontier on Monday"), basis: "inferred" });
  const ofClash = day("2026-05-18", { basis: "inferred" }, "The clashes on Monday (the dateline's May 18).");
  const lead = "Kyrgyz and Tajik border guards exchanged fire";
  const kg = "Kyrgyzstan's health ministry said";
  const tj = "Tajikistan's State Committee";
  const evac = "Initially the authorities in Batken";
  const both = { source: "officials", sourceWords: "officials on both sides" };

  return report(art, {
    title: "Kyrgyzstan-Tajikistan border clash kills at least six",
    outlet: "Reuters",
    published: "2026-05-18",
    actors: [
      organization({ id: "actor:reuters", name: "Reuters", role: "News agency (outlet, not a speaker)", mentions: [a.span("Reuters")] }),
      group({ id: "actor:officials", name: "officials on both sides", role: "Kyrgyz and Tajik officials", mentions: [a.span("officials on both sides")] }),
      organization({ id: "actor:kg-health", name: "health ministry", aliases: ["Kyrgyzstan's health ministry", "Kyrgyz health ministry"], role: "Kyrgyzstan's ministry of health", mentions: [a.span("health ministry")] }),
      organization({ id: "actor:kg-border-service", name: "border service", aliases: ["The border service in Bishkek", "Kyrgyzstan's border service", "Kyrgyz border service"], role: "Kyrgyzstan's border service", mentions: a.every("border service") }),
      organization({ id: "actor:gknb", name: "State Committee for National Security", aliases: ["Tajikistan's State Committee for National Security", "GKNB"], role: "Tajikistan's security service (border troops)", mentions: [a.span("State Committee for National Security")] }),
      person({ id: "actor:abdyrakhmanov", name: "Nurlan Abdyrakhmanov", aliases: ["Abdyrakhmanov", "Colonel Nurlan Abdyrakhmanov"], role: "Colonel; spokesman for Kyrgyzstan's border service", affiliation: "actor:kg-border-service", mentions: [a.span("Nurlan Abdyrakhmanov")] }),
      group({ id: "actor:tajik-officials", name: "Tajik officials", role: "Officials of Tajikistan", mentions: [a.span("Tajik officials")] }),
      group({ id: "actor:batken-authorities", name: "the authorities in Batken", aliases: ["authorities in Batken"], role: "Authorities of Batken region", mentions: [a.span("authorities in Batken")] }),
      organization({ id: "actor:governor-office", name: "the regional governor's office", aliases: ["regional governor's office", "governor's office"], role: "Office of the governor of Batken region", mentions: [a.span("regional governor's office")] }),
    ],
    places: [
      place({ id: "place:bishkek", name: "Bishkek", aliases: ["BISHKEK"], kind: "city", mentions: [a.span("BISHKEK"), a.span("Bishkek", "service in Bishkek")] }),
      place({ id: "place:kyrgyzstan", name: "Kyrgyzstan", kind: "country", mentions: a.every("Kyrgyzstan") }),
      place({ id: "place:tajikistan", name: "Tajikistan", kind: "country", mentions: a.every("Tajikistan") }),
      place({ id: "place:border", name: "Kyrgyzstan-Tajikistan border", aliases: ["their frontier", "the border", "the same border"], kind: "border", mentions: [a.span("Kyrgyzstan-Tajikistan border"), a.span("their frontier"), a.span("the border", "villages near the border"), a.span("the same border")] }),
      place({ id: "place:batken", name: "Batken", aliases: ["Batken region", "the Batken region"], kind: "region", mentions: a.every("Batken") }),
      place({ id: "place:ak-sai", name: "Ak-Sai", aliases: ["Ak-Sai village"], kind: "town", mentions: a.every("Ak-Sai") }),
      place({ id: "place:vorukh", name: "Vorukh", kind: "town", mentions: [a.span("Vorukh")], note: "A Tajik enclave inside Kyrgyzstan." }),
      place({ id: "place:sughd", name: "Sughd region", aliases: ["Sughd"], kind: "region", mentions: [a.span("Sughd region")] }),
      place({ id: "place:isfara", name: "Isfara", kind: "city", mentions: [a.span("Isfara", "hospital in Isfara")] }),
      place({ id: "place:isfara-river", name: "Isfara river", aliases: ["Isfara River"], kind: "site", mentions: [a.span("Isfara river")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "border", measure: "killed", measureWord: "kills", measureCtx: "clash kills", counted: "people", value: 6, qualifier: "at least", vt: "at least six", ctx: "kills at least six", sentence: "border clash kills at least six", date: ofClash, note: "Headline; present tense. The headline names the border." }),
      fig(a, { ...both, id: "border-killed", place: "border", measure: "killed", measureWord: "killing", measureCtx: "killing at least six", counted: "people", value: 6, qualifier: "at least", vt: "at least six", ctx: "killing at least six", sentence: lead, date: monday, note: "'along a disputed stretch of their frontier'. Six = three Kyrgyz citizens + one officer + two Tajik guards." }),
      fig(a, { ...both, id: "border-injured", place: "border", measure: "injured", measureWord: "wounding", measureCtx: "wounding more than 20", counted: "people", value: 20, qualifier: "more than", vt: "more than 20", sentence: lead, date: monday }),
      fig(a, { id: "batken-killed", place: "batken", measure: "killed", counted: "Kyrgyz citizens", value: 3, vt: "three", ctx: "three Kyrgyz citizens", sentence: kg, source: "kg-health", sourceWords: "health ministry", date: ofClash }),
      fig(a, { id: "batken-injured", place: "batken", measure: "injured", measureWord: "wounded", measureCtx: "14 wounded", counted: "Kyrgyz citizens", value: 14, vt: "14", ctx: "14 wounded", sentence: kg, source: "kg-health", sourceWords: "health ministry", date: ofClash }),
      fig(a, { id: "ak-sai-teacher-killed", place: "ak-sai", measure: "killed", measureWord: "dead", measureCtx: "among the dead", counted: "schoolteacher", value: 1, vt: "a schoolteacher", sentence: kg, source: "kg-health", sourceWords: "health ministry", date: ofClash, note: "A count of one with no numeral; sub-count of the three dead." }),
      fig(a, { id: "batken-officer-killed", place: "batken", placeBasis: "implied", measure: "killed", counted: "border officers", value: 1, vt: "one", ctx: "one of its officers", sentence: "The border service in Bishkek said", source: "kg-border-service", sourceWords: "border service", sourceCtx: "The border service in Bishkek", date: ofClash, note: "Bishkek is where the service sits, not where the officer died; the paragraph's place is Batken." }),
      fig(a, { id: "vorukh-killed", place: "vorukh", measure: "killed", measureWord: "died", measureCtx: "guards died", counted: "Tajik border guards", value: 2, vt: "two", ctx: "two of its guards", sentence: tj, source: "gknb", sourceWords: "State Committee for National Security", date: ofClash }),
      fig(a, { id: "isfara-injured", place: "isfara", measure: "injured", measureWord: "taken to hospital", measureCtx: "taken to hospital in Isfara", counted: "civilians", value: 7, vt: "seven", ctx: "seven civilians", sentence: tj, source: "gknb", sourceWords: "State Committee for National Security", date: ofClash }),
      fig(a, { id: "batken-evacuated-initial", place: "batken", measure: "evacuated", measureWord: "moved", measureCtx: "moved about 1,500", counted: "people", value: 1500, qualifier: "about", vt: "about 1,500", sentence: evac, source: "batken-authorities", sourceBasis: "inferred", date: ofClash, note: "'Initially' is an adverb. The authorities moved them; the text credits the count to no one." }),
      fig(a, { id: "batken-evacuated", place: "batken", measure: "evacuated", counted: "people", value: 4000, qualifier: "nearly", vt: "nearly 4,000", sentence: evac, source: "governor-office", sourceWords: "regional governor's office", date: ofClash, note: "The later count of the same evacuation." }),
      fig(a, { id: "border-killed-2022", place: "border", measure: "killed", counted: "people", value: 100, qualifier: "about", vt: "about 100", sentence: "Clashes on the same border", date: month("2022-09", { words: a.span("September 2022") }), note: "Background; unsourced." }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "officials", text: "Kyrgyz and Tajik border guards exchanged fire at several points along a disputed stretch of their frontier on Monday, killing at least six people and wounding more than 20" }),
      say(a, { id: "kg-health-toll", speaker: "kg-health", text: "three Kyrgyz citizens had been killed and 14 wounded in the Batken region, among the dead a schoolteacher hit by a mortar round in the village of Ak-Sai" }),
      say(a, { id: "border-service-officer", speaker: "kg-border-service", text: "one of its officers was also killed" }),
      say(a, { id: "gknb-toll", speaker: "gknb", text: "two of its guards died near the village of Vorukh, an enclave in the Sughd region, and that seven civilians were taken to hospital in Isfara" }),
      say(a, { id: "abdyrakhmanov-positions", speaker: "abdyrakhmanov", text: "They opened fire from positions they had agreed to leave in March,", quotes: ["They opened fire from positions they had agreed to leave in March,"], topics: ["blame"] }),
      say(a, { id: "tajik-weapons", speaker: "tajik-officials", text: "the Kyrgyz side had moved heavy weapons up to the line first", topics: ["blame"] }),
      say(a, { id: "governor-evacuated", speaker: "governor-office", text: "nearly 4,000 had been evacuated, most of them women and children", topics: ["rescue"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("May 18"), "date of the dateline"),
      notFigure(a.span("two", "The two countries"), "count of countries"),
      notFigure(a.span("March 2025"), "date"),
    ],
  });
}
