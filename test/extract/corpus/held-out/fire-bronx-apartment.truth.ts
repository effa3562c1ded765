import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

const vocabulary = { measures: { rescued: ["carried 27 people down ladders"] }, units: ["families"] };

export function truth(): Report {
  const art = heldOutArticle("fire-bronx-apartment");
  const { a } = art;
  const sunday = day("2025-01-12", { words: a.span("early Sunday"), basis: "inferred" });
  const ofFire = day("2025-01-12", { basis: "inferred" }, "The fire early on Sunday.");
  const lead = "A fire that started in a third-floor";
  const crews = "About 200 firefighters responded";
  const hospitals = "The injured were taken to five";
  const mayor = "The mayor's office said";

  return report(art, {
    title: "Five dead, dozens hurt as fire tears through Bronx apartment building",
    outlet: null,
    published: "2025-01-13",
    vocabulary,
    actors: [
      organization({ id: "actor:fdny", name: "the Fire Department", aliases: ["Fire Department", "fire officials", "FDNY"], role: "New York City Fire Department", mentions: [a.span("the Fire Department"), a.span("fire officials")] }),
      person({ id: "actor:brennan", name: "Laura Brennan", aliases: ["Brennan", "Fire Commissioner Laura Brennan"], role: "Fire Commissioner", affiliation: "actor:fdny", mentions: [a.span("Laura Brennan"), a.span("Brennan", "chimney,\" Brennan said")] }),
      person({ id: "actor:bronxcare-spokeswoman", name: "a spokeswoman", role: "Unnamed spokeswoman for BronxCare Health System", mentions: [a.span("a spokeswoman")] }),
      person({ id: "actor:fdny-spokesman", name: "a department spokesman", role: "Unnamed Fire Department spokesman", affiliation: "actor:fdny", mentions: [a.span("a department spokesman")] }),
      organization({ id: "actor:walton-court", name: "Walton Court Associates", role: "Owner of the building", mentions: [a.span("Walton Court Associates")] }),
      person({ id: "actor:ortiz", name: "Maria Ortiz", aliases: ["Ortiz"], role: "Resident of the building", mentions: [a.span("Maria Ortiz")] }),
      organization({ id: "actor:mayor-office", name: "The mayor's office", aliases: ["the mayor's office"], role: "Office of the Mayor of New York City", mentions: [a.span("The mayor's office")] }),
      organization({ id: "actor:red-cross", name: "the American Red Cross", aliases: ["American Red Cross"], role: "Relief organization", mentions: [a.span("the American Red Cross")] }),
    ],
    places: [
      place({ id: "place:bronx", name: "the Bronx", aliases: ["Bronx"], kind: "region", mentions: [a.span("Bronx", "tears through Bronx"), a.span("the Bronx"), a.span("Bronx", "a Bronx high-rise")] }),
      place({ id: "place:walton-avenue", name: "Walton Avenue", aliases: ["the building"], kind: "site", mentions: [a.span("Walton Avenue")] }),
      place({ id: "place:mount-eden", name: "Mount Eden", aliases: ["the Mount Eden section"], kind: "town", mentions: [a.span("Mount Eden")] }),
      place({ id: "place:lincoln", name: "Lincoln Medical Center", kind: "site", mentions: [a.span("Lincoln Medical Center")] }),
      place({ id: "place:bronxcare", name: "BronxCare Health System", aliases: ["BronxCare"], kind: "site", mentions: [a.span("BronxCare Health System")] }),
      place({ id: "place:grand-concourse", name: "the Grand Concourse", aliases: ["Grand Concourse"], kind: "site", mentions: [a.span("the Grand Concourse")] }),
      place({ id: "place:new-york", name: "the city", aliases: ["New York", "New York City"], kind: "city", mentions: [a.span("the city")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "bronx", measure: "killed", measureWord: "dead", measureCtx: "Five dead", counted: "people", value: 5, vt: "Five", ctx: "Five dead", sentence: "Five dead, dozens hurt", date: ofFire, note: "Headline." }),
      fig(a, { id: "bronx-killed", place: "bronx", measure: "killed", measureWord: "killed", measureCtx: "killed five people", counted: "people", value: 5, vt: "five", ctx: "killed five people", sentence: lead, source: "fdny", sourceWords: "fire officials", date: sunday }),
      fig(a, { id: "bronx-children-killed", place: "bronx", measure: "killed", counted: "children", value: 2, vt: "two", ctx: "two children", sentence: lead, source: "fdny", sourceWords: "fire officials", date: sunday, note: "Sub-count of the five." }),
      fig(a, { id: "bronx-injured", place: "bronx", measure: "injured", measureWord: "injured", measureCtx: "injured 38", counted: "others", value: 38, vt: "38", sentence: lead, source: "fdny", sourceWords: "fire officials", date: sunday, note: "'38 others'." }),
      fig(a, { id: "bronx-critical", place: "bronx", measure: "injured", measureWord: "critically", counted: "of the injured, critically", value: 9, vt: "nine", ctx: "nine of them critically", sentence: lead, source: "fdny", sourceWords: "fire officials", date: sunday, note: "Sub-count of the 38." }),
      fig(a, { id: "building-rescued", place: "walton-avenue", placeBasis: "implied", measure: "rescued", measureWord: "carried 27 people down ladders", counted: "people", value: 27, vt: "27", sentence: crews, source: "fdny", sourceWords: "the Fire Department", date: ofFire, vocabulary, note: "At the building on Walton Avenue (previous paragraph)." }),
      fig(a, { id: "bronxcare-injured", place: "bronxcare", measure: "injured", measureWord: "treated for smoke inhalation", counted: "patients", value: 11, vt: "11", sentence: hospitals, source: "bronxcare-spokeswoman", sourceWords: "a spokeswoman", date: ofFire, note: "'where' points to BronxCare, the nearer of the two hospitals named." }),
      fig(a, { id: "building-families-displaced", place: "walton-avenue", placeBasis: "implied", measure: "displaced", measureWord: "could not return to their apartments", counted: "families", value: 64, vt: "64", sentence: mayor, source: "mayor-office", sourceWords: "The mayor's office", unit: "families", date: day("2025-01-12", { words: a.span("on Sunday night"), basis: "inferred" }), vocabulary }),
      fig(a, { id: "grand-concourse-sheltered", place: "grand-concourse", measure: "displaced", measureWord: "staying at a school gym", counted: "residents", value: 140, qualifier: "about", vt: "about 140", sentence: mayor, source: "mayor-office", sourceWords: "The mayor's office", date: ofFire }),
      fig(a, { id: "bronx-2022-killed", place: "bronx", measure: "killed", counted: "people", value: 17, vt: "17", sentence: "The fire was the deadliest", date: month("2022-01", { words: a.span("January 2022") }), note: "Background: 'a fire in a Bronx high-rise'." }),
    ],
    statements: [
      say(a, { id: "fdny-toll", speaker: "fdny", text: "A fire that started in a third-floor apartment in the Bronx early Sunday killed five people, including two children, and injured 38 others, nine of them critically" }),
      say(a, { id: "brennan-stairwell", speaker: "brennan", text: "smoke spread quickly up a stairwell after the apartment's door was left open", topics: ["cause"] }),
      say(a, { id: "brennan-chimney", speaker: "brennan", text: `The smoke went up that stairwell like a chimney," Brennan said. "People who tried to get out that way were overcome before they could reach the street.`, quotes: ["The smoke went up that stairwell like a chimney,", "People who tried to get out that way were overcome before they could reach the street."], sentence: "The smoke went up that stairwell", topics: ["cause"] }),
      say(a, { id: "fdny-ladders", speaker: "fdny", text: "About 200 firefighters responded, and crews carried 27 people down ladders and through the smoke", topics: ["rescue"] }),
      say(a, { id: "spokeswoman-inhalation", speaker: "bronxcare-spokeswoman", text: "11 patients were being treated for smoke inhalation" }),
      say(a, { id: "spokesman-heater", speaker: "fdny-spokesman", text: "Fire marshals believe the fire was caused by a space heater", topics: ["cause"] }),
      say(a, { id: "owner-inspected", speaker: "walton-court", text: "the smoke detectors and self-closing doors had been inspected in January", topics: ["blame"] }),
      say(a, { id: "ortiz-banging", speaker: "ortiz", text: "she heard neighbors banging on doors before she smelled smoke", topics: ["grief"] }),
      say(a, { id: "ortiz-towels", speaker: "ortiz", basis: "implied", text: "We wrapped towels around the kids' faces and went to the window,", quotes: ["We wrapped towels around the kids' faces and went to the window,"], topics: ["grief"] }),
      say(a, { id: "mayor-families", speaker: "mayor-office", text: "the American Red Cross was helping 64 families who could not return to their apartments on Sunday night, and that about 140 residents were staying at a school gym on the Grand Concourse", topics: ["rescue"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("dozens"), "vague quantity with no number"),
      notFigure(a.span("3 a.m."), "time of day"),
      notFigure(a.span("12-story"), "height of the building"),
      notFigure(a.span("About 200"), "firefighters at work: not harmed"),
      notFigure(a.span("five", "taken to five hospitals"), "count of hospitals"),
      notFigure(a.span("three sons"), "the speaker's family: not people counted"),
      notFigure(a.span("about 20 minutes"), "duration"),
    ],
  });
}
