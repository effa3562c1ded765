import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, person, place, report, state } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

export function truth(): Report {
  const art = heldOut2Article("drone-strike-marib");
  const { a } = art;
  const sunday = day("2026-02-08", { words: a.span("Sunday night"), basis: "inferred" });
  const ofStrike = day("2026-02-08", { basis: "inferred" }, "The strike on Sunday night.");
  const lead = "A drone struck the Al-Jufainah camp";
  const risen = "The death toll rose to 11";
  const official = { source: "sharabi", sourceBasis: "implied" as const, sourceWords: "a provincial health official" };

  return report(art, {
    title: "Drone strike on Yemen displacement camp kills nine",
    outlet: "Reuters",
    published: "2026-02-09",
    vocabulary: { units: ["families"] },
    actors: [
      person({ id: "actor:sharabi", name: "Fuad al-Sharabi", aliases: ["al-Sharabi", "a provincial health official"], role: "Head of the health office of Marib governorate", affiliation: "actor:marib-health-office", mentions: [a.span("a provincial health official"), a.span("Fuad al-Sharabi"), a.span("al-Sharabi", "al-Sharabi said")], note: "The lead's 'provincial health official' is named in the next paragraph." }),
      organization({ id: "actor:marib-health-office", name: "health office of Marib governorate", aliases: ["the health office of Marib governorate"], role: "Provincial health authority", mentions: [a.span("health office of Marib governorate")] }),
      organization({ id: "actor:reuters", name: "Reuters", role: "News agency (outlet, not a speaker)", mentions: a.every("Reuters") }),
      person({ id: "actor:mabkhout", name: "Saleh Mabkhout", aliases: ["Mabkhout"], role: "Resident of the camp", mentions: [a.span("Saleh Mabkhout")] }),
      state({ id: "actor:yemen-government", name: "the internationally recognised government", aliases: ["internationally recognised government", "government of Yemen"], role: "Yemen's internationally recognised government", mentions: [a.span("internationally recognised government")] }),
      organization({ id: "actor:houthis", name: "Houthi movement", aliases: ["Houthis", "the Houthis", "Ansar Allah"], role: "Iran-aligned armed movement controlling Sanaa", mentions: [a.span("Houthi movement"), a.span("Houthis")] }),
      state({ id: "actor:iran", name: "Iran", role: "State", mentions: [a.span("Iran")] }),
      organization({ id: "actor:iom", name: "International Organization for Migration", aliases: ["IOM"], role: "UN migration agency", mentions: [a.span("International Organization for Migration")] }),
      organization({ id: "actor:un", name: "United Nations", aliases: ["UN"], role: "United Nations", mentions: [a.span("United Nations")] }),
    ],
    places: [
      place({ id: "place:yemen", name: "Yemen", kind: "country", mentions: a.every("Yemen") }),
      place({ id: "place:marib", name: "Marib", aliases: ["MARIB", "Marib city"], kind: "city", mentions: [a.span("MARIB"), a.span("Marib", "Yemen's Marib city"), a.span("Marib", "Marib, about 120 km")] }),
      place({ id: "place:marib-governorate", name: "Marib governorate", kind: "region", mentions: [a.span("Marib governorate")] }),
      place({ id: "place:al-jufainah", name: "Al-Jufainah camp", aliases: ["Al-Jufainah", "the camp"], kind: "site", mentions: [a.span("Al-Jufainah camp"), a.span("the camp", "lives in the camp")] }),
      place({ id: "place:marib-hospital", name: "Marib General Hospital", kind: "site", mentions: [a.span("Marib General Hospital")] }),
      place({ id: "place:sanaa", name: "Sanaa", kind: "city", mentions: a.every("Sanaa") }),
      place({ id: "place:sirwah", name: "Sirwah district", aliases: ["Sirwah"], kind: "region", mentions: [a.span("Sirwah district")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "yemen", measure: "killed", measureWord: "kills", measureCtx: "kills nine", counted: "people", value: 9, vt: "nine", ctx: "kills nine", sentence: "Drone strike on Yemen", date: ofStrike, note: "Headline; present tense. The headline names Yemen." }),
      fig(a, { ...official, id: "camp-killed", place: "al-jufainah", measure: "killed", measureWord: "killing", measureCtx: "killing at least nine", counted: "people", value: 9, qualifier: "at least", vt: "at least nine", sentence: lead, date: sunday }),
      fig(a, { ...official, id: "camp-injured", place: "al-jufainah", measure: "injured", measureWord: "wounding", measureCtx: "wounding 23", counted: "others", value: 23, vt: "23", ctx: "wounding 23 others", sentence: lead, date: sunday }),
      fig(a, { ...official, id: "camp-children-injured", place: "al-jufainah", measure: "injured", counted: "children", value: 4, vt: "four", ctx: "four of them children", sentence: lead, date: sunday, note: "Sub-count of the 23 wounded." }),
      fig(a, { id: "camp-killed-risen", place: "al-jufainah", placeBasis: "implied", measure: "killed", measureWord: "death toll", measureCtx: risen, counted: "people", value: 11, vt: "11", ctx: risen, sentence: risen, source: "sharabi", sourceWords: "Fuad al-Sharabi", date: ofStrike, note: "'The death toll rose to 11': the strike's toll; the camp is in the lead." }),
      fig(a, { id: "hospital-died", place: "marib-hospital", measure: "killed", measureWord: "died", measureCtx: "wounded died at", counted: "of the wounded", value: 2, vt: "two", ctx: "after two of the wounded", sentence: risen, source: "sharabi", sourceWords: "Fuad al-Sharabi", date: day("2026-02-09", { words: a.span("on Monday", "11 on Monday"), basis: "inferred" }), note: "Sub-count of the 11: two of the wounded who died in hospital." }),
      fig(a, { id: "camp-woman-daughters-killed", place: "al-jufainah", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "Among the dead", counted: "a woman and her three daughters", value: 4, vt: "a woman and her three daughters", sentence: "Among the dead were", source: "sharabi", date: ofStrike, parts: [{ value: 1, text: a.span("a woman", "a woman and her") }, { value: 3, text: a.span("three daughters") }], note: "Sub-count of the dead, made of parts; 'he said'." }),
      fig(a, { id: "sirwah-fled", place: "sirwah", measure: "displaced", measureWord: "fled", measureCtx: "had fled Sirwah", counted: "families", value: 1800, qualifier: "nearly", vt: "nearly 1,800", sentence: "Separately, the International", source: "iom", sourceWords: "International Organization for Migration", unit: "families", date: { ...month("2026-01", { words: a.span("since fighting flared there in January") }), end: "2026-02-09" }, note: "Fled from Sirwah toward Marib city; Sirwah is the place named." }),
      fig(a, { id: "marib-displaced", place: "marib", measure: "displaced", measureWord: "displaced", measureCtx: "1 million displaced", counted: "displaced people", value: 1000000, qualifier: "more than", vt: "more than 1 million", sentence: "shelters more than 1 million", source: "un", sourceWords: "United Nations", date: null, note: "Background: people displaced into Marib over the war." }),
    ],
    statements: [
      say(a, { id: "sharabi-toll", speaker: "sharabi", basis: "implied", text: "A drone struck the Al-Jufainah camp for displaced families on the edge of Yemen's Marib city on Sunday night, killing at least nine people and wounding 23 others, four of them children", note: "The 'provincial health official' is named in the next paragraph." }),
      say(a, { id: "sharabi-risen", speaker: "sharabi", text: "The death toll rose to 11 on Monday after two of the wounded died at Marib General Hospital" }),
      say(a, { id: "sharabi-dead", speaker: "sharabi", basis: "implied", text: "Among the dead were a woman and her three daughters" }),
      say(a, { id: "sharabi-tents", speaker: "sharabi", text: "Most of them were asleep in tents made of plastic sheeting, and the fire spread before anyone could reach them,", quotes: ["Most of them were asleep in tents made of plastic sheeting, and the fire spread before anyone could reach them,"], topics: ["casualties", "rescue"] }),
      say(a, { id: "mabkhout-drone", speaker: "mabkhout", text: "he had heard the drone circling for several minutes before the blast", topics: ["grief"] }),
      say(a, { id: "mabkhout-sand", speaker: "mabkhout", basis: "implied", text: "We ran toward the sand with the children and lay flat,", quotes: ["We ran toward the sand with the children and lay flat,"], topics: ["grief"] }),
      say(a, { id: "government-blame", speaker: "yemen-government", text: "blamed the Iran-aligned Houthi movement", sentence: "The internationally recognised government blamed", topics: ["blame"] }),
      say(a, { id: "iom-fled", speaker: "iom", text: "nearly 1,800 families had fled Sirwah district toward the city since fighting flared there in January", topics: ["rescue"] }),
      say(a, { id: "un-marib", speaker: "un", text: "Marib, about 120 km east of Sanaa, shelters more than 1 million displaced people in some 200 camps and settlements", sentence: "shelters more than 1 million" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("about 120 km"), "distance"),
      notFigure(a.span("some 200"), "count of camps and settlements"),
    ],
  });
}
