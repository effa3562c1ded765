import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

export function truth(): Report {
  const art = heldOutArticle("attacks-plateau-bokkos");
  const { a } = art;
  const overnight = day("2025-04-13", { words: a.span("overnight", "Plateau State overnight"), basis: "inferred" }, "The night before Monday's report.");
  const ofRaid = day("2025-04-13", { basis: "inferred" }, "The overnight raid.");
  const bodies = "officers had so far recovered";
  const treated = "another 17 people were being treated";

  return report(art, {
    title: "Gunmen kill 40 to 50 in raids on Plateau villages, local leaders say",
    outlet: "AP",
    published: "2025-04-14",
    actors: [
      group({ id: "actor:local-leaders", name: "local leaders", role: "Leaders in the attacked villages", mentions: [a.span("local leaders")] }),
      person({ id: "actor:dakwat", name: "Monday Dakwat", aliases: ["Dakwat"], role: "Chairman of the Bokkos local government council", mentions: [a.span("Monday Dakwat")], note: "'Monday' is his given name; the lead's 'Monday' is the day." }),
      organization({ id: "actor:police", name: "State police", aliases: ["police"], role: "Plateau State police command", mentions: [a.span("State police")] }),
      person({ id: "actor:ubah", name: "Gabriel Ubah", aliases: ["Ubah"], role: "State police spokesman", affiliation: "actor:police", mentions: [a.span("Gabriel Ubah")] }),
      person({ id: "actor:pam", name: "Daniel Pam", aliases: ["Pam"], role: "Pastor in Ruku", mentions: [a.span("Daniel Pam")] }),
      organization({ id: "actor:amnesty", name: "Amnesty International", aliases: ["Amnesty", "The group"], role: "Rights group", mentions: [a.span("Amnesty International"), a.span("The group")] }),
      person({ id: "actor:dung", name: "Joseph Dung", aliases: ["Governor Joseph Dung", "the governor"], role: "Governor of Plateau State", mentions: [a.span("Joseph Dung")] }),
      organization({ id: "actor:governor-office", name: "the governor's office", aliases: ["governor's office"], role: "Office of the Plateau State governor", mentions: [a.span("the governor's office")] }),
      organization({ id: "actor:miyetti-allah", name: "Miyetti Allah Cattle Breeders Association", aliases: ["Miyetti Allah"], role: "Herders' association", mentions: [a.span("Miyetti Allah Cattle Breeders Association")] }),
      organization({ id: "actor:nema", name: "National Emergency Management Agency", aliases: ["NEMA"], role: "Nigeria's federal emergency agency", mentions: [a.span("National Emergency Management Agency")] }),
    ],
    places: [
      place({ id: "place:jos", name: "Jos", kind: "city", mentions: a.every("Jos") }),
      place({ id: "place:nigeria", name: "Nigeria", kind: "country", mentions: a.every("Nigeria") }),
      place({ id: "place:plateau", name: "Plateau State", aliases: ["Plateau"], kind: "region", mentions: a.every("Plateau State") }),
      place({ id: "place:ruku", name: "Ruku", kind: "town", mentions: a.every("Ruku") }),
      place({ id: "place:hurum", name: "Hurum", kind: "town", mentions: [a.span("Hurum")] }),
      place({ id: "place:daffo", name: "Daffo", kind: "town", mentions: a.every("Daffo") }),
      place({ id: "place:bokkos", name: "Bokkos", aliases: ["Bokkos local government area"], kind: "region", mentions: a.every("Bokkos", ["Bokkos General Hospital"]) }),
      place({ id: "place:bokkos-hospital", name: "Bokkos General Hospital", kind: "site", mentions: [a.span("Bokkos General Hospital")] }),
      place({ id: "place:mangu", name: "Mangu", kind: "town", mentions: [a.span("Mangu")] }),
      place({ id: "place:riyom", name: "Riyom", kind: "town", mentions: [a.span("Riyom")] }),
    ],
    figures: [
      fig(a, { id: "plateau-killed", place: "plateau", measure: "killed", measureWord: "killing", measureCtx: "killing between", counted: "people", value: 40, upper: 50, qualifier: "range", vt: "between 40 and 50", sentence: "Gunmen attacked three farming villages", source: "local-leaders", sourceWords: "local leaders", date: overnight, note: "The three villages are named in the next paragraph (Bokkos); the lead ties the count to Plateau State." }),
      fig(a, { id: "bokkos-bodies", place: "bokkos", placeBasis: "implied", measure: "killed", measureWord: "bodies", measureCtx: "38 bodies", counted: "bodies", value: 38, vt: "38", sentence: bodies, source: "ubah", sourceWords: "Gabriel Ubah", date: ofRaid }),
      fig(a, { id: "bokkos-women-killed", place: "bokkos", placeBasis: "implied", measure: "killed", counted: "women", value: 11, vt: "11", ctx: "11 women", sentence: bodies, source: "ubah", sourceWords: "Gabriel Ubah", date: ofRaid, note: "Sub-count of the 38 bodies." }),
      fig(a, { id: "bokkos-children-killed", place: "bokkos", placeBasis: "implied", measure: "killed", counted: "children", value: 9, vt: "nine", ctx: "nine children", sentence: bodies, source: "ubah", sourceWords: "Gabriel Ubah", date: ofRaid, note: "Sub-count of the 38 bodies." }),
      fig(a, { id: "bokkos-hospital-injured", place: "bokkos-hospital", measure: "injured", measureWord: "treated", measureCtx: treated, counted: "people", value: 17, vt: "17", ctx: treated, sentence: treated, source: "ubah", date: ofRaid, note: "'another 17'; 'He said'." }),
      fig(a, { id: "mangu-arrested", place: "mangu", measure: "arrested", counted: "suspects", value: 5, vt: "five", ctx: "five suspects", sentence: treated, source: "ubah", date: null }),
      fig(a, { id: "ruku-buried", place: "ruku", measure: "killed", measureWord: "buried", measureCtx: "buried 23", counted: "people", value: 23, vt: "23", ctx: "buried 23", sentence: "We buried 23 people", source: "pam", sourceWords: "Daniel Pam", date: ofRaid, note: "In the pastor's quote; 'a pastor in Ruku' ties it to Ruku." }),
      fig(a, { id: "plateau-killed-since-2023", place: "plateau", measure: "killed", counted: "people", value: 1300, qualifier: "at least", vt: "at least 1,300", sentence: "Amnesty International said in a statement", source: "amnesty", sourceWords: "Amnesty International", date: { ...month("2023-12", { words: a.span("since December 2023") }), end: "2025-04-14" } }),
      fig(a, { id: "riyom-killed", place: "riyom", measure: "killed", counted: "farmers", value: 2, vt: "two", ctx: "two farmers", sentence: "In a separate attack on Sunday", source: "governor-office", sourceWords: "the governor's office", date: day("2025-04-13", { words: a.span("on Sunday", "attack on Sunday"), basis: "inferred" }) }),
      fig(a, { id: "jos-displaced", place: "jos", measure: "displaced", measureWord: "registered at a school turned into a camp", counted: "people", value: 2500, qualifier: "about", vt: "about 2,500", sentence: "Hundreds of residents fled", source: "nema", sourceWords: "National Emergency Management Agency", date: null }),
    ],
    statements: [
      say(a, { id: "leaders-toll", speaker: "local-leaders", text: "Gunmen attacked three farming villages in central Nigeria's Plateau State overnight, killing between 40 and 50 people" }),
      say(a, { id: "dakwat-motorcycles", speaker: "dakwat", text: "The attackers arrived on motorcycles around midnight and set fire to homes in Ruku, Hurum and Daffo, in the Bokkos local government area" }),
      say(a, { id: "dakwat-shot", speaker: "dakwat", text: "Many of the victims were shot as they ran toward the hills" }),
      say(a, { id: "ubah-bodies", speaker: "ubah", text: "officers had so far recovered 38 bodies, among them 11 women and nine children" }),
      say(a, { id: "ubah-treated", speaker: "ubah", text: "another 17 people were being treated at Bokkos General Hospital and that five suspects had been arrested near the town of Mangu" }),
      say(a, { id: "pam-buried", speaker: "pam", text: `We buried 23 people in one grave this afternoon because there is nowhere safe to keep them," said Daniel Pam, a pastor in Ruku. "Nobody came to help us until the shooting had stopped.`, quotes: ["We buried 23 people in one grave this afternoon because there is nowhere safe to keep them,", "Nobody came to help us until the shooting had stopped."], sentence: "We buried 23 people", topics: ["grief"] }),
      say(a, { id: "amnesty-killed", speaker: "amnesty", text: "at least 1,300 people had been killed in Plateau State since December 2023 and accused the authorities of failing to act on warnings", topics: ["casualties", "blame"] }),
      say(a, { id: "amnesty-patrol", speaker: "amnesty", text: "villagers in Daffo had called soldiers stationed about 10 kilometres away but that no patrol arrived", topics: ["blame"] }),
      say(a, { id: "governor-office-riyom", speaker: "governor-office", text: "two farmers were killed in Riyom, about 60 kilometres to the west" }),
      say(a, { id: "miyetti-allah-cattle", speaker: "miyetti-allah", text: "condemned the killings and said 14 of its members' cattle had been stolen in the area last week", topics: ["blame"] }),
      say(a, { id: "nema-fled", speaker: "nema", text: "Hundreds of residents fled to Jos, the state capital, on Monday", sentence: "Hundreds of residents fled", topics: ["rescue"] }),
      say(a, { id: "nema-camp", speaker: "nema", text: "about 2,500 people had registered at a school turned into a camp", topics: ["rescue"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("three", "attacked three farming"), "count of villages"),
      notFigure(a.span("one grave"), "count of graves"),
      notFigure(a.span("about 10 kilometres"), "distance"),
      notFigure(a.span("three days"), "duration"),
      notFigure(a.span("about 60 kilometres"), "distance"),
      notFigure(a.span("14", "said 14 of"), "count of cattle"),
      notFigure(a.span("thousands"), "vague quantity with no number"),
      notFigure(a.span("Hundreds"), "vague quantity with no number"),
    ],
  });
}
