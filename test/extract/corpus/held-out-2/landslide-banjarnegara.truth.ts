import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

const vocabulary = { measures: { destroyed: ["burying"], rescued: ["out alive"] } };

export function truth(): Report {
  const art = heldOut2Article("landslide-banjarnegara");
  const { a } = art;
  const ofSlide = day("2026-01-11", { basis: "inferred" }, "The landslide late on Sunday (the report is of Monday, Jan. 12).");
  const sundayLate = day("2026-01-11", { words: a.span("late on Sunday"), basis: "inferred" });
  const lead = "At least 14 people were killed";
  const rescued = "Rescuers pulled six people";

  return report(art, {
    title: "Landslide kills 14 in Indonesia's Central Java",
    outlet: "Xinhua",
    published: "2026-01-12",
    vocabulary,
    actors: [
      organization({ id: "actor:xinhua", name: "Xinhua", role: "News agency (outlet, not a speaker)", mentions: [a.span("Xinhua")] }),
      organization({ id: "actor:bnpb", name: "National Disaster Management Agency", aliases: ["BNPB", "the agency"], role: "Indonesia's national disaster agency", mentions: [a.span("National Disaster Management Agency"), ...a.every("BNPB")] }),
      person({ id: "actor:saputra", name: "Hendra Saputra", aliases: ["Saputra", "agency spokesman Hendra Saputra"], role: "BNPB spokesman", affiliation: "actor:bnpb", mentions: [a.span("Hendra Saputra")] }),
      person({ id: "actor:sarwono", name: "Budi Sarwono", aliases: ["Sarwono", "Banjarnegara's regent"], role: "Regent of Banjarnegara", mentions: [a.span("Budi Sarwono")] }),
      organization({ id: "actor:kompas-tv", name: "Kompas TV", role: "Television channel (outlet, not a speaker)", mentions: [a.span("Kompas TV")] }),
      organization({ id: "actor:basarnas", name: "National Search and Rescue Agency", aliases: ["Basarnas"], role: "Indonesia's search and rescue agency", mentions: [a.span("National Search and Rescue Agency"), ...a.every("Basarnas")] }),
      person({ id: "actor:prasetyo", name: "Wahyu Prasetyo", aliases: ["Prasetyo"], role: "Head of the Basarnas team from Semarang", affiliation: "actor:basarnas", mentions: [a.span("Wahyu Prasetyo")] }),
    ],
    places: [
      place({ id: "place:jakarta", name: "Jakarta", aliases: ["JAKARTA"], kind: "city", mentions: [a.span("JAKARTA")] }),
      place({ id: "place:indonesia", name: "Indonesia", kind: "country", mentions: a.every("Indonesia") }),
      place({ id: "place:central-java", name: "Central Java", aliases: ["Central Java province"], kind: "region", mentions: a.every("Central Java") }),
      place({ id: "place:banjarnegara", name: "Banjarnegara", aliases: ["Banjarnegara regency"], kind: "region", mentions: a.every("Banjarnegara") }),
      place({ id: "place:pandanarum", name: "Pandanarum", aliases: ["Pandanarum village"], kind: "town", mentions: [a.span("Pandanarum")] }),
      place({ id: "place:kalibening", name: "Kalibening", kind: "town", mentions: [a.span("Kalibening")] }),
      place({ id: "place:semarang", name: "Semarang", kind: "city", mentions: [a.span("Semarang")] }),
      place({ id: "place:java", name: "Java", kind: "region", mentions: [a.span("Java", "districts of Java")] }),
      place({ id: "place:jemblung", name: "Jemblung", aliases: ["Jemblung village"], kind: "town", mentions: [a.span("Jemblung")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "central-java", measure: "killed", measureWord: "kills", measureCtx: "kills 14", counted: "people", value: 14, vt: "14", ctx: "kills 14", sentence: "Landslide kills 14", date: ofSlide, note: "Headline; present tense. The headline names Central Java." }),
      fig(a, { id: "banjarnegara-killed", place: "banjarnegara", measure: "killed", counted: "people", value: 14, qualifier: "at least", vt: "At least 14", sentence: lead, source: "bnpb", sourceWords: "National Disaster Management Agency", date: ofSlide, note: "The village (Pandanarum) is named in the next paragraph; the lead's place is the regency." }),
      fig(a, { id: "banjarnegara-missing", place: "banjarnegara", measure: "missing", counted: "others", value: 9, vt: "nine", ctx: "nine others", sentence: lead, source: "bnpb", sourceWords: "National Disaster Management Agency", date: ofSlide, note: "'nine others'." }),
      fig(a, { id: "pandanarum-houses-destroyed", place: "pandanarum", measure: "destroyed", measureWord: "burying", counted: "houses", value: 30, qualifier: "about", vt: "about 30", sentence: "Heavy rain loosened", source: "saputra", sourceWords: "Hendra Saputra", unit: "homes", date: sundayLate, vocabulary, note: "Houses buried by the landslide: read as destroyed." }),
      fig(a, { id: "pandanarum-rescued", place: "pandanarum", placeBasis: "implied", measure: "rescued", measureWord: "out alive", counted: "people", value: 6, vt: "six", ctx: "six people", sentence: rescued, source: "saputra", date: ofSlide, vocabulary, note: "'he said'; the village is named in the sentence before." }),
      fig(a, { id: "pandanarum-rescued-injured", place: "pandanarum", placeBasis: "implied", measure: "injured", measureWord: "broken legs", counted: "of the rescued with broken legs", value: 2, vt: "two", ctx: "two of them with", sentence: rescued, source: "saputra", date: ofSlide, note: "Sub-count of the six rescued." }),
      fig(a, { id: "kalibening-evacuated", place: "kalibening", measure: "evacuated", counted: "residents", value: 400, qualifier: "more than", vt: "more than 400", sentence: rescued, source: "saputra", date: ofSlide, note: "Evacuated to a mosque and a school in Kalibening, the only place of the clause." }),
      fig(a, { id: "banjarnegara-missing-children", place: "banjarnegara", measure: "missing", counted: "children", value: 2, vt: "two", ctx: "that two of the missing", sentence: "told Kompas TV", source: "sarwono", sourceWords: "Budi Sarwono", date: ofSlide, note: "Sub-count of the nine missing, which the lead places in Banjarnegara (named in this sentence too)." }),
      fig(a, { id: "jemblung-killed-2014", place: "jemblung", measure: "killed", counted: "people", value: 90, qualifier: "more than", vt: "more than 90", sentence: "In December 2014", date: month("2014-12", { words: a.span("December 2014") }), note: "Background; unsourced." }),
    ],
    statements: [
      say(a, { id: "bnpb-toll", speaker: "bnpb", text: "At least 14 people were killed and nine others remain missing after a landslide buried part of a village in Banjarnegara regency of Indonesia's Central Java province" }),
      say(a, { id: "saputra-hillside", speaker: "saputra", text: "Heavy rain loosened a hillside above Pandanarum village late on Sunday, burying about 30 houses", topics: ["cause", "casualties"] }),
      say(a, { id: "saputra-rescued", speaker: "saputra", basis: "implied", text: "Rescuers pulled six people out alive, two of them with broken legs, and more than 400 residents were evacuated to a mosque and a school in neighbouring Kalibening", topics: ["rescue"] }),
      say(a, { id: "sarwono-children", speaker: "sarwono", text: "two of the missing were children who had been sleeping at their grandmother's house", sentence: "told Kompas TV" }),
      say(a, { id: "prasetyo-soil", speaker: "prasetyo", text: "The soil is still moving, so in some places we can only dig by hand,", quotes: ["The soil is still moving, so in some places we can only dig by hand,"], topics: ["rescue"] }),
      say(a, { id: "prasetyo-road", speaker: "prasetyo", basis: "implied", text: "heavy machinery could not yet reach the village because the only road was blocked by mud", topics: ["rescue"] }),
      say(a, { id: "bnpb-warning", speaker: "bnpb", text: "the rainy season, which usually peaks in January and February, could bring more landslides to the hilly districts of Java", topics: ["warning"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("Jan. 12"), "date of the dateline"),
      notFigure(a.span("up to 300"), "count of searchers (rescuers are not figures)"),
    ],
  });
}
