import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

const vocabulary = { measures: { rescued: ["pulled out"], evacuated: ["moved out"] }, units: ["families"] };

export function truth(): Report {
  const art = heldOut2Article("building-collapse-tripoli");
  const { a } = art;
  const monday = day("2026-03-16", { words: a.span("late Monday"), basis: "inferred" });
  const ofCollapse = day("2026-03-16", { basis: "inferred" }, "The collapse late on Monday.");
  const lead = "A four-story apartment building collapsed";
  const redCross = "The Lebanese Red Cross said";

  return report(art, {
    title: "Old apartment building collapses in Lebanon's Tripoli, killing 8",
    outlet: "AP",
    published: "2026-03-17",
    vocabulary,
    actors: [
      organization({ id: "actor:ap", name: "AP", aliases: ["Associated Press"], role: "News agency (outlet, not a speaker)", mentions: [a.span("AP")] }),
      organization({ id: "actor:civil-defense", name: "Lebanese Civil Defense", aliases: ["Civil Defense", "the agency"], role: "Lebanon's civil defence service", mentions: [a.span("Lebanese Civil Defense"), a.span("the agency")] }),
      organization({ id: "actor:red-cross", name: "Lebanese Red Cross", aliases: ["Red Cross"], role: "Relief organization", mentions: [a.span("Lebanese Red Cross")] }),
      group({ id: "actor:residents", name: "Residents", aliases: ["residents"], role: "Residents of the neighbourhood", mentions: [a.span("Residents")] }),
      person({ id: "actor:merhi", name: "Khaled Merhi", aliases: ["Merhi"], role: "Brother of a resident of the building", mentions: [a.span("Khaled Merhi")] }),
      organization({ id: "actor:interior-ministry", name: "Interior Ministry", aliases: ["The Interior Ministry"], role: "Lebanese ministry of the interior", mentions: [a.span("Interior Ministry")] }),
      organization({ id: "actor:municipality", name: "the municipality", aliases: ["municipality", "Tripoli municipality"], role: "Municipality of Tripoli", mentions: a.every("the municipality") }),
      group({ id: "actor:engineers", name: "Engineers", role: "Engineers (unnamed)", mentions: [a.span("Engineers")] }),
      person({ id: "actor:khoury", name: "Rami Khoury", aliases: ["Khoury", "Municipal council member Rami Khoury"], role: "Municipal council member", mentions: [a.span("Rami Khoury")] }),
    ],
    places: [
      place({ id: "place:beirut", name: "Beirut", aliases: ["BEIRUT"], kind: "city", mentions: [a.span("BEIRUT")] }),
      place({ id: "place:lebanon", name: "Lebanon", kind: "country", mentions: a.every("Lebanon") }),
      place({ id: "place:tripoli", name: "Tripoli", aliases: ["Lebanon's Tripoli"], kind: "city", mentions: a.every("Tripoli"), note: "Ambiguous name (Tripoli, Libya): the northern Lebanese city." }),
      place({ id: "place:bab-al-tabbaneh", name: "Bab al-Tabbaneh", aliases: ["Bab al-Tabbaneh neighborhood"], kind: "town", mentions: [a.span("Bab al-Tabbaneh")] }),
      place({ id: "place:syria", name: "Syria", kind: "country", mentions: [a.span("Syria")] }),
      place({ id: "place:turkiye", name: "Türkiye", aliases: ["Turkey"], kind: "country", mentions: [a.span("Türkiye")] }),
      place({ id: "place:jabal-mohsen", name: "Jabal Mohsen", aliases: ["Jabal Mohsen district"], kind: "town", mentions: [a.span("Jabal Mohsen")] }),
      place({ id: "place:qobbeh", name: "Qobbeh", aliases: ["Qobbeh district"], kind: "town", mentions: [a.span("Qobbeh")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "tripoli", measure: "killed", measureWord: "killing", measureCtx: "killing 8", counted: "people", value: 8, vt: "8", ctx: "killing 8", sentence: "Old apartment building collapses", date: ofCollapse, note: "Headline; present tense." }),
      fig(a, { id: "tripoli-killed", place: "tripoli", measure: "killed", measureWord: "killing", measureCtx: "killing at least eight", counted: "people", value: 8, qualifier: "at least", vt: "at least eight", sentence: lead, source: "civil-defense", sourceWords: "Lebanese Civil Defense", date: monday }),
      fig(a, { id: "tripoli-children-killed", place: "tripoli", measure: "killed", counted: "children", value: 3, vt: "three", ctx: "including three children", sentence: lead, source: "civil-defense", sourceWords: "Lebanese Civil Defense", date: monday, note: "Sub-count of the dead ('including')." }),
      fig(a, { id: "bab-al-tabbaneh-rescued", place: "bab-al-tabbaneh", measure: "rescued", measureWord: "pulled out", counted: "survivors", value: 12, vt: "12", ctx: "12 survivors", sentence: "Rescuers worked through the night", source: "civil-defense", sourceBasis: "implied", sourceWords: "the agency", date: ofCollapse, vocabulary, note: "'the agency said': the Civil Defense of the lead." }),
      fig(a, { id: "tripoli-injured", place: "tripoli", placeBasis: "implied", measure: "injured", measureWord: "taken 10 people to hospitals", counted: "people", value: 10, vt: "10", ctx: "taken 10 people", sentence: redCross, source: "red-cross", sourceWords: "Lebanese Red Cross", date: ofCollapse, note: "Taken to hospital: injured. 'hospitals in the city': Tripoli." }),
      fig(a, { id: "tripoli-critical", place: "tripoli", placeBasis: "implied", measure: "injured", measureWord: "critical condition", counted: "of the injured in critical condition", value: 2, vt: "two", ctx: "two of them in critical", sentence: redCross, source: "red-cross", sourceWords: "Lebanese Red Cross", date: ofCollapse, note: "Sub-count of the 10." }),
      fig(a, { id: "bab-al-tabbaneh-evacuated", place: "bab-al-tabbaneh", placeBasis: "inferred", measure: "evacuated", measureWord: "moved out", counted: "families", value: 95, qualifier: "about", vt: "about 95", sentence: "the municipality said about 95", source: "municipality", sourceWords: "the municipality", sourceCtx: "the municipality said", unit: "families", date: day("2026-03-16", { words: a.span("overnight"), basis: "inferred" }), vocabulary, note: "Moved out of the buildings next to the one that fell, in Bab al-Tabbaneh (worked out; Jabal Mohsen, in the next sentence, is where many went)." }),
      fig(a, { id: "qobbeh-killed-2023", place: "qobbeh", measure: "killed", measureWord: "died", measureCtx: "two people died", counted: "people", value: 2, vt: "two", ctx: "two people died", sentence: "In January 2023", date: month("2023-01", { words: a.span("January 2023") }), note: "Background; unsourced." }),
    ],
    statements: [
      say(a, { id: "civil-defense-toll", speaker: "civil-defense", text: "A four-story apartment building collapsed in the northern Lebanese city of Tripoli late Monday, killing at least eight people, including three children" }),
      say(a, { id: "civil-defense-rescue", speaker: "civil-defense", basis: "implied", text: "Rescuers worked through the night in the Bab al-Tabbaneh neighborhood with a bulldozer and their bare hands and pulled out 12 survivors", topics: ["rescue"] }),
      say(a, { id: "red-cross-hospitals", speaker: "red-cross", text: "it had taken 10 people to hospitals in the city, two of them in critical condition" }),
      say(a, { id: "residents-cracked", speaker: "residents", text: "the building, which was about 70 years old, had been cracked since the 2023 earthquake that struck neighboring Syria and Türkiye", topics: ["cause"] }),
      say(a, { id: "merhi-municipality", speaker: "merhi", text: "We told the municipality again and again that the walls were splitting, and nobody came,", quotes: ["We told the municipality again and again that the walls were splitting, and nobody came,"], topics: ["blame"] }),
      say(a, { id: "municipality-families", speaker: "municipality", text: "about 95 families had been moved out of them overnight", topics: ["rescue"] }),
      say(a, { id: "engineers-warned", speaker: "engineers", text: "hundreds of old buildings in Tripoli, Lebanon's poorest major city, are at risk", sentence: "Engineers have warned", topics: ["warning"] }),
      say(a, { id: "khoury-blame", speaker: "khoury", text: "blamed successive governments for the neglect", topics: ["blame"] }),
      say(a, { id: "khoury-state", speaker: "khoury", basis: "implied", text: "The state remembers Tripoli only when it has to bury its people,", quotes: ["The state remembers Tripoli only when it has to bury its people,"], topics: ["blame"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("four-story"), "number of storeys"),
      notFigure(a.span("about 70 years"), "age of the building"),
      notFigure(a.span("2023", "the 2023 earthquake"), "year"),
      notFigure(a.span("14"), "count of buildings"),
      notFigure(a.span("hundreds"), "vague quantity of buildings"),
    ],
  });
}
