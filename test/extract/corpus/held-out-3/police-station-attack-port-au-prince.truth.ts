import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report, state } from "../../truth-builder";
import { fig, heldOut3Article, say } from "./kit";

const vocabulary = { measures: { destroyed: ["burnt down"], displaced: ["driven from their homes"] } };

export function truth(): Report {
  const art = heldOut3Article("police-station-attack-port-au-prince");
  const { a } = art;
  const overnight = day("2026-07-05", { words: a.span("overnight", "killed overnight"), basis: "inferred" }, "The night before Sunday's report (after midnight).");
  const ofAttack = day("2026-07-05", { basis: "inferred" }, "The attack after midnight, Saturday to Sunday.");
  const lead = "At least 14 people, three of them";
  const police = { source: "police", sourceWords: "police", sourceCtx: "police and residents said" };
  const dateline = "No place is named for the station: the dateline city, where the story happened (README: the dateline is the place when the event is in the dateline city and nothing more specific is named).";
  const joseph = "She said 11 civilians";

  return report(art, {
    title: "Haiti gang attack on police station leaves 14 dead",
    outlet: "AFP",
    published: "2026-07-05",
    vocabulary,
    actors: [
      group({ id: "actor:police", name: "police", aliases: ["Haitian National Police"], role: "Haiti's police", mentions: [a.span("police", "police and residents said")] }),
      group({ id: "actor:residents", name: "residents", aliases: ["Residents"], role: "Residents near the station", mentions: [a.span("residents", "police and residents said"), a.span("Residents")] }),
      person({ id: "actor:joseph", name: "Marie-Claude Joseph", aliases: ["Inspector Marie-Claude Joseph", "a police spokeswoman", "She"], role: "Police spokeswoman", affiliation: "actor:police", mentions: [a.span("Marie-Claude Joseph")] }),
      organization({ id: "actor:magik9", name: "Magik 9", role: "Local radio station (outlet, not a speaker)", mentions: [a.span("Magik 9")] }),
      organization({ id: "actor:viv-ansanm", name: "Viv Ansanm", aliases: ["the Viv Ansanm gang coalition", "The coalition"], role: "Gang coalition", mentions: [a.span("Viv Ansanm")] }),
      state({ id: "actor:united-states", name: "United States", aliases: ["the United States"], role: "State", mentions: [a.span("United States")] }),
      person({ id: "actor:pierre", name: "Jean-Robert Pierre", aliases: ["Pierre"], role: "Shopkeeper near the station", mentions: [a.span("Jean-Robert Pierre")] }),
      organization({ id: "actor:msf", name: "Doctors Without Borders", aliases: ["MSF", "Médecins Sans Frontières"], role: "Medical charity", mentions: [a.span("Doctors Without Borders")] }),
      organization({ id: "actor:gsf", name: "Gang Suppression Force", aliases: ["the UN-backed Gang Suppression Force"], role: "UN-backed international force in Haiti", mentions: [a.span("Gang Suppression Force")] }),
      organization({ id: "actor:iom", name: "International Organization for Migration", aliases: ["IOM"], role: "UN migration agency", mentions: [a.span("International Organization for Migration")] }),
    ],
    places: [
      place({ id: "place:haiti", name: "Haiti", kind: "country", mentions: [a.span("Haiti", "Haiti gang attack")] }),
      place({ id: "place:port-au-prince", name: "Port-au-Prince", aliases: ["PORT-AU-PRINCE", "the capital", "the Port-au-Prince metropolitan area"], kind: "city", mentions: [a.span("PORT-AU-PRINCE"), a.span("the capital"), a.span("Port-au-Prince")] }),
      place({ id: "place:artibonite", name: "Artibonite department", aliases: ["Artibonite"], kind: "region", mentions: [a.span("Artibonite department")] }),
      place({ id: "place:pont-sonde", name: "Pont-Sondé", aliases: ["Pont-Sonde", "the town of Pont-Sondé"], kind: "town", mentions: [a.span("Pont-Sondé")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "haiti", measure: "killed", measureWord: "dead", measureCtx: "14 dead", counted: "people", value: 14, vt: "14", ctx: "leaves 14 dead", sentence: "Haiti gang attack", date: ofAttack, note: "Headline; it names Haiti." }),
      fig(a, { ...police, id: "port-au-prince-killed", place: "port-au-prince", placeBasis: "implied", measure: "killed", measureWord: "killed", measureCtx: "were killed overnight", counted: "people", value: 14, qualifier: "at least", vt: "At least 14", sentence: lead, date: overnight, note: `${dateline} Police and residents: the first named is credited.` }),
      fig(a, { ...police, id: "port-au-prince-officers-killed", place: "port-au-prince", placeBasis: "implied", measure: "killed", measureWord: "killed", measureCtx: "were killed overnight", counted: "police officers", value: 3, vt: "three", ctx: "three of them police", sentence: lead, date: overnight, note: "Sub-count of the 14." }),
      fig(a, { id: "port-au-prince-civilians-killed", place: "port-au-prince", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "among the dead", counted: "civilians caught in their homes", value: 11, vt: "11", ctx: "11 civilians", sentence: joseph, source: "joseph", sourceWords: "She", sourceCtx: joseph, date: ofAttack, note: "Sub-count of the 14 (with the three officers)." }),
      fig(a, { id: "port-au-prince-injured", place: "port-au-prince", placeBasis: "implied", measure: "injured", measureWord: "wounded", measureCtx: "had been wounded", counted: "other people", value: 9, vt: "nine", ctx: "nine other people", sentence: joseph, source: "joseph", sourceWords: "She", sourceCtx: joseph, date: ofAttack }),
      fig(a, { id: "port-au-prince-officers-injured", place: "port-au-prince", placeBasis: "implied", measure: "injured", measureWord: "wounded", measureCtx: "had been wounded", counted: "officers", value: 2, vt: "two", ctx: "including two officers", sentence: joseph, source: "joseph", sourceWords: "She", sourceCtx: joseph, date: ofAttack, note: "Sub-count of the nine wounded." }),
      fig(a, { id: "port-au-prince-houses-destroyed", place: "port-au-prince", placeBasis: "implied", measure: "destroyed", measureWord: "burnt down", counted: "houses", value: 20, qualifier: "about", vt: "about 20", sentence: "Jean-Robert Pierre, who runs", source: "pierre", sourceWords: "Jean-Robert Pierre", unit: "homes", date: ofAttack, vocabulary, note: "'along his street', near the station: the dateline city." }),
      fig(a, { id: "port-au-prince-msf-injured", place: "port-au-prince", measure: "injured", measureWord: "wounded", measureCtx: "six of the wounded", counted: "of the wounded", value: 6, vt: "six", ctx: "six of the wounded", sentence: "Doctors Without Borders said", source: "msf", sourceWords: "Doctors Without Borders", date: ofAttack, note: "Its unnamed hospital 'in the capital': Port-au-Prince, stated. Sub-count of the nine." }),
      fig(a, { id: "port-au-prince-burns", place: "port-au-prince", measure: "injured", measureWord: "serious burns", counted: "of the wounded, with serious burns", value: 2, vt: "two", ctx: "two of them with serious burns", sentence: "Doctors Without Borders said", source: "msf", sourceWords: "Doctors Without Borders", date: ofAttack, note: "Sub-count of the six." }),
      fig(a, { id: "pont-sonde-killed", place: "pont-sonde", measure: "killed", counted: "gang members", value: 8, vt: "eight", ctx: "killed eight gang members", sentence: "Separately, the UN-backed", source: "gsf", sourceWords: "the UN-backed Gang Suppression Force", date: day("2026-07-04", { words: a.span("on Saturday", "Artibonite department on Saturday"), basis: "inferred" }), note: "In the Artibonite department, near Pont-Sondé: the more specific place of the same clause." }),
      fig(a, { id: "haiti-displaced", place: "haiti", placeBasis: "implied", measure: "displaced", measureWord: "driven from their homes", counted: "Haitians", value: 1300000, qualifier: "more than", vt: "more than 1.3 million", sentence: "The International Organization for Migration", source: "iom", sourceWords: "The International Organization for Migration", date: null, vocabulary, note: "Background; 'Haitians': Haiti, from the headline. The 'about half' in Port-au-Prince is a share, not a count." }),
    ],
    statements: [
      say(a, { id: "police-toll", speaker: "police", text: "At least 14 people, three of them police officers, were killed overnight when gang members tried to overrun a police station and set fire to homes around it", note: "Police and residents." }),
      say(a, { id: "joseph-fight", speaker: "joseph", text: "The attackers opened fire shortly after midnight and battled officers for several hours" }),
      say(a, { id: "joseph-dead", speaker: "joseph", text: "11 civilians caught in their homes were among the dead and that nine other people had been wounded, including two officers" }),
      say(a, { id: "residents-blame", speaker: "residents", text: "blamed the Viv Ansanm gang coalition", topics: ["blame"] }),
      say(a, { id: "pierre-houses", speaker: "pierre", text: "he had counted about 20 houses burnt down along his street", topics: ["casualties", "grief"] }),
      say(a, { id: "pierre-hid", speaker: "pierre", text: "We hid under the bed with the children and listened to the shooting until morning,", quotes: ["We hid under the bed with the children and listened to the shooting until morning,"], topics: ["grief"] }),
      say(a, { id: "msf-hospital", speaker: "msf", text: "its hospital in the capital had received six of the wounded, two of them with serious burns" }),
      say(a, { id: "gsf-operation", speaker: "gsf", text: "its Kenyan-led units had killed eight gang members during an operation in the Artibonite department on Saturday, near the town of Pont-Sondé" }),
      say(a, { id: "iom-displaced", speaker: "iom", text: "more than 1.3 million Haitians have been driven from their homes by gang violence, about half of them in the Port-au-Prince metropolitan area" }),
    ],
    events: [],
    otherNumerals: [notFigure(a.span("9", "Magik 9"), "name of a radio station")],
  });
}
