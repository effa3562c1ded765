import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report, state } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

const vocabulary = { measures: { destroyed: ["setting fire to"], "killed or injured": ["killed or injured"] } };

export function truth(): Report {
  const art = heldOutArticle("gang-attack-artibonite");
  const { a } = art;
  const thursday = day("2025-10-02", { words: a.span("before dawn on Thursday"), basis: "inferred" });
  const ofAttack = day("2025-10-02", { basis: "inferred" }, "The attack before dawn on Thursday.");
  const friday = day("2025-10-03", { words: a.span("on Friday afternoon"), basis: "inferred" });
  const lead = "Gunmen from the Baz Lasous gang";
  const wounded = "A further 16 people";
  const police = "Haitian National Police spokesman";
  const year = { start: "2025-01", end: "2025-09", precision: "month" as const, basis: "stated" as const, year: "inferred" as const, text: a.span("between January and September") };

  return report(art, {
    title: "Gang attack kills at least 41 in central Haiti town",
    outlet: "AFP",
    published: "2025-10-04",
    vocabulary,
    actors: [
      organization({ id: "actor:baz-lasous", name: "Baz Lasous", aliases: ["the Baz Lasous gang", "The gang"], role: "Armed gang", mentions: [a.span("Baz Lasous")] }),
      organization({ id: "actor:un-rights", name: "the United Nations human rights office", aliases: ["United Nations human rights office", "the UN office", "UN office"], role: "UN human rights office", mentions: [a.span("the United Nations human rights office"), a.span("the UN office")] }),
      organization({ id: "actor:iom", name: "International Organization for Migration", aliases: ["IOM"], role: "UN migration agency", mentions: [a.span("International Organization for Migration")] }),
      group({ id: "actor:witnesses", name: "Witnesses", role: "Unnamed witnesses", mentions: [a.span("Witnesses")] }),
      person({ id: "actor:woman", name: "a 41-year-old woman who reached Saint-Marc on foot", aliases: ["a 41-year-old woman"], role: "Unnamed resident who fled", mentions: [a.span("a 41-year-old woman who reached Saint-Marc on foot")] }),
      person({ id: "actor:ti-bos", name: "Ti Bòs", aliases: ["The gang's leader"], role: "Leader of Baz Lasous", affiliation: "actor:baz-lasous", mentions: [a.span("Ti Bòs")] }),
      organization({ id: "actor:viv-ansanm", name: "Viv Ansanm", aliases: ["the Viv Ansanm coalition"], role: "Coalition of gangs", mentions: [a.span("Viv Ansanm")] }),
      state({ id: "actor:united-states", name: "the United States", aliases: ["United States"], role: "State", mentions: [a.span("the United States")] }),
      organization({ id: "actor:pnh", name: "Haitian National Police", aliases: ["the police", "police"], role: "Haiti's police", mentions: [a.span("Haitian National Police")] }),
      person({ id: "actor:desrosiers", name: "Jean-Robert Desrosiers", aliases: ["Desrosiers"], role: "Haitian National Police spokesman", affiliation: "actor:pnh", mentions: [a.span("Jean-Robert Desrosiers")] }),
      organization({ id: "actor:security-mission", name: "the Kenyan-led multinational security mission", aliases: ["multinational security mission"], role: "International security mission", mentions: [a.span("the Kenyan-led multinational security mission")] }),
      organization({ id: "actor:pm-office", name: "The prime minister's office", aliases: ["the prime minister's office"], role: "Office of Haiti's prime minister", mentions: [a.span("The prime minister's office")] }),
    ],
    places: [
      place({ id: "place:port-au-prince", name: "PORT-AU-PRINCE", aliases: ["Port-au-Prince", "the capital"], kind: "city", mentions: [a.span("PORT-AU-PRINCE")] }),
      place({ id: "place:haiti", name: "Haiti", kind: "country", mentions: a.every("Haiti") }),
      place({ id: "place:petite-riviere", name: "Petite-Rivière", aliases: ["the town of Petite-Rivière"], kind: "town", mentions: [a.span("Petite-Rivière")] }),
      place({ id: "place:artibonite", name: "Artibonite", aliases: ["Artibonite department"], kind: "region", mentions: a.every("Artibonite") }),
      place({ id: "place:saint-marc", name: "Saint-Marc", kind: "town", mentions: a.every("Saint-Marc") }),
      place({ id: "place:verrettes", name: "Verrettes", kind: "town", mentions: [a.span("Verrettes")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "haiti", measure: "killed", measureWord: "kills", counted: "people", value: 41, qualifier: "at least", vt: "at least 41", ctx: "kills at least 41", sentence: "Gang attack kills", date: ofAttack, note: "Headline: 'in central Haiti town'." }),
      fig(a, { id: "petite-riviere-killed", place: "petite-riviere", measure: "killed", measureWord: "killing", measureCtx: "killing at least 41", counted: "people", value: 41, qualifier: "at least", vt: "at least 41", ctx: "killing at least 41", sentence: lead, source: "un-rights", sourceWords: "the United Nations human rights office", date: thursday }),
      fig(a, { id: "petite-riviere-women-killed", place: "petite-riviere", measure: "killed", counted: "women", value: 10, vt: "10", ctx: "10 women", sentence: lead, source: "un-rights", sourceWords: "the United Nations human rights office", date: thursday, note: "Sub-count of the 41." }),
      fig(a, { id: "petite-riviere-babies-killed", place: "petite-riviere", measure: "killed", counted: "babies", value: 3, vt: "three", ctx: "three babies", sentence: lead, source: "un-rights", sourceWords: "the United Nations human rights office", date: thursday, note: "Sub-count of the 41." }),
      fig(a, { id: "petite-riviere-wounded", place: "petite-riviere", placeBasis: "implied", measure: "injured", measureWord: "seriously wounded", counted: "people", value: 16, vt: "16", ctx: wounded, sentence: wounded, source: "iom", sourceWords: "International Organization for Migration", date: ofAttack, note: "'A further 16'." }),
      fig(a, { id: "petite-riviere-machete", place: "petite-riviere", placeBasis: "implied", measure: "injured", measureWord: "machete blows", counted: "of the wounded", value: 2, vt: "two", ctx: "two of them by machete", sentence: wounded, source: "iom", sourceWords: "International Organization for Migration", date: ofAttack, note: "Sub-count of the 16." }),
      fig(a, { id: "saint-marc-fled", place: "saint-marc", measure: "displaced", measureWord: "fled", measureCtx: "residents fled", counted: "residents", value: 5900, qualifier: "at least", vt: "at least 5,900", sentence: wounded, source: "iom", sourceWords: "International Organization for Migration", date: ofAttack, note: "Fled from Petite-Rivière to Saint-Marc and Verrettes; the clause names Saint-Marc first." }),
      fig(a, { id: "petite-riviere-homes", place: "petite-riviere", placeBasis: "implied", measure: "destroyed", measureWord: "setting fire to", counted: "homes", value: 45, qualifier: "at least", vt: "at least 45", sentence: "Witnesses told AFP", source: "witnesses", sourceWords: "Witnesses", unit: "homes", date: ofAttack, vocabulary }),
      fig(a, { id: "gang-members-killed", place: "petite-riviere", placeBasis: "inferred", measure: "killed", counted: "gang members", value: 8, vt: "eight", ctx: "eight gang members", sentence: police, source: "desrosiers", sourceWords: "Jean-Robert Desrosiers", date: friday, note: "The counter-offensive is not placed; read as at Petite-Rivière." }),
      fig(a, { id: "police-wounded", place: "petite-riviere", placeBasis: "inferred", measure: "injured", measureWord: "wounded", measureCtx: "police officers had been wounded", counted: "police officers", value: 2, vt: "two", ctx: "two police officers", sentence: police, source: "desrosiers", sourceWords: "Jean-Robert Desrosiers", date: friday }),
      fig(a, { id: "haiti-killed-2025", place: "haiti", measure: "killed", counted: "people", value: 3100, qualifier: "more than", vt: "more than 3,100", sentence: "Later, the UN office said", source: "un-rights", sourceWords: "the UN office", date: year }),
      fig(a, { id: "artibonite-casualties-2025", place: "artibonite", measure: "killed or injured", counted: "people", value: 1236, vt: "1,236", sentence: "In Artibonite alone", source: "un-rights", sourceBasis: "implied", date: { ...year, basis: "implied", text: a.span("over that period") }, vocabulary }),
    ],
    statements: [
      say(a, { id: "un-toll", speaker: "un-rights", text: "Gunmen from the Baz Lasous gang stormed the town of Petite-Rivière in Haiti's Artibonite department before dawn on Thursday, killing at least 41 people, among them 10 women and three babies" }),
      say(a, { id: "iom-wounded-fled", speaker: "iom", text: "A further 16 people were seriously wounded, two of them by machete blows, and at least 5,900 residents fled to the neighbouring towns of Saint-Marc and Verrettes" }),
      say(a, { id: "witnesses-houses", speaker: "witnesses", text: "the attackers moved from house to house with assault rifles, setting fire to at least 45 homes and 34 vehicles" }),
      say(a, { id: "woman-husband", speaker: "woman", text: "They shot my husband in front of the children and then burned the house,", quotes: ["They shot my husband in front of the children and then burned the house,"], topics: ["grief"] }),
      say(a, { id: "ti-bos-punishment", speaker: "ti-bos", text: "the attack was punishment for residents who had helped the police and a local self-defence brigade", topics: ["blame"] }),
      say(a, { id: "desrosiers-counter", speaker: "desrosiers", text: "officers had killed eight gang members in a counter-offensive on Friday afternoon and that two police officers had been wounded" }),
      say(a, { id: "desrosiers-reinforcements", speaker: "desrosiers", basis: "implied", text: "Reinforcements from the Kenyan-led multinational security mission were sent to Saint-Marc, about 30 kilometres to the west", topics: ["rescue"] }),
      say(a, { id: "pm-office-attack", speaker: "pm-office", kind: "mixed", text: `called the killings "an attack on every family in this country"`, quotes: ["an attack on every family in this country"], sentence: "The prime minister's office called", topics: ["blame"] }),
      say(a, { id: "un-year", speaker: "un-rights", text: "between January and September more than 3,100 people had been killed across Haiti in gang violence, most of them in the capital" }),
      say(a, { id: "un-artibonite", speaker: "un-rights", basis: "implied", text: "In Artibonite alone, 1,236 people were killed or injured over that period" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("Oct 4"), "dateline date"),
      notFigure(a.span("34"), "count of vehicles"),
      notFigure(a.span("41-year-old"), "age"),
      notFigure(a.span("about 30 kilometres"), "distance"),
      notFigure(a.span("three days"), "duration"),
    ],
  });
}
