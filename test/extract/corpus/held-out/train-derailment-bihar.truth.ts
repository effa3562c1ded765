import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

const vocabulary = { measures: { aboard: ["carrying"], rescued: ["pulled out alive"] } };

export function truth(): Report {
  const art = heldOutArticle("train-derailment-bihar");
  const { a } = art;
  const wednesday = day("2025-08-20", { words: a.span("late on Wednesday"), basis: "inferred" });
  const ofCrash = day("2025-08-20", { basis: "inferred" }, "The derailment late on Wednesday.");
  const lead = "At least 18 people were killed and more than 90";
  const risen = "By Thursday afternoon the death toll";
  const serious = "Between 35 and 40 of the injured";

  return report(art, {
    title: "Train derails in India's Bihar, killing at least 18",
    outlet: "Reuters",
    published: "2025-08-21",
    vocabulary,
    actors: [
      group({ id: "actor:railway-officials", name: "railway officials", role: "Unnamed railway officials", mentions: [a.span("railway officials")] }),
      organization({ id: "actor:ecr", name: "East Central Railway", aliases: ["the East Central Railway"], role: "Railway zone", mentions: [a.span("East Central Railway")] }),
      person({ id: "actor:verma", name: "Anshul Verma", aliases: ["Verma", "Buxar district magistrate Anshul Verma"], role: "District magistrate of Buxar", mentions: [a.span("Anshul Verma")] }),
      person({ id: "actor:prasad", name: "Suresh Prasad", aliases: ["Prasad"], role: "Passenger, a mason", mentions: [a.span("Suresh Prasad")] }),
      organization({ id: "actor:ndrf", name: "National Disaster Response Force", aliases: ["NDRF"], role: "Federal disaster response force", mentions: [a.span("National Disaster Response Force")] }),
      person({ id: "actor:railway-spokesman", name: "A railway spokesman", aliases: ["a railway spokesman"], role: "Unnamed railway spokesman", mentions: [a.span("A railway spokesman")] }),
      person({ id: "actor:desai", name: "Vikram Desai", aliases: ["Desai", "Railway Minister Vikram Desai"], role: "Railway Minister", mentions: [a.span("Vikram Desai")] }),
      organization({ id: "actor:crs", name: "Commissioner of Railway Safety", role: "Railway safety authority", mentions: [a.span("Commissioner of Railway Safety")] }),
      person({ id: "actor:senior-official", name: "a senior railway official", role: "Unnamed senior railway official", mentions: [a.span("a senior railway official")] }),
      organization({ id: "actor:police", name: "police", role: "Police", mentions: [a.span("police", "south-east, police said")] }),
    ],
    places: [
      place({ id: "place:patna", name: "PATNA", aliases: ["Patna"], kind: "city", mentions: [a.span("PATNA"), a.span("Patna", "hospitals in Patna")] }),
      place({ id: "place:india", name: "India", kind: "country", mentions: a.every("India") }),
      place({ id: "place:bihar", name: "Bihar", kind: "region", mentions: a.every("Bihar") }),
      place({ id: "place:dumraon", name: "Dumraon", aliases: ["Dumraon station"], kind: "town", mentions: [a.span("Dumraon")] }),
      place({ id: "place:buxar", name: "Buxar district", aliases: ["Buxar"], kind: "region", mentions: [a.span("Buxar district", "Bihar's Buxar district"), a.span("Buxar", "said Buxar")] }),
      place({ id: "place:delhi", name: "Delhi", kind: "city", mentions: a.every("Delhi") }),
      place({ id: "place:varanasi", name: "Varanasi", kind: "city", mentions: [a.span("Varanasi")] }),
      place({ id: "place:uttar-pradesh", name: "Uttar Pradesh", kind: "region", mentions: [a.span("Uttar Pradesh")] }),
      place({ id: "place:gaya", name: "Gaya", kind: "city", mentions: [a.span("Gaya")] }),
      place({ id: "place:odisha", name: "Odisha", kind: "region", mentions: [a.span("Odisha")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "bihar", measure: "killed", measureWord: "killing", measureCtx: "killing at least 18", counted: "people", value: 18, qualifier: "at least", vt: "at least 18", ctx: "killing at least 18", sentence: "Train derails in India's Bihar", date: ofCrash, note: "Headline." }),
      fig(a, { id: "dumraon-killed", place: "dumraon", measure: "killed", counted: "people", value: 18, qualifier: "at least", vt: "At least 18", sentence: lead, source: "railway-officials", sourceWords: "railway officials", date: wednesday, note: "'near Dumraon station in Bihar's Buxar district'." }),
      fig(a, { id: "dumraon-injured", place: "dumraon", measure: "injured", counted: "people", value: 90, qualifier: "more than", vt: "more than 90", sentence: lead, source: "railway-officials", sourceWords: "railway officials", date: wednesday }),
      fig(a, { id: "train-aboard", place: "dumraon", placeBasis: "implied", measure: "aboard", measureWord: "carrying", counted: "passengers", value: 1400, qualifier: "about", vt: "about 1,400", sentence: "The Delhi-bound Sarnath Link Express", source: "ecr", sourceWords: "East Central Railway", date: ofCrash, vocabulary }),
      fig(a, { id: "dumraon-toll-risen", place: "dumraon", placeBasis: "implied", measure: "killed", measureWord: "death toll", counted: "people", value: 21, vt: "21", ctx: "risen to 21", sentence: risen, source: "verma", sourceWords: "Anshul Verma", date: ofCrash, note: "'Buxar' in the sentence is the magistrate's title; the toll is the derailment's." }),
      fig(a, { id: "patna-serious", place: "patna", measure: "injured", measureWord: "serious condition", counted: "of the injured in serious condition", value: 35, upper: 40, qualifier: "range", vt: "Between 35 and 40", sentence: serious, source: "verma", sourceBasis: "stated", date: ofCrash, note: "Taken to hospitals in Patna and Varanasi; Patna is named first. 'he said'." }),
      fig(a, { id: "dumraon-rescued", place: "dumraon", placeBasis: "implied", measure: "rescued", measureWord: "pulled out alive", counted: "people", value: 52, vt: "52", sentence: "A railway spokesman said 52", source: "railway-spokesman", sourceWords: "A railway spokesman", date: ofCrash, vocabulary }),
      fig(a, { id: "gaya-killed", place: "gaya", measure: "killed", counted: "track maintenance workers", value: 2, vt: "two", ctx: "two track maintenance", sentence: "Separately, two track maintenance", source: "police", sourceWords: "police", sourceCtx: "south-east, police said", date: day("2025-08-20", { words: a.span("on Wednesday", "killed on Wednesday"), basis: "inferred" }) }),
      fig(a, { id: "odisha-2023-killed", place: "odisha", measure: "killed", counted: "people", value: 300, qualifier: "nearly", vt: "nearly 300", sentence: "A collision between three trains", date: month("2023-06", { words: a.span("June 2023") }), note: "Background." }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "railway-officials", text: "At least 18 people were killed and more than 90 injured when nine coaches of a passenger train derailed near Dumraon station in Bihar's Buxar district late on Wednesday" }),
      say(a, { id: "ecr-passengers", speaker: "ecr", text: "The Delhi-bound Sarnath Link Express was carrying about 1,400 passengers when its rear coaches left the track at high speed" }),
      say(a, { id: "verma-toll", speaker: "verma", text: "By Thursday afternoon the death toll had risen to 21" }),
      say(a, { id: "verma-identified", speaker: "verma", text: "13 of the dead had been identified" }),
      say(a, { id: "verma-serious", speaker: "verma", basis: "stated", text: "Between 35 and 40 of the injured were in serious condition, he said, and had been taken to hospitals in Patna and in Varanasi, across the state border in Uttar Pradesh" }),
      say(a, { id: "prasad-berth", speaker: "prasad", text: `I was thrown from my berth onto the floor and then everything went dark," said Suresh Prasad, a 46-year-old mason travelling with his brother to Delhi. "When I climbed out, I could hear people calling from the coach that was in the water.`, quotes: ["I was thrown from my berth onto the floor and then everything went dark,", "When I climbed out, I could hear people calling from the coach that was in the water."], sentence: "I was thrown from my berth", topics: ["grief"] }),
      say(a, { id: "spokesman-rescued", speaker: "railway-spokesman", text: "52 people had been pulled out alive from the overturned coaches", topics: ["rescue"] }),
      say(a, { id: "official-track", speaker: "senior-official", text: "Initial findings pointed to a fault in the track", topics: ["cause"] }),
      say(a, { id: "police-gaya", speaker: "police", text: "two track maintenance workers were killed on Wednesday when they were hit by a goods train near Gaya" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("Aug 21"), "dateline date"),
      notFigure(a.span("nine coaches"), "count of coaches"),
      notFigure(a.span("Three of the coaches"), "count of coaches"),
      notFigure(a.span("13", "13 of the dead"), "the dead identified: points back to the dead"),
      notFigure(a.span("46-year-old"), "age"),
      notFigure(a.span("1 million rupees"), "money"),
      notFigure(a.span("about 200 km (125 miles)"), "distance"),
      notFigure(a.span("more than 20 million"), "passengers a day: not harmed"),
      notFigure(a.span("three trains"), "count of trains"),
    ],
  });
}
