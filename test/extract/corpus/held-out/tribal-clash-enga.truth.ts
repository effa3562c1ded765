import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

const vocabulary = { measures: { destroyed: ["homes were destroyed"] } };

export function truth(): Report {
  const art = heldOutArticle("tribal-clash-enga");
  const { a } = art;
  const ofFighting = { start: "2025-05-12", end: "2025-05-13", precision: "day" as const, basis: "inferred" as const, year: "inferred" as const, note: "The ambush on Monday and two days of fighting." };
  const monday = day("2025-05-12", { words: a.span("on Monday morning"), basis: "inferred" });
  const clans = "Kua said the Sikin and Ambulin clans";
  const wounded = "Police said another 12";
  const fled = "Nearly 2,000 people have fled";

  return report(art, {
    title: "At least 26 killed in clan fighting in Papua New Guinea's Enga province",
    outlet: "AP",
    published: "2025-05-14",
    vocabulary,
    actors: [
      organization({ id: "actor:police", name: "police", aliases: ["Police", "Enga provincial police"], role: "Royal Papua New Guinea Constabulary in Enga", mentions: [a.span("police", "province, police said"), a.span("Police", "Police said another")] }),
      person({ id: "actor:kua", name: "Samson Kua", aliases: ["Kua", "Superintendent Samson Kua"], role: "Enga provincial police commander", affiliation: "actor:police", mentions: [a.span("Samson Kua"), ...a.every("Kua", ["Samson Kua"])] }),
      group({ id: "actor:sikin", name: "Sikin", aliases: ["the Sikin side", "Sikin clan"], role: "Clan", mentions: [a.span("Sikin", "the Sikin and"), a.span("Sikin", "the Sikin side")] }),
      group({ id: "actor:ambulin", name: "Ambulin", aliases: ["Ambulin clan"], role: "Clan", mentions: [a.span("Ambulin")] }),
      organization({ id: "actor:ap", name: "The Associated Press", aliases: ["AP", "Associated Press"], role: "News agency (the report's outlet)", mentions: [a.span("The Associated Press")] }),
      organization({ id: "actor:government", name: "The national government", aliases: ["national government"], role: "Government of Papua New Guinea", mentions: [a.span("The national government")] }),
      organization({ id: "actor:defence-force", name: "The Defence Force", aliases: ["Defence Force"], role: "PNG Defence Force", mentions: [a.span("The Defence Force")] }),
      organization({ id: "actor:un-rco", name: "the UN resident coordinator's office", aliases: ["UN resident coordinator's office"], role: "UN office", mentions: [a.span("the UN resident coordinator's office")] }),
      group({ id: "actor:health-workers", name: "Health workers there", aliases: ["health workers"], role: "Unnamed health workers in the camps", mentions: [a.span("Health workers there")] }),
    ],
    places: [
      place({ id: "place:port-moresby", name: "PORT MORESBY", aliases: ["Port Moresby"], kind: "city", mentions: [a.span("PORT MORESBY")] }),
      place({ id: "place:png", name: "Papua New Guinea", kind: "country", mentions: a.every("Papua New Guinea") }),
      place({ id: "place:enga", name: "Enga province", aliases: ["Enga", "the same province"], kind: "region", mentions: [a.span("Enga province", "Guinea's Enga province"), a.span("Enga", "Enga provincial"), a.span("Enga", "deadlier in Enga"), a.span("the same province")] }),
      place({ id: "place:highlands", name: "the highlands", aliases: ["highlands"], kind: "region", mentions: [a.span("the highlands")] }),
      place({ id: "place:wapenamanda", name: "Wapenamanda", kind: "town", mentions: [a.span("Wapenamanda")] }),
      place({ id: "place:lai-river", name: "the Lai River", aliases: ["Lai River"], kind: "site", mentions: [a.span("the Lai River")] }),
      place({ id: "place:tsak-valley", name: "Tsak Valley", kind: "region", mentions: [a.span("Tsak Valley")] }),
      place({ id: "place:akom", name: "Akom", kind: "town", mentions: [a.span("Akom")] }),
      place({ id: "place:lenki", name: "Lenki", kind: "town", mentions: [a.span("Lenki")] }),
      place({ id: "place:mount-hagen-hospital", name: "Mount Hagen General Hospital", kind: "site", mentions: [a.span("Mount Hagen General Hospital")] }),
      place({ id: "place:western-highlands", name: "Western Highlands province", aliases: ["Western Highlands"], kind: "region", mentions: [a.span("Western Highlands province")] }),
      place({ id: "place:wabag", name: "Wabag", kind: "town", mentions: a.every("Wabag") }),
      place({ id: "place:laiagam", name: "Laiagam district", aliases: ["Laiagam"], kind: "region", mentions: [a.span("Laiagam district")] }),
    ],
    figures: [
      fig(a, { id: "enga-killed", place: "enga", measure: "killed", counted: "people", value: 26, qualifier: "at least", vt: "At least 26", sentence: "At least 26 people were killed", source: "police", sourceWords: "police", sourceCtx: "province, police said", date: ofFighting }),
      fig(a, { id: "wapenamanda-ambushed-killed", place: "wapenamanda", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "17 of the dead", counted: "men from the Sikin side", value: 17, vt: "17", sentence: clans, source: "kua", sourceWords: "Kua", sourceCtx: clans, date: monday, note: "Sub-count of the 26: the men ambushed on the highway near Wapenamanda (previous paragraph); Tsak Valley is where the land dispute is." }),
      fig(a, { id: "akom-homes-destroyed", place: "akom", measure: "destroyed", measureWord: "homes were destroyed", counted: "homes", value: 30, upper: 50, qualifier: "range", vt: "between 30 and 50", sentence: "The others included women", source: "kua", sourceBasis: "implied", unit: "homes", date: ofFighting, vocabulary, note: "In Akom and Lenki; Akom is named first." }),
      fig(a, { id: "enga-wounded", place: "enga", placeBasis: "implied", measure: "injured", measureWord: "wounded", measureCtx: "12 people were wounded", counted: "people", value: 12, vt: "12", sentence: wounded, source: "police", sourceWords: "Police", sourceCtx: wounded, date: ofFighting, note: "'another 12'." }),
      fig(a, { id: "mount-hagen-flown", place: "mount-hagen-hospital", measure: "injured", measureWord: "flown", counted: "of the wounded", value: 8, vt: "Eight", sentence: "Eight of them were flown", source: "police", sourceBasis: "implied", date: ofFighting, note: "Sub-count of the 12." }),
      fig(a, { id: "wabag-fled", place: "wabag", measure: "displaced", measureWord: "fled", measureCtx: "people have fled", counted: "people", value: 2000, qualifier: "nearly", vt: "Nearly 2,000", sentence: fled, source: "un-rco", sourceWords: "the UN resident coordinator's office", date: { start: "2025-05-12", end: "2025-05-14", precision: "day", basis: "stated", year: "inferred", text: a.span("since Monday", "district since Monday") }, note: "To Wabag and to church compounds in Laiagam district; Wabag is named first." }),
      fig(a, { id: "camps-children-died", place: "wabag", placeBasis: "implied", measure: "killed", measureWord: "died", measureCtx: "children had died", counted: "children", value: 3, qualifier: "at least", vt: "at least three", sentence: "Health workers there said", source: "health-workers", sourceWords: "Health workers there", date: null, note: "Died of illness in the camps; 'there' points to Wabag and Laiagam." }),
      fig(a, { id: "enga-2024-killed", place: "enga", placeBasis: "stated", measure: "killed", counted: "people", value: 49, qualifier: "at least", vt: "at least 49", sentence: "In February 2024", date: month("2024-02", { words: a.span("In February 2024") }), note: "Background: 'in the same province'." }),
    ],
    statements: [
      say(a, { id: "police-toll", speaker: "police", text: "At least 26 people were killed in an ambush and two days of fighting between rival clans in Papua New Guinea's Enga province" }),
      say(a, { id: "kua-ambush", speaker: "kua", text: "Fighters armed with AR-15 and M16 rifles as well as bush knives attacked a group traveling on the highway near Wapenamanda on Monday morning" }),
      say(a, { id: "kua-bodies", speaker: "kua", basis: "implied", text: "Bodies were still being recovered from roadside gardens and the Lai River on Tuesday" }),
      say(a, { id: "kua-clans", speaker: "kua", text: "the Sikin and Ambulin clans had been fighting over land near Tsak Valley for months and that 17 of the dead were men from the Sikin side who had been ambushed", topics: ["casualties", "cause"] }),
      say(a, { id: "police-wounded", speaker: "police", text: "another 12 people were wounded" }),
      say(a, { id: "kua-outnumbered", speaker: "kua", text: `We are outnumbered. There are about 40 of us and hundreds of them, and they have better guns than we do,`, quotes: ["We are outnumbered. There are about 40 of us and hundreds of them, and they have better guns than we do,"], sentence: "We are outnumbered", topics: ["warning"] }),
      say(a, { id: "government-terrorism", speaker: "government", text: "described the killings as \"domestic terrorism\" and said 100 more soldiers would be sent to Wabag, the provincial capital, under a state of emergency", topics: ["blame", "rescue"], note: "\"domestic terrorism\": a two-word scare quote, not a quote span." }),
      say(a, { id: "defence-arrived", speaker: "defence-force", text: "its first troops arrived on Wednesday", topics: ["rescue"] }),
      say(a, { id: "un-fled", speaker: "un-rco", text: "Nearly 2,000 people have fled to Wabag and to church compounds in Laiagam district since Monday" }),
      say(a, { id: "health-workers-children", speaker: "health-workers", text: "at least three children had died of illnesses in the crowded camps" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("one", "in one of the deadliest"), "not a count"),
      notFigure(a.span("two days"), "duration"),
      notFigure(a.span("AR-15"), "weapon model"),
      notFigure(a.span("M16"), "weapon model"),
      notFigure(a.span("about 40"), "police officers on duty: not harmed"),
      notFigure(a.span("hundreds"), "vague quantity with no number"),
      notFigure(a.span("100 more soldiers"), "soldiers sent: not harmed"),
    ],
  });
}
