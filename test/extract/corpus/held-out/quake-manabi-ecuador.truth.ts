import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

export function truth(): Report {
  const art = heldOutArticle("quake-manabi-ecuador");
  const { a } = art;
  const sunday = day("2025-08-17", { words: a.span("Sunday's"), basis: "inferred" });
  const ofQuake = day("2025-08-17", { basis: "inferred" }, "The earthquake on Sunday evening.");
  const places = "Most of the victims died";
  const jama = "In Jama, five people died";
  const missing = "Between 10 and 15 people";
  const tents = "About 1,800 people spent";

  return report(art, {
    title: "Ecuador quake toll climbs to 23 as rescuers dig through rubble in Manabí",
    outlet: null,
    published: "2025-08-18",
    actors: [
      organization({ id: "actor:risk-secretariat", name: "Secretariat for Risk Management", aliases: ["the secretariat"], role: "Ecuador's national disaster agency", mentions: [a.span("Secretariat for Risk Management"), a.span("the secretariat")] }),
      organization({ id: "actor:geophysical-institute", name: "Geophysical Institute of the National Polytechnic School", aliases: ["Geophysical Institute", "The institute"], role: "Seismological institute", mentions: [a.span("Geophysical Institute of the National Polytechnic School"), a.span("The institute")] }),
      organization({ id: "actor:health-ministry", name: "the health ministry", aliases: ["health ministry"], role: "Ecuador's ministry of health", mentions: [a.span("the health ministry")] }),
      person({ id: "actor:zambrano", name: "Lucía Zambrano", aliases: ["Zambrano", "the town's mayor"], role: "Mayor of Pedernales", mentions: [a.span("Lucía Zambrano"), a.span("Zambrano", "Zambrano said")] }),
      organization({ id: "actor:radio-sucre", name: "Radio Sucre", role: "Radio station (outlet the mayor spoke to)", mentions: [a.span("Radio Sucre")] }),
      person({ id: "actor:vera", name: "Rosa Elena Vera", aliases: ["Vera"], role: "Government Minister", mentions: [a.span("Rosa Elena Vera")] }),
      organization({ id: "actor:government", name: "the government", role: "Government of Ecuador", mentions: [a.span("the government")] }),
      organization({ id: "actor:esmeraldas-prefecture", name: "the Esmeraldas prefecture", aliases: ["Esmeraldas prefecture"], role: "Provincial government of Esmeraldas", mentions: [a.span("the Esmeraldas prefecture")] }),
      organization({ id: "actor:navy", name: "the Navy", aliases: ["Navy"], role: "Ecuador's navy", mentions: [a.span("the Navy")] }),
      organization({ id: "actor:army", name: "the army", aliases: ["army"], role: "Ecuador's army", mentions: [a.span("the army")] }),
      organization({ id: "actor:red-cross", name: "Red Cross", role: "Ecuadorian Red Cross", mentions: [a.span("Red Cross")] }),
      person({ id: "actor:cedeno", name: "Andrés Cedeño", aliases: ["Cedeño"], role: "Red Cross volunteer", affiliation: "actor:red-cross", mentions: [a.span("Andrés Cedeño")] }),
    ],
    places: [
      place({ id: "place:quito", name: "QUITO", aliases: ["Quito"], kind: "city", mentions: [a.span("QUITO"), a.span("Quito", "Guayaquil and Quito")] }),
      place({ id: "place:ecuador", name: "Ecuador", kind: "country", mentions: a.every("Ecuador") }),
      place({ id: "place:pacific-coast", name: "Ecuador's Pacific coast", aliases: ["Pacific coast", "The same stretch of coast"], kind: "region", mentions: [a.span("Ecuador's Pacific coast"), a.span("The same stretch of coast")] }),
      place({ id: "place:manabi", name: "Manabí", aliases: ["the province of Manabí"], kind: "region", mentions: a.every("Manabí") }),
      place({ id: "place:jama", name: "Jama", kind: "town", mentions: a.every("Jama") }),
      place({ id: "place:guayaquil", name: "Guayaquil", kind: "city", mentions: [a.span("Guayaquil")] }),
      place({ id: "place:pedernales", name: "Pedernales", aliases: ["the canton of Pedernales"], kind: "town", mentions: a.every("Pedernales") }),
      place({ id: "place:el-matal", name: "El Matal", aliases: ["the village of El Matal"], kind: "town", mentions: [a.span("El Matal")] }),
      place({ id: "place:portoviejo", name: "Portoviejo", kind: "city", mentions: [a.span("Portoviejo")] }),
      place({ id: "place:esmeraldas", name: "Esmeraldas", kind: "region", mentions: a.every("Esmeraldas") }),
      place({ id: "place:muisne", name: "Muisne", kind: "town", mentions: [a.span("Muisne")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "manabi", measure: "killed", measureWord: "toll", measureCtx: "quake toll climbs", counted: "people", value: 23, vt: "23", ctx: "climbs to 23", sentence: "Ecuador quake toll climbs", date: ofQuake, note: "Headline: 'toll climbs to 23 ... in Manabí'." }),
      fig(a, { id: "manabi-killed", place: "manabi", measure: "killed", measureWord: "death toll", counted: "people", value: 23, vt: "23", ctx: "rose to 23", sentence: "The death toll from Sunday's", source: "risk-secretariat", sourceWords: "Secretariat for Risk Management", date: sunday, note: "The lead's quake is on 'Ecuador's Pacific coast'; Manabí is the province it names." }),
      fig(a, { id: "pedernales-killed", place: "pedernales", measure: "killed", counted: "people", value: 14, vt: "14", sentence: places, source: "risk-secretariat", sourceBasis: "implied", date: ofQuake, note: "The secretariat is credited in the next sentence." }),
      fig(a, { id: "jama-killed", place: "jama", measure: "killed", measureWord: "died", measureCtx: "five people died", counted: "people", value: 5, vt: "five", ctx: "five people died", sentence: jama, source: "risk-secretariat", sourceWords: "the secretariat", date: ofQuake }),
      fig(a, { id: "jama-girl-killed", place: "jama", measure: "killed", counted: "girl", value: 1, vt: "a girl", ctx: "a girl of eight", sentence: jama, source: "risk-secretariat", sourceWords: "the secretariat", date: ofQuake, note: "Sub-count of the five ('among them a girl of eight')." }),
      fig(a, { id: "el-matal-killed", place: "el-matal", measure: "killed", measureWord: "lost", measureCtx: "lost four residents", counted: "residents", value: 4, vt: "four", ctx: "lost four residents", sentence: jama, source: "risk-secretariat", sourceWords: "the secretariat", date: ofQuake }),
      fig(a, { id: "manabi-injured", place: "manabi", measure: "injured", counted: "injured people", value: 312, vt: "312", sentence: "Hospitals in Manabí treated", source: "health-ministry", sourceWords: "the health ministry", date: ofQuake }),
      fig(a, { id: "portoviejo-flown", place: "portoviejo", measure: "injured", measureWord: "flown by helicopter", counted: "patients", value: 40, qualifier: "some", vt: "some 40", sentence: "Hospitals in Manabí treated", source: "health-ministry", sourceWords: "the health ministry", date: ofQuake, note: "Injured patients flown to Portoviejo: a sub-count of the 312." }),
      fig(a, { id: "pedernales-missing", place: "pedernales", measure: "missing", counted: "people", value: 10, upper: 15, qualifier: "range", vt: "Between 10 and 15", sentence: missing, source: "zambrano", sourceWords: "Lucía Zambrano", date: day("2025-08-18", { words: a.span("on Monday night"), basis: "inferred" }) }),
      fig(a, { id: "muisne-killed", place: "muisne", measure: "killed", measureWord: "drowned", counted: "fishermen", value: 2, vt: "two", ctx: "two fishermen", sentence: "Separately, the Esmeraldas prefecture", source: "esmeraldas-prefecture", sourceWords: "the Esmeraldas prefecture", date: ofQuake }),
      fig(a, { id: "pedernales-tents", place: "pedernales", measure: "displaced", measureWord: "spent the night in tents", counted: "people", value: 1800, qualifier: "about", vt: "About 1,800", sentence: tents, date: ofQuake, note: "Unsourced." }),
      fig(a, { id: "jama-tents", place: "jama", measure: "displaced", counted: "people", value: 600, vt: "600", ctx: "another 600", sentence: tents, date: ofQuake, note: "'another 600 in Jama'." }),
      fig(a, { id: "coast-2016-killed", place: "pacific-coast", placeBasis: "stated", measure: "killed", counted: "people", value: 670, qualifier: "more than", vt: "more than 670", sentence: "The same stretch of coast", date: month("2016-04", { words: a.span("April 2016") }), note: "Background." }),
    ],
    statements: [
      say(a, { id: "secretariat-toll", speaker: "risk-secretariat", text: "The death toll from Sunday's magnitude 6.8 earthquake on Ecuador's Pacific coast rose to 23 on Monday" }),
      say(a, { id: "institute-epicentre", speaker: "geophysical-institute", text: "The quake struck at 7:12 in the evening at a depth of 26 kilometres, with its epicentre about 20 kilometres south-west of the town of Jama" }),
      say(a, { id: "secretariat-places", speaker: "risk-secretariat", text: "In Jama, five people died, among them a girl of eight, and the village of El Matal lost four residents when a church wall collapsed on a prayer meeting" }),
      say(a, { id: "ministry-injured", speaker: "health-ministry", text: "Hospitals in Manabí treated 312 injured people", sentence: "Hospitals in Manabí treated" }),
      say(a, { id: "zambrano-missing", speaker: "zambrano", text: "Between 10 and 15 people were still missing in Pedernales on Monday night" }),
      say(a, { id: "zambrano-hands", speaker: "zambrano", text: `We are working with our hands, because the machines cannot get into the narrow streets," Zambrano said. "Every hour that passes matters.`, quotes: ["We are working with our hands, because the machines cannot get into the narrow streets,", "Every hour that passes matters."], sentence: "We are working with our hands", topics: ["rescue"] }),
      say(a, { id: "prefecture-fishermen", speaker: "esmeraldas-prefecture", text: "two fishermen drowned when a wave overturned their boat at Muisne shortly after the quake" }),
      say(a, { id: "navy-tsunami", speaker: "navy", text: "it had detected no tsunami" }),
      say(a, { id: "cedeno-outside", speaker: "cedeno", text: "many families slept outside even where houses were still standing" }),
      say(a, { id: "cedeno-aftershocks", speaker: "cedeno", basis: "implied", text: "People are afraid of the aftershocks,", quotes: ["People are afraid of the aftershocks,"], topics: ["warning"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("6.8"), "magnitude"),
      notFigure(a.span("7:12"), "time of day"),
      notFigure(a.span("26 kilometres"), "depth"),
      notFigure(a.span("about 20 kilometres"), "distance"),
      notFigure(a.span("three-storey"), "height of a building"),
      notFigure(a.span("eight", "a girl of eight"), "age"),
      notFigure(a.span("60 days"), "duration"),
      notFigure(a.span("more than 120"), "count of aftershocks"),
      notFigure(a.span("5.1"), "magnitude"),
      notFigure(a.span("7.8"), "magnitude"),
    ],
  });
}
