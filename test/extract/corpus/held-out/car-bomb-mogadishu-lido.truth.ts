import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

export function truth(): Report {
  const art = heldOutArticle("car-bomb-mogadishu-lido");
  const { a } = art;
  const friday = day("2025-03-14", { words: a.span("Friday evening"), basis: "inferred" });
  const ofBlast = day("2025-03-14", { basis: "inferred" }, "The bombing on Friday evening.");

  return report(art, {
    title: "Car bomb kills 14 outside Mogadishu beach restaurant",
    outlet: "Reuters",
    published: "2025-03-15",
    actors: [
      organization({ id: "actor:police", name: "police", aliases: ["Police"], role: "Somali police", mentions: a.every("police").concat(a.every("Police")) }),
      person({
        id: "actor:nur",
        name: "Abdirahman Farah Nur",
        aliases: ["Nur", "Captain Abdirahman Farah Nur"],
        role: "Police captain",
        affiliation: "actor:police",
        mentions: [a.span("Abdirahman Farah Nur")],
      }),
      organization({ id: "actor:daryeel", name: "Daryeel ambulance service", aliases: ["Daryeel"], role: "Ambulance service", mentions: [a.span("Daryeel ambulance service")] }),
      person({
        id: "actor:omar",
        name: "Ali Hassan Omar",
        aliases: ["Omar"],
        role: "Director of the Daryeel ambulance service",
        affiliation: "actor:daryeel",
        mentions: [a.span("Ali Hassan Omar")],
      }),
      organization({
        id: "actor:al-shabaab",
        name: "al Shabaab",
        aliases: ["Al Shabaab"],
        role: "Armed group linked to al Qaeda",
        mentions: [a.span("al Shabaab", "group al Shabaab"), a.span("Al Shabaab", "Al Shabaab has fought")],
      }),
      organization({ id: "actor:al-qaeda", name: "al Qaeda", role: "Armed group", mentions: [a.span("al Qaeda")] }),
      person({ id: "actor:district-official", name: "a district official", role: "Unnamed official of Hodan district", mentions: [a.span("a district official")] }),
      organization({
        id: "actor:interior-ministry",
        name: "interior ministry",
        aliases: ["Somalia's interior ministry"],
        role: "Somali ministry of the interior",
        mentions: [a.span("interior ministry")],
      }),
      person({
        id: "actor:abdi",
        name: "Hassan Mohamed Abdi",
        aliases: ["Abdi", "Interior Minister Hassan Mohamed Abdi"],
        role: "Interior Minister",
        affiliation: "actor:interior-ministry",
        mentions: [a.span("Hassan Mohamed Abdi")],
      }),
      person({ id: "actor:abdullahi", name: "Hussein Abdullahi", aliases: ["Abdullahi"], role: "Waiter at the restaurant", mentions: [a.span("Hussein Abdullahi")] }),
    ],
    places: [
      place({ id: "place:mogadishu", name: "Mogadishu", kind: "city", mentions: a.every("Mogadishu") }),
      place({ id: "place:lido-beach", name: "Lido beach", aliases: ["Mogadishu's Lido beach"], kind: "site", mentions: [a.span("Lido beach")] }),
      place({ id: "place:somalia", name: "Somalia", kind: "country", mentions: a.every("Somalia") }),
      place({ id: "place:madina-hospital", name: "Madina Hospital", kind: "site", mentions: [a.span("Madina Hospital")] }),
      place({ id: "place:hodan", name: "Hodan district", aliases: ["Hodan"], kind: "town", mentions: [a.span("Hodan district")] }),
      place({ id: "place:abdiaziz", name: "Abdiaziz district", aliases: ["Abdiaziz"], kind: "town", mentions: [a.span("Abdiaziz district")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "mogadishu", measure: "killed", measureWord: "kills", measureCtx: "bomb kills 14", counted: "people", value: 14, vt: "14", ctx: "kills 14", sentence: "Car bomb kills 14", date: ofBlast, note: "Headline; present-tense verb." }),
      fig(a, { id: "lido-killed", place: "lido-beach", measure: "killed", measureWord: "killing", measureCtx: "killing at least 14", counted: "people", value: 14, qualifier: "at least", vt: "at least 14", sentence: "A car bomb exploded at the gate", source: "police", sourceWords: "police", sourceCtx: "others, police said", date: friday }),
      fig(a, { id: "lido-injured", place: "lido-beach", measure: "injured", measureWord: "wounding", measureCtx: "wounding 22", counted: "others", value: 22, vt: "22", ctx: "wounding 22 others", sentence: "A car bomb exploded at the gate", source: "police", sourceWords: "police", sourceCtx: "others, police said", date: friday }),
      fig(a, { id: "lido-killed-initial", place: "lido-beach", placeBasis: "implied", measure: "killed", measureWord: "toll", measureCtx: "the toll at eight", counted: "people", value: 8, vt: "eight", ctx: "toll at eight", sentence: "Initially police put the toll", source: "police", sourceWords: "police", sourceCtx: "Initially police put", date: ofBlast, note: "The police's first toll; 'Initially' is an adverb, not a name." }),
      fig(a, { id: "lido-killed-risen", place: "lido-beach", placeBasis: "implied", measure: "killed", measureWord: "risen", measureCtx: "it had risen to 17", counted: "people", value: 17, vt: "17", ctx: "risen to 17", sentence: "By Saturday morning it had risen", source: "omar", sourceWords: "Ali Hassan Omar", date: ofBlast, note: "'it' is the toll of the previous sentence." }),
      fig(a, { id: "lido-children-killed", place: "lido-beach", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "three of the dead", counted: "children", value: 3, vt: "three", ctx: "three of the dead", sentence: "three of the dead were children", source: "omar", sourceBasis: "stated", date: ofBlast, note: "Sub-count of the dead; 'He said'." }),
      fig(a, { id: "madina-critical", place: "madina-hospital", measure: "injured", measureWord: "wounded", measureCtx: "five of the wounded", counted: "of the wounded in critical condition", value: 5, vt: "five", ctx: "five of the wounded", sentence: "three of the dead were children", source: "omar", sourceBasis: "stated", date: ofBlast, note: "Sub-count of the wounded, at the hospital." }),
      fig(a, { id: "lido-killed-claimed", place: "lido-beach", placeBasis: "implied", measure: "killed", measureWord: "toll", measureCtx: "a toll of 30", counted: "people", value: 30, vt: "30", ctx: "toll of 30", sentence: "It gave a toll of 30", source: "al-shabaab", sourceBasis: "implied", date: ofBlast, note: "Al Shabaab's own claim, unverified; 'It' is the group." }),
      fig(a, { id: "hodan-killed", place: "hodan", measure: "killed", counted: "people", value: 2, vt: "two", ctx: "another two people", sentence: "another two people were killed", source: "district-official", sourceWords: "a district official", date: day("2025-03-14", { words: a.span("late on Friday"), basis: "inferred" }), note: "'another two': a separate attack." }),
      fig(a, { id: "abdiaziz-detained", place: "abdiaziz", measure: "arrested", measureWord: "detained", measureCtx: "detained four suspects", counted: "suspects", value: 4, vt: "four", ctx: "four suspects", sentence: "Somalia's interior ministry condemned", source: "interior-ministry", sourceWords: "interior ministry", date: day("2025-03-14", { words: a.span("overnight"), basis: "inferred" }) }),
    ],
    statements: [
      say(a, { id: "police-toll", speaker: "police", text: "A car bomb exploded at the gate of a crowded seafood restaurant near Mogadishu's Lido beach on Friday evening, killing at least 14 people and wounding 22 others" }),
      say(a, { id: "nur-minibus", speaker: "nur", text: "the attackers drove a white Toyota minibus packed with explosives toward the restaurant shortly after sunset prayers, when families crowd the beachfront", topics: ["cause"] }),
      say(a, { id: "nur-gate", speaker: "nur", basis: "implied", text: "The guards stopped the vehicle at the gate and the driver set it off right there,", quotes: ["The guards stopped the vehicle at the gate and the driver set it off right there,"], topics: ["cause"] }),
      say(a, { id: "police-initial", speaker: "police", text: "Initially police put the toll at eight", note: "Reported speech: police gave the toll." }),
      say(a, { id: "omar-risen", speaker: "omar", text: "By Saturday morning it had risen to 17" }),
      say(a, { id: "omar-children", speaker: "omar", basis: "implied", text: "three of the dead were children and that five of the wounded were in critical condition at Madina Hospital" }),
      say(a, { id: "shabaab-claim", speaker: "al-shabaab", text: "its fighters had targeted government officials who eat at the restaurant", sentence: "claimed responsibility in a statement", topics: ["blame"] }),
      say(a, { id: "shabaab-toll", speaker: "al-shabaab", basis: "implied", text: "It gave a toll of 30" }),
      say(a, { id: "official-hodan", speaker: "district-official", text: "another two people were killed when a mortar shell landed on houses in Hodan district late on Friday", sentence: "Separately, another two" }),
      say(a, { id: "ministry-detained", speaker: "interior-ministry", text: "security forces had detained four suspects in the nearby Abdiaziz district overnight", sentence: "Somalia's interior ministry condemned" }),
      say(a, { id: "abdi-criminals", speaker: "abdi", text: "These criminals want to frighten people away from the sea and from each other,", quotes: ["These criminals want to frighten people away from the sea and from each other,"], topics: ["blame"] }),
      say(a, { id: "abdullahi-blast", speaker: "abdullahi", text: "the blast threw him across the kitchen", topics: ["grief"] }),
      say(a, { id: "abdullahi-sand", speaker: "abdullahi", basis: "implied", text: "When I stood up, the tables outside were gone and people were lying in the sand,", quotes: ["When I stood up, the tables outside were gone and people were lying in the sand,"], topics: ["grief"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("23"), "age"),
      notFigure(a.span("more than 15 years"), "duration"),
    ],
  });
}
