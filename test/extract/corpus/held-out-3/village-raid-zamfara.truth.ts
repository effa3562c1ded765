import { day } from "../../../../data/authoring/anchor";
import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut3Article, say } from "./kit";

const vocabulary = { measures: { hostages: ["abducting", "taken into"] } };

export function truth(): Report {
  const art = heldOut3Article("village-raid-zamfara");
  const { a } = art;
  const tuesday = day("2026-05-12", { words: a.span("late Tuesday"), basis: "inferred" });
  const ofRaid = day("2026-05-12", { basis: "inferred" }, "The raid late on Tuesday.");
  const lead = "Gunmen on motorcycles raided";
  const police = { source: "police", sourceWords: "police", sourceCtx: "police and residents said" };
  const village = "The lead names Zamfara state; the next paragraph names the village raided, Kadawa (README: the incident's own site).";
  const sixMonths: ReportDate = {
    start: "2025-10",
    end: "2026-04",
    precision: "month",
    basis: "inferred",
    year: "inferred",
    text: a.span("over the previous six months"),
    note: "Said 'last month' (April 2026): the six months before it.",
  };

  return report(art, {
    title: "Gunmen kill 23 villagers in northwest Nigeria",
    outlet: "The Associated Press",
    published: "2026-05-13",
    vocabulary,
    actors: [
      organization({ id: "actor:police", name: "Zamfara State Police Command", aliases: ["police"], role: "Police of Zamfara state", mentions: [a.span("police", "police and residents said")] }),
      group({ id: "actor:residents", name: "residents", role: "Residents of Kadawa", mentions: [a.span("residents", "police and residents said")] }),
      person({ id: "actor:garba", name: "Yakubu Garba", aliases: ["Garba"], role: "Police spokesman in Gusau", affiliation: "actor:police", mentions: [a.span("Yakubu Garba"), a.span("Garba", "Garba said")] }),
      person({ id: "actor:sani", name: "Aminu Sani", aliases: ["Sani"], role: "Farmer of Kadawa who escaped", mentions: [a.span("Aminu Sani"), a.span("Sani", "Sani said")] }),
      organization({ id: "actor:ap", name: "The Associated Press", aliases: ["AP", "Associated Press"], role: "News agency (outlet, not a speaker)", mentions: [a.span("AP"), a.span("The Associated Press")] }),
      organization({ id: "actor:army", name: "Nigerian army", aliases: ["the Nigerian army"], role: "Nigeria's army", mentions: [a.span("Nigerian army")] }),
      group({ id: "actor:bandits", name: "bandits", aliases: ["Armed gangs known locally as bandits", "armed gangs"], role: "Armed gangs of northwest Nigeria", mentions: [a.span("bandits", "known locally as bandits")] }),
      organization({ id: "actor:amnesty", name: "Amnesty International", role: "Human rights organisation", mentions: [a.span("Amnesty International")] }),
    ],
    places: [
      place({ id: "place:nigeria", name: "Nigeria", kind: "country", mentions: a.every("Nigeria") }),
      place({ id: "place:northwest-nigeria", name: "North West (Nigeria)", aliases: ["northwest Nigeria", "the northwest", "northwestern Nigeria"], kind: "region", mentions: [a.span("northwest Nigeria", "villagers in northwest Nigeria"), a.span("northwest Nigeria", "attacks in northwest Nigeria"), a.span("northwestern Nigeria")] }),
      place({ id: "place:abuja", name: "Abuja", aliases: ["ABUJA"], kind: "city", mentions: [a.span("ABUJA")] }),
      place({ id: "place:zamfara", name: "Zamfara state", aliases: ["Zamfara"], kind: "region", mentions: [a.span("Zamfara state")] }),
      place({ id: "place:kadawa", name: "Kadawa", kind: "town", mentions: [a.span("Kadawa")] }),
      place({ id: "place:maru", name: "Maru local government area", aliases: ["Maru"], kind: "region", mentions: [a.span("Maru local government area")] }),
      place({ id: "place:gusau", name: "Gusau", kind: "city", mentions: a.every("Gusau") }),
      place({ id: "place:fmc-gusau", name: "Federal Medical Centre in Gusau", aliases: ["Federal Medical Centre"], kind: "site", mentions: [a.span("Federal Medical Centre")] }),
      place({ id: "place:katsina", name: "Katsina state", aliases: ["Katsina"], kind: "region", mentions: [a.span("Katsina state")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "northwest-nigeria", measure: "killed", measureWord: "kill", measureCtx: "Gunmen kill 23", counted: "villagers", value: 23, vt: "23", ctx: "kill 23 villagers", sentence: "Gunmen kill 23 villagers", date: ofRaid, note: "Headline; it names northwest Nigeria, a region (the North West zone)." }),
      fig(a, { ...police, id: "kadawa-killed", place: "kadawa", placeBasis: "implied", measure: "killed", measureWord: "killing", measureCtx: "killing at least 23", counted: "people", value: 23, qualifier: "at least", vt: "at least 23", sentence: lead, date: tuesday, note: `${village} Police and residents: the first named is credited.` }),
      fig(a, { ...police, id: "kadawa-abducted", place: "kadawa", placeBasis: "implied", measure: "hostages", measureWord: "abducting", counted: "others", value: 40, qualifier: "more than", vt: "more than 40", sentence: lead, date: tuesday, vocabulary, note: village }),
      fig(a, { id: "kadawa-abducted-range", place: "kadawa", placeBasis: "implied", measure: "hostages", measureWord: "taken into", counted: "people", value: 40, upper: 50, qualifier: "range", vt: "Between 40 and 50", sentence: "Between 40 and 50 people", source: "garba", sourceWords: "Garba", sourceCtx: "Garba said", date: ofRaid, vocabulary, note: "Taken into 'the nearby forest' (unnamed): the village's." }),
      fig(a, { id: "kadawa-children-abducted", place: "kadawa", placeBasis: "implied", measure: "hostages", measureWord: "taken into", measureCtx: "taken into the nearby", counted: "children", value: 15, qualifier: "at least", vt: "at least 15", sentence: "Between 40 and 50 people", source: "garba", sourceWords: "Garba", sourceCtx: "Garba said", date: ofRaid, vocabulary, note: "Sub-count of the 40 to 50." }),
      fig(a, { id: "fmc-gusau-injured", place: "fmc-gusau", measure: "injured", measureWord: "gunshot wounds", counted: "people with gunshot wounds", value: 8, vt: "eight", ctx: "Another eight people", sentence: "Another eight people with gunshot", source: "garba", sourceBasis: "implied", date: ofRaid, note: "No source in the sentence; Garba is credited in the sentence before. A count in a hospital takes the hospital." }),
      fig(a, { id: "kadawa-bodies", place: "kadawa", placeBasis: "implied", measure: "killed", measureWord: "bodies", measureCtx: "26 bodies", counted: "bodies", value: 26, vt: "26", sentence: "Aminu Sani, a farmer", source: "sani", sourceWords: "Aminu Sani", date: day("2026-05-13", { words: a.span("on Wednesday morning"), basis: "inferred" }, "The burial; the deaths were the night before."), note: "Bodies he helped bury: a toll of its own, higher than the police's." }),
      fig(a, { id: "katsina-killed", place: "katsina", measure: "killed", counted: "bandits", value: 11, vt: "11", ctx: "killed 11 bandits", sentence: "Separately, the Nigerian army", source: "army", sourceWords: "the Nigerian army", date: day("2026-05-11", { words: a.span("on Monday", "ambush on Monday"), basis: "inferred" }) }),
      fig(a, { id: "northwest-nigeria-killed", place: "northwest-nigeria", measure: "killed", counted: "people", value: 1300, qualifier: "more than", vt: "more than 1,300", sentence: "Amnesty International said", source: "amnesty", sourceWords: "Amnesty International", date: sixMonths, note: "Background tally." }),
    ],
    statements: [
      say(a, { id: "police-toll", speaker: "police", text: "Gunmen on motorcycles raided a farming village in northwestern Nigeria's Zamfara state, killing at least 23 people and abducting more than 40 others", note: "Police and residents." }),
      say(a, { id: "garba-raid", speaker: "garba", text: "The attackers rode into Kadawa, in the Maru local government area, late Tuesday and moved from house to house, shooting residents and setting fire to grain stores" }),
      say(a, { id: "garba-abducted", speaker: "garba", text: "Between 40 and 50 people were taken into the nearby forest, among them at least 15 children" }),
      say(a, { id: "sani-bury", speaker: "sani", text: "he had helped bury 26 bodies on Wednesday morning", topics: ["casualties", "grief"] }),
      say(a, { id: "sani-brother", speaker: "sani", text: "They shot my brother in front of the mosque and carried my wife away on a motorcycle,", quotes: ["They shot my brother in front of the mosque and carried my wife away on a motorcycle,"], topics: ["grief"] }),
      say(a, { id: "sani-nobody", speaker: "sani", basis: "implied", text: "Nobody came to help us until the sun was up.", quotes: ["Nobody came to help us until the sun was up."], topics: ["grief", "blame"] }),
      say(a, { id: "army-katsina", speaker: "army", text: "troops killed 11 bandits in an ambush on Monday in neighbouring Katsina state, and freed several captives" }),
      say(a, { id: "amnesty-toll", speaker: "amnesty", text: "more than 1,300 people had been killed in such attacks in northwest Nigeria over the previous six months" }),
      say(a, { id: "amnesty-blame", speaker: "amnesty", text: "accused the authorities of failing to protect rural communities", topics: ["blame"] }),
    ],
    events: [],
    otherNumerals: [],
  });
}
