import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report, state } from "../../truth-builder";
import { fig, heldOut3Article, say } from "./kit";

export function truth(): Report {
  const art = heldOut3Article("checkpoint-attack-north-waziristan");
  const { a } = art;
  const saturday = day("2026-03-07", { words: a.span("before dawn on Saturday"), basis: "inferred" });
  const ofAttack = day("2026-03-07", { basis: "inferred" }, "The attack before dawn on Saturday.");
  const lead = "Militants armed with rocket-propelled grenades";
  const officials = { source: "security-officials", sourceWords: "two security officials" };
  const post = "The post lay outside Ghulam Khan, named in the next paragraph: the lead's North Waziristan district holds it (see README: the incident's own site).";

  return report(art, {
    title: "Militants kill 12 at checkpoint in northwest Pakistan",
    outlet: "Reuters",
    published: "2026-03-07",
    actors: [
      group({ id: "actor:security-officials", name: "security officials", aliases: ["two security officials", "the officials"], role: "Two Pakistani security officials, unnamed", mentions: [a.span("security officials"), a.span("the officials")] }),
      organization({ id: "actor:frontier-corps", name: "Frontier Corps", role: "Pakistani paramilitary force", mentions: [a.span("Frontier Corps")] }),
      organization({ id: "actor:ispr", name: "Inter-Services Public Relations", aliases: ["ISPR", "the military's media wing", "military's media wing"], role: "Media wing of Pakistan's military", mentions: [a.span("military's media wing")] }),
      group({ id: "actor:district-police", name: "district police", role: "Police of North Waziristan district", mentions: [a.span("district police")] }),
      person({ id: "actor:dawar", name: "Imran Dawar", aliases: ["Dawar", "Police officer Imran Dawar"], role: "Police officer", affiliation: "actor:district-police", mentions: [a.span("Imran Dawar"), a.span("Dawar", "Dawar said")] }),
      organization({ id: "actor:reuters", name: "Reuters", role: "News agency (outlet; credited for its own tally)", mentions: a.every("Reuters") }),
      organization({ id: "actor:ttp", name: "Tehrik-e-Taliban Pakistan", aliases: ["TTP", "Pakistani Taliban"], role: "Umbrella of militant factions", mentions: [a.span("Tehrik-e-Taliban Pakistan"), a.span("TTP")] }),
      organization({ id: "actor:afghan-taliban", name: "Afghan Taliban", aliases: ["the Taliban administration", "Taliban administration", "Kabul"], role: "Afghanistan's de facto government", mentions: [a.span("Afghan Taliban"), a.span("Kabul"), a.span("Taliban administration")] }),
      state({ id: "actor:pakistan-government", name: "government of Pakistan", aliases: ["Islamabad"], role: "Pakistan's government", mentions: [a.span("Islamabad")] }),
      person({ id: "actor:police-spokesman", name: "police spokesman in Peshawar", aliases: ["a police spokesman in Peshawar", "police spokesman"], role: "Police spokesman, unnamed", mentions: [a.span("police spokesman")] }),
    ],
    places: [
      place({ id: "place:pakistan", name: "Pakistan", kind: "country", mentions: a.every("Pakistan", ["Tehrik-e-Taliban Pakistan"]) }),
      place({ id: "place:peshawar", name: "Peshawar", aliases: ["PESHAWAR"], kind: "city", mentions: [a.span("PESHAWAR"), a.span("Peshawar", "spokesman in Peshawar")] }),
      place({ id: "place:north-waziristan", name: "North Waziristan district", aliases: ["North Waziristan"], kind: "region", mentions: [a.span("North Waziristan district")] }),
      place({ id: "place:ghulam-khan", name: "Ghulam Khan", aliases: ["the village of Ghulam Khan"], kind: "town", mentions: [a.span("Ghulam Khan")] }),
      place({ id: "place:rawalpindi", name: "Rawalpindi", kind: "city", mentions: [a.span("Rawalpindi")] }),
      place({ id: "place:cmh-bannu", name: "Combined Military Hospital in Bannu", aliases: ["Combined Military Hospital"], kind: "site", mentions: [a.span("Combined Military Hospital")] }),
      place({ id: "place:bannu", name: "Bannu", kind: "city", mentions: [a.span("Bannu")] }),
      place({ id: "place:lakki-marwat", name: "Lakki Marwat district", aliases: ["Lakki Marwat"], kind: "region", mentions: [a.span("Lakki Marwat district")] }),
      place({ id: "place:khyber-pakhtunkhwa", name: "Khyber Pakhtunkhwa province", aliases: ["Khyber Pakhtunkhwa"], kind: "region", mentions: [a.span("Khyber Pakhtunkhwa province")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "pakistan", measure: "killed", measureWord: "kill", measureCtx: "Militants kill 12", counted: "people", value: 12, vt: "12", ctx: "kill 12 at", sentence: "Militants kill 12 at", date: ofAttack, note: "Headline; present tense. The headline names northwest Pakistan." }),
      fig(a, { ...officials, id: "ghulam-khan-killed", place: "ghulam-khan", placeBasis: "implied", measure: "killed", measureWord: "killing", measureCtx: "killing 12 security", counted: "security personnel", value: 12, vt: "12", ctx: "killing 12 security", sentence: lead, date: saturday, note: post }),
      fig(a, { ...officials, id: "ghulam-khan-injured", place: "ghulam-khan", placeBasis: "implied", measure: "injured", measureWord: "wounding", measureCtx: "wounding nine", counted: "others", value: 9, vt: "nine", ctx: "wounding nine others", sentence: lead, date: saturday, note: post }),
      fig(a, { id: "ghulam-khan-soldiers-killed", place: "ghulam-khan", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "Seven of the dead", counted: "soldiers", value: 7, vt: "Seven", ctx: "Seven of the dead", sentence: "Seven of the dead were soldiers", source: "security-officials", date: ofAttack, note: "Sub-count of the 12; 'they said'." }),
      fig(a, { id: "ghulam-khan-levies-killed", place: "ghulam-khan", placeBasis: "implied", measure: "killed", counted: "members of a local levies force", value: 5, vt: "five", ctx: "five belonged", sentence: "Seven of the dead were soldiers", source: "security-officials", date: ofAttack, note: "Sub-count of the 12: 'five belonged to a local levies force' (of the dead)." }),
      fig(a, { id: "ghulam-khan-attackers-killed", place: "ghulam-khan", placeBasis: "implied", measure: "killed", measureWord: "died", measureCtx: "attackers died", counted: "attackers", value: 6, vt: "six", ctx: "Another six attackers", sentence: "Another six attackers died", source: "ispr", sourceWords: "the military's media wing", date: ofAttack, note: "'Another six': militants, on top of the 12 security personnel." }),
      fig(a, { id: "ghulam-khan-killed-initial", place: "ghulam-khan", placeBasis: "implied", measure: "killed", measureWord: "death toll", measureCtx: "put the death toll at eight", counted: "people", value: 8, vt: "eight", ctx: "death toll at eight", sentence: "Initially, district police", source: "district-police", sourceWords: "district police", date: ofAttack, note: "The police's first toll, superseded by the 12 of the lead; a figure of its own." }),
      fig(a, { id: "cmh-bannu-injured", place: "cmh-bannu", measure: "injured", measureWord: "wounded", measureCtx: "four of the wounded", counted: "of the wounded, in critical condition", value: 4, vt: "four", ctx: "four of the wounded", sentence: "Police officer Imran Dawar", source: "dawar", sourceWords: "Imran Dawar", date: ofAttack, note: "Sub-count of the nine wounded; a count in a hospital takes the hospital." }),
      fig(a, { id: "lakki-marwat-killed", place: "lakki-marwat", measure: "killed", measureWord: "killing", measureCtx: "killing two constables", counted: "constables", value: 2, vt: "two", ctx: "killing two constables", sentence: "Separately, an IED", source: "police-spokesman", sourceWords: "a police spokesman in Peshawar", date: day("2026-03-06", { words: a.span("on Friday evening"), basis: "inferred" }), note: "A separate attack. The spokesman's seat (Peshawar) is not the count's place." }),
      fig(a, { id: "khyber-pakhtunkhwa-killed", place: "khyber-pakhtunkhwa", measure: "killed", counted: "members of the security forces", value: 40, qualifier: "more than", vt: "More than 40", sentence: "More than 40 members", source: "reuters", sourceWords: "a Reuters tally", date: { ...month("2026-01", { words: a.span("since January") }), end: "2026-03-07" }, note: "Background tally. Reuters is credited: the count is its own tally, and no one else is named." }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "security-officials", text: "Militants armed with rocket-propelled grenades stormed a paramilitary checkpoint in Pakistan's North Waziristan district before dawn on Saturday, killing 12 security personnel and wounding nine others" }),
      say(a, { id: "officials-post", speaker: "security-officials", text: "The assault hit a Frontier Corps post outside the village of Ghulam Khan, close to the Afghan border" }),
      say(a, { id: "officials-dead", speaker: "security-officials", basis: "implied", text: "Seven of the dead were soldiers and five belonged to a local levies force" }),
      say(a, { id: "ispr-attackers", speaker: "ispr", text: "Another six attackers died when troops fired back", sentence: "Another six attackers died" }),
      say(a, { id: "ispr-gunfight", speaker: "ispr", basis: "implied", text: "the gunfight went on for about three hours" }),
      say(a, { id: "police-initial", speaker: "district-police", text: "had put the death toll at eight", sentence: "Initially, district police" }),
      say(a, { id: "dawar-wounded", speaker: "dawar", text: "four of the wounded were in critical condition at the Combined Military Hospital in Bannu" }),
      say(a, { id: "dawar-rpgs", speaker: "dawar", basis: "implied", text: "They came at us from three sides with RPGs and machine guns, and our men held on until the helicopters arrived,", quotes: ["They came at us from three sides with RPGs and machine guns, and our men held on until the helicopters arrived,"], topics: ["casualties", "cause"] }),
      say(a, { id: "ttp-claim", speaker: "ttp", text: "claimed the attack in a message sent to journalists", topics: ["blame"] }),
      say(a, { id: "islamabad-accuses", speaker: "pakistan-government", text: "accuses Kabul of sheltering the group", topics: ["blame"] }),
      say(a, { id: "taliban-rejects", speaker: "afghan-taliban", text: "a charge the Taliban administration rejects", topics: ["blame"] }),
      say(a, { id: "spokesman-lakki", speaker: "police-spokesman", text: "an IED planted by a roadside tore through a police van in Lakki Marwat district on Friday evening, killing two constables" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("two", "two security officials"), "count of sources"),
      notFigure(a.span("about three hours"), "duration"),
      notFigure(a.span("three sides"), "in a quote: directions of the assault"),
    ],
  });
}
