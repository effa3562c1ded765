import { day, year } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report, state } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

const vocabulary = { measures: { hostages: ["took away"] } };

export function truth(): Report {
  const art = heldOut2Article("market-attack-natiaboani");
  const { a } = art;
  const saturday = day("2025-10-04", { words: a.span("on Saturday"), basis: "inferred" });
  const ofAttack = day("2025-10-04", { basis: "inferred" }, "The market attack on Saturday.");
  const lead = "Suspected jihadists killed at least 22";
  const bury = "helped bury 27 bodies";
  const acled = "Violence linked to jihadist groups";

  return report(art, {
    title: "Jihadists kill at least 22 at market in eastern Burkina Faso",
    outlet: "AFP",
    published: "2025-10-06",
    vocabulary,
    actors: [
      organization({ id: "actor:afp", name: "AFP", aliases: ["Agence France-Presse"], role: "News agency (outlet, not a speaker)", mentions: a.every("AFP") }),
      group({ id: "actor:sources", name: "security and local sources", role: "Unnamed security and local sources", mentions: [a.span("security and local sources")] }),
      person({ id: "actor:local-official", name: "a local official", aliases: ["the official"], role: "Unnamed local official, speaking on condition of anonymity", mentions: [a.span("a local official"), a.span("the official", "the official said.")] }),
      person({ id: "actor:resident", name: "a resident", aliases: ["A resident who fled to Fada N'Gourma"], role: "Resident of Natiaboani who fled to Fada N'Gourma", mentions: [a.span("A resident")] }),
      person({ id: "actor:health-worker", name: "a health worker", role: "Health worker at the regional hospital in Fada N'Gourma", mentions: [a.span("a health worker")] }),
      organization({ id: "actor:jnim", name: "Group for the Support of Islam and Muslims", aliases: ["JNIM"], role: "Jihadist armed group linked to Al-Qaeda", affiliation: "actor:al-qaeda", mentions: [a.span("Group for the Support of Islam and Muslims"), a.span("JNIM")] }),
      organization({ id: "actor:al-qaeda", name: "Al-Qaeda", role: "Jihadist network", mentions: [a.span("Al-Qaeda")] }),
      organization({ id: "actor:vdp", name: "Volunteers for the Defence of the Homeland", aliases: ["VDP"], role: "Civilian militia allied with Burkina Faso's army", mentions: [a.span("Volunteers for the Defence of the Homeland"), a.span("VDP")] }),
      state({ id: "actor:junta", name: "ruling junta", aliases: ["The ruling junta", "junta"], role: "Burkina Faso's military government", mentions: [a.span("ruling junta")] }),
      organization({ id: "actor:acled", name: "ACLED", aliases: ["Armed Conflict Location and Event Data"], role: "Conflict monitor", mentions: [a.span("ACLED")] }),
    ],
    places: [
      place({ id: "place:abidjan", name: "Abidjan", aliases: ["ABIDJAN"], kind: "city", mentions: [a.span("ABIDJAN")], note: "Dateline far from the event (Côte d'Ivoire)." }),
      place({ id: "place:burkina-faso", name: "Burkina Faso", aliases: ["eastern Burkina Faso"], kind: "country", mentions: a.every("Burkina Faso") }),
      place({ id: "place:natiaboani", name: "Natiaboani", kind: "town", mentions: [a.span("Natiaboani")] }),
      place({ id: "place:fada-ngourma", name: "Fada N'Gourma", kind: "city", mentions: a.every("Fada N'Gourma") }),
      place({ id: "place:east-region", name: "East region", aliases: ["the East region"], kind: "region", mentions: [a.span("East region")] }),
      place({ id: "place:fada-hospital", name: "regional hospital in Fada N'Gourma", aliases: ["the regional hospital"], kind: "site", mentions: [a.span("regional hospital in Fada N'Gourma")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "burkina-faso", measure: "killed", measureWord: "kill", measureCtx: "Jihadists kill", counted: "people", value: 22, qualifier: "at least", vt: "at least 22", ctx: "kill at least 22", sentence: "Jihadists kill at least 22", date: ofAttack, note: "Headline; present tense. The headline names eastern Burkina Faso." }),
      fig(a, { id: "burkina-killed", place: "burkina-faso", measure: "killed", counted: "civilians", value: 22, qualifier: "at least", vt: "at least 22", ctx: lead, sentence: lead, source: "sources", sourceWords: "security and local sources", date: saturday, note: "The lead's place is eastern Burkina Faso; Natiaboani is named in the next paragraph." }),
      fig(a, { id: "natiaboani-abducted", place: "natiaboani", placeBasis: "implied", measure: "hostages", measureWord: "took away", counted: "young men", value: 10, upper: 15, qualifier: "range", vt: "between 10 and 15", sentence: "The attackers also took away", source: "local-official", sourceBasis: "implied", sourceWords: "the official", sourceCtx: "the official said.", date: ofAttack, vocabulary, note: "Abducted: 'took away'. Natiaboani is in the sentence before." }),
      fig(a, { id: "natiaboani-bodies", place: "natiaboani", placeBasis: "implied", measure: "killed", measureWord: "bodies", measureCtx: "27 bodies", counted: "bodies", value: 27, vt: "27", ctx: bury, sentence: bury, source: "resident", sourceWords: "A resident", date: ofAttack, note: "Buried at Natiaboani (the paragraph before); Fada N'Gourma is where the resident fled, not where the dead were counted." }),
      fig(a, { id: "natiaboani-women-killed", place: "natiaboani", placeBasis: "implied", measure: "killed", counted: "women", value: 6, vt: "six", ctx: "six women", sentence: bury, source: "resident", sourceWords: "A resident", date: ofAttack, note: "Sub-count of the 27 bodies." }),
      fig(a, { id: "fada-hospital-injured", place: "fada-hospital", measure: "injured", measureWord: "wounded", measureCtx: "were wounded", counted: "people", value: 14, vt: "14", ctx: "Another 14", sentence: "Another 14 people", source: "health-worker", sourceWords: "a health worker", date: ofAttack, note: "'Another 14': wounded on top of the dead; a count for a hospital takes the hospital." }),
      fig(a, { id: "burkina-killed-since-2015", place: "burkina-faso", measure: "killed", counted: "people", value: 20000, qualifier: "more than", vt: "more than 20,000", sentence: acled, source: "acled", sourceWords: "ACLED", date: { ...year("2015", { words: a.span("since 2015") }), end: "2025-10-06" }, note: "Background." }),
      fig(a, { id: "burkina-displaced", place: "burkina-faso", measure: "displaced", measureWord: "from their homes", counted: "people", value: 2000000, qualifier: "about", vt: "about two million", sentence: acled, source: "acled", sourceWords: "ACLED", date: { ...year("2015", { basis: "implied" }), end: "2025-10-06" }, note: "Background; 'forced about two million from their homes' since 2015." }),
    ],
    statements: [
      say(a, { id: "sources-toll", speaker: "sources", text: "Suspected jihadists killed at least 22 civilians at a weekly market in eastern Burkina Faso on Saturday" }),
      say(a, { id: "official-motorbikes", speaker: "local-official", text: "The gunmen arrived on motorbikes in Natiaboani, about 40 kilometres south of Fada N'Gourma, the main city of the East region, and fired on traders and buyers" }),
      say(a, { id: "official-abducted", speaker: "local-official", basis: "implied", text: "The attackers also took away between 10 and 15 young men" }),
      say(a, { id: "resident-bodies", speaker: "resident", text: "he had helped bury 27 bodies, among them six women", topics: ["grief", "casualties"] }),
      say(a, { id: "resident-shot", speaker: "resident", basis: "implied", text: "They shot anyone who was running, and then they set the stalls on fire,", quotes: ["They shot anyone who was running, and then they set the stalls on fire,"], topics: ["grief"] }),
      say(a, { id: "health-worker-wounded", speaker: "health-worker", text: "Another 14 people were wounded and taken to the regional hospital in Fada N'Gourma" }),
      say(a, { id: "jnim-claim", speaker: "jnim", text: "it had targeted members of the Volunteers for the Defence of the Homeland (VDP)", sentence: "claimed the attack in a message", topics: ["blame"] }),
      say(a, { id: "acled-toll", speaker: "acled", text: "Violence linked to jihadist groups has killed more than 20,000 people in Burkina Faso since 2015 and forced about two million from their homes" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("about 40 kilometres"), "distance"),
      notFigure(a.span("2022"), "year"),
    ],
  });
}
