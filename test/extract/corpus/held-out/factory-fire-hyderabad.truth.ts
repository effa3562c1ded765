import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

const vocabulary = { measures: { rescued: ["brought down from the roof"], present: ["on the night shift"] } };

export function truth(): Report {
  const art = heldOutArticle("factory-fire-hyderabad");
  const { a } = art;
  const tuesday = day("2025-06-03", { words: a.span("on Tuesday night"), basis: "inferred" });
  const ofFire = day("2025-06-03", { basis: "inferred" }, "The fire on Tuesday night.");
  const lead = "At least nine workers died";

  return report(art, {
    title: "Nine workers die in Hyderabad garment factory fire",
    outlet: "Dawn",
    published: "2025-06-04",
    vocabulary,
    actors: [
      group({ id: "actor:officials", name: "officials", role: "Unnamed officials", mentions: [a.span("officials", "officials said")] }),
      organization({ id: "actor:rescue-1122", name: "Rescue 1122", role: "Emergency rescue service", mentions: a.every("Rescue 1122") }),
      person({ id: "actor:baloch", name: "Imran Baloch", aliases: ["Baloch"], role: "Rescue 1122 spokesperson", affiliation: "actor:rescue-1122", mentions: [a.span("Imran Baloch")] }),
      person({ id: "actor:memon", name: "Farzana Memon", aliases: ["Dr Farzana Memon", "Memon"], role: "Medical Superintendent, Liaquat University Hospital", mentions: [a.span("Farzana Memon")] }),
      person({ id: "actor:abideen", name: "Zain Ul Abideen", aliases: ["Abideen"], role: "Deputy Commissioner", mentions: [a.span("Zain Ul Abideen")] }),
      organization({ id: "actor:police", name: "police", role: "Sindh police", mentions: a.every("police", ["Site police station"]) }),
      person({ id: "actor:lashari", name: "Ghulam Rasool Lashari", aliases: ["Lashari"], role: "SHO, Site police station", affiliation: "actor:police", mentions: [a.span("Ghulam Rasool Lashari")] }),
      person({ id: "actor:bibi", name: "Nasreen Bibi", aliases: ["Bibi"], role: "Mother of a worker killed in the fire", mentions: [a.span("Nasreen Bibi")] }),
      person({ id: "actor:chief-minister", name: "The Sindh chief minister", aliases: ["Sindh chief minister", "the chief minister"], role: "Chief Minister of Sindh", mentions: [a.span("The Sindh chief minister")] }),
      organization({ id: "actor:labour-department", name: "labour department", role: "Sindh labour department", mentions: [a.span("labour department")] }),
    ],
    places: [
      place({ id: "place:hyderabad", name: "Hyderabad", kind: "city", mentions: a.every("HYDERABAD").concat(a.every("Hyderabad")), aliases: ["HYDERABAD"], note: "Hyderabad in Sindh, Pakistan (not Hyderabad, India): the story's places are Sindh, Jamshoro, Kotri and Karachi." }),
      place({ id: "place:site-area", name: "SITE area", aliases: ["SITE area of Hyderabad"], kind: "site", mentions: [a.span("SITE area")] }),
      place({ id: "place:jamshoro", name: "Jamshoro", kind: "town", mentions: [a.span("Jamshoro")] }),
      place({ id: "place:kotri", name: "Kotri", kind: "town", mentions: [a.span("Kotri")] }),
      place({ id: "place:luh", name: "Liaquat University Hospital", aliases: ["the hospital"], kind: "site", mentions: [a.span("Liaquat University Hospital")] }),
      place({ id: "place:civil-hospital-karachi", name: "Civil Hospital Karachi", kind: "site", mentions: [a.span("Civil Hospital Karachi")] }),
      place({ id: "place:karachi", name: "Karachi", kind: "city", mentions: [a.span("Karachi")] }),
      place({ id: "place:tando-jam", name: "Tando Jam", kind: "town", mentions: [a.span("Tando Jam")] }),
      place({ id: "place:sindh", name: "Sindh", kind: "region", mentions: [a.span("Sindh")] }),
    ],
    figures: [
      fig(a, { id: "site-killed", place: "site-area", measure: "killed", measureWord: "died", measureCtx: "workers died", counted: "workers", value: 9, qualifier: "at least", vt: "At least nine", sentence: lead, source: "officials", sourceWords: "officials", sourceCtx: "officials said", date: tuesday }),
      fig(a, { id: "site-injured", place: "site-area", measure: "injured", measureWord: "suffered burns", counted: "others", value: 16, vt: "16", ctx: "16 others", sentence: lead, source: "officials", sourceWords: "officials", sourceCtx: "officials said", date: tuesday, note: "'16 others'." }),
      fig(a, { id: "site-night-shift", place: "site-area", placeBasis: "implied", measure: "present", measureWord: "on the night shift", counted: "workers", value: 60, qualifier: "some", vt: "Some 60", sentence: "Some 60 workers were", source: "rescue-1122", sourceBasis: "implied", date: ofFire, vocabulary, note: "Workers in the building when the fire started (as 'aboard' for a vehicle)." }),
      fig(a, { id: "site-rescued", place: "site-area", placeBasis: "implied", measure: "rescued", measureWord: "brought down from the roof", counted: "workers", value: 35, vt: "35", sentence: "He said 35 workers", source: "baloch", sourceBasis: "stated", date: ofFire, vocabulary, note: "'He said': Imran Baloch." }),
      fig(a, { id: "karachi-burns-referred", place: "civil-hospital-karachi", measure: "injured", measureWord: "injured", measureCtx: "Four of the injured", counted: "of the injured with burns on more than half their bodies", value: 4, vt: "Four", ctx: "Four of the injured", sentence: "Four of the injured", source: "memon", sourceBasis: "stated", date: ofFire, note: "'she said'; sub-count of the 16." }),
      fig(a, { id: "hyderabad-arrested", place: "hyderabad", placeBasis: "inferred", measure: "arrested", counted: "factory manager and supervisor", value: 2, vt: "the factory manager and a supervisor", sentence: "Meanwhile, police arrested", source: "lashari", sourceWords: "Ghulam Rasool Lashari", date: null, parts: [{ value: 1, text: a.span("the factory manager") }, { value: 1, text: a.span("a supervisor") }], note: "The arrests are not placed; the SHO's station is in Hyderabad's SITE area." }),
      fig(a, { id: "tando-jam-killed", place: "tando-jam", measure: "killed", measureWord: "died", measureCtx: "two children died", counted: "children", value: 2, vt: "two", ctx: "two children died", sentence: "Separately, two children died", source: "police", sourceWords: "police", sourceCtx: "heavy rain, police said", date: null }),
      fig(a, { id: "tando-jam-injured", place: "tando-jam", measure: "injured", counted: "mother", value: 1, vt: "their mother", sentence: "Separately, two children died", source: "police", sourceWords: "police", sourceCtx: "heavy rain, police said", date: null, note: "A count of one with no numeral." }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "officials", text: "At least nine workers died and 16 others suffered burns when a fire broke out at a garment factory in the SITE area of Hyderabad on Tuesday night" }),
      say(a, { id: "rescue-cause", speaker: "rescue-1122", text: "the fire started on the ground floor of the four-storey building at around 11pm, apparently due to a short circuit, and spread quickly through bales of cloth stored near the stairs", topics: ["cause"] }),
      say(a, { id: "baloch-control", speaker: "baloch", text: "firefighters brought the blaze under control after nearly seven hours with the help of fire tenders called in from Jamshoro and Kotri", topics: ["rescue"] }),
      say(a, { id: "baloch-roof", speaker: "baloch", basis: "implied", text: "35 workers were brought down from the roof using ladders", topics: ["rescue"] }),
      say(a, { id: "memon-identified", speaker: "memon", text: "eight of the dead had been identified" }),
      say(a, { id: "memon-referred", speaker: "memon", basis: "implied", text: "Four of the injured, she said, had burns on more than half of their bodies and were referred to the burns ward of Civil Hospital Karachi" }),
      say(a, { id: "abideen-exit", speaker: "abideen", text: "the factory had no fire exit and that its only staircase had been blocked with stock", topics: ["blame"] }),
      say(a, { id: "abideen-warned", speaker: "abideen", basis: "implied", text: "The owner had been warned twice in writing this year,", quotes: ["The owner had been warned twice in writing this year,"], topics: ["blame"] }),
      say(a, { id: "lashari-arrests", speaker: "lashari", text: "police arrested the factory manager and a supervisor, while the owner was still at large" }),
      say(a, { id: "bibi-son", speaker: "bibi", text: "he had started work at the factory only last month", topics: ["grief"] }),
      say(a, { id: "police-tando-jam", speaker: "police", text: "two children died and their mother was injured when the roof of their mud house collapsed in Tando Jam after heavy rain" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("1122", "According to Rescue 1122"), "part of a name"),
      notFigure(a.span("1122", "Rescue 1122 spokesperson"), "part of a name"),
      notFigure(a.span("four-storey"), "height of the building"),
      notFigure(a.span("11pm"), "time of day"),
      notFigure(a.span("nearly seven hours"), "duration"),
      notFigure(a.span("eight", "eight of the dead"), "the dead identified: points back to the dead"),
      notFigure(a.span("twice"), "count of warnings"),
      notFigure(a.span("three people"), "people charged: not harmed or held"),
      notFigure(a.span("about two hours"), "duration"),
      notFigure(a.span("19-year-old"), "age"),
      notFigure(a.span("three days"), "duration"),
    ],
  });
}
