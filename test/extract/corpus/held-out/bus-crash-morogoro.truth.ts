import { day, year } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

export function truth(): Report {
  const art = heldOutArticle("bus-crash-morogoro");
  const { a } = art;
  const yesterday = day("2025-07-14", { words: a.span("yesterday"), basis: "inferred" });
  const ofCrash = day("2025-07-14", { basis: "inferred" }, "The crash 'yesterday', the day before publication.");
  const lead = "TWELVE passengers died";
  const dead = "He said the dead included";
  const mtui = "said 19 of the injured";

  return report(art, {
    title: "Twelve die as bus collides with lorry on Morogoro highway",
    outlet: null,
    published: "2025-07-15",
    actors: [
      organization({ id: "actor:morogoro-police", name: "Morogoro Regional Police", aliases: ["police"], role: "Police of Morogoro Region", mentions: [a.span("Morogoro Regional Police")] }),
      person({ id: "actor:mkama", name: "Alex Mkama", aliases: ["Mkama", "the RPC", "Morogoro Regional Police Commander"], role: "Morogoro Regional Police Commander (RPC)", affiliation: "actor:morogoro-police", mentions: [a.span("Alex Mkama"), a.span("the RPC")] }),
      organization({ id: "actor:safari-njema", name: "Safari Njema", aliases: ["the Safari Njema company"], role: "Bus company", mentions: [a.span("Safari Njema")] }),
      person({ id: "actor:mtui", name: "Rehema Mtui", aliases: ["Dr Rehema Mtui", "Mtui"], role: "Medical Officer in Charge, Morogoro Regional Referral Hospital", mentions: [a.span("Rehema Mtui")] }),
      person({ id: "actor:selemani", name: "Juma Selemani", aliases: ["Mr Juma Selemani", "Selemani"], role: "Passenger", mentions: [a.span("Juma Selemani")] }),
      person({ id: "actor:nguli", name: "Judith Nguli", aliases: ["Nguli"], role: "Mvomero District Commissioner", mentions: [a.span("Judith Nguli")] }),
      organization({ id: "actor:kilosa-police", name: "police in Kilosa District", aliases: ["Kilosa police"], role: "Police", mentions: [a.span("police in Kilosa District")] }),
      organization({ id: "actor:latra", name: "Land Transport Regulatory Authority", aliases: ["LATRA"], role: "Tanzania's road transport regulator", mentions: [a.span("Land Transport Regulatory Authority"), a.span("LATRA")] }),
    ],
    places: [
      place({ id: "place:morogoro", name: "Morogoro Region", aliases: ["Morogoro"], kind: "region", mentions: [a.span("Morogoro Region", "District, Morogoro Region"), a.span("Morogoro", "on Morogoro highway")] }),
      place({ id: "place:dar-es-salaam", name: "Dar es Salaam", kind: "city", mentions: a.every("Dar es Salaam") }),
      place({ id: "place:mbeya", name: "Mbeya", kind: "city", mentions: [a.span("Mbeya")] }),
      place({ id: "place:melela", name: "Melela village", aliases: ["Melela"], kind: "town", mentions: [a.span("Melela village")] }),
      place({ id: "place:mvomero", name: "Mvomero District", aliases: ["Mvomero", "the district"], kind: "region", mentions: [a.span("Mvomero District", "in Mvomero District"), a.span("Mvomero", "Meanwhile, Mvomero")] }),
      place({ id: "place:dodoma", name: "Dodoma", kind: "city", mentions: [a.span("Dodoma")] }),
      place({ id: "place:morogoro-hospital", name: "Morogoro Regional Referral Hospital", aliases: ["The hospital"], kind: "site", mentions: [a.span("Morogoro Regional Referral Hospital")] }),
      place({ id: "place:muhimbili", name: "Muhimbili National Hospital", kind: "site", mentions: [a.span("Muhimbili National Hospital")] }),
      place({ id: "place:chalinze", name: "Chalinze", kind: "town", mentions: [a.span("Chalinze")] }),
      place({ id: "place:kilosa", name: "Kilosa District", aliases: ["Kilosa"], kind: "region", mentions: [a.span("Kilosa District")] }),
      place({ id: "place:dumila", name: "Dumila", aliases: ["Dumila town"], kind: "town", mentions: [a.span("Dumila")] }),
      place({ id: "place:tanzania", name: "Tanzania", kind: "country", mentions: [a.span("Tanzania")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "morogoro", measure: "killed", measureWord: "die", measureCtx: "Twelve die", counted: "people", value: 12, vt: "Twelve", ctx: "Twelve die", sentence: "Twelve die as bus", date: ofCrash, note: "Headline: 'on Morogoro highway'." }),
      fig(a, { id: "melela-killed", place: "melela", measure: "killed", measureWord: "died", measureCtx: "passengers died", counted: "passengers", value: 12, vt: "TWELVE", sentence: lead, date: yesterday, note: "Unsourced lead; the RPC speaks in the next paragraphs." }),
      fig(a, { id: "melela-injured", place: "melela", measure: "injured", counted: "others", value: 31, vt: "31", sentence: lead, date: yesterday, note: "'31 others'." }),
      fig(a, { id: "melela-men-killed", place: "melela", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "the dead included", counted: "men", value: 7, vt: "seven", ctx: "seven men", sentence: dead, source: "mkama", sourceBasis: "stated", date: ofCrash, note: "Sub-count of the twelve; 'He said'." }),
      fig(a, { id: "melela-women-killed", place: "melela", placeBasis: "implied", measure: "killed", counted: "women", value: 4, vt: "four", ctx: "four women", sentence: dead, source: "mkama", sourceBasis: "stated", date: ofCrash, note: "Sub-count of the twelve." }),
      fig(a, { id: "melela-child-killed", place: "melela", placeBasis: "implied", measure: "killed", counted: "child", value: 1, vt: "a child", ctx: "a child aged", sentence: dead, source: "mkama", sourceBasis: "stated", date: ofCrash, note: "Sub-count of the twelve; a count of one." }),
      fig(a, { id: "muhimbili-transferred", place: "muhimbili", measure: "injured", measureWord: "head injuries", counted: "of the injured", value: 2, vt: "Two", ctx: "Two of the injured", sentence: "Two of the injured were later", source: "mkama", sourceBasis: "implied", date: ofCrash }),
      fig(a, { id: "hospital-stable", place: "morogoro-hospital", placeBasis: "implied", measure: "injured", measureWord: "injured", measureCtx: "19 of the injured", counted: "of the injured in a stable condition", value: 19, vt: "19", sentence: mtui, source: "mtui", sourceWords: "Rehema Mtui", date: ofCrash, note: "'The hospital's' points back to the referral hospital." }),
      fig(a, { id: "hospital-discharged", place: "morogoro-hospital", placeBasis: "implied", measure: "injured", measureWord: "discharged", counted: "of the injured discharged", value: 9, vt: "nine", ctx: "nine had been discharged", sentence: mtui, source: "mtui", sourceWords: "Rehema Mtui", date: ofCrash, note: "Sub-count of the injured." }),
      fig(a, { id: "bend-killed", place: "melela", placeBasis: "implied", measure: "killed", measureWord: "killed", measureCtx: "40 people had been killed", counted: "people", value: 40, qualifier: "at least", vt: "at least 40", sentence: "Meanwhile, Mvomero District Commissioner", source: "nguli", sourceWords: "Judith Nguli", date: { start: "2023-07", end: "2025-07", precision: "month", basis: "inferred", year: "inferred", note: "'in the past two years'." }, note: "At the bend near Melela." }),
      fig(a, { id: "dumila-killed", place: "dumila", measure: "killed", counted: "people", value: 3, vt: "three", ctx: "three people were killed", sentence: "Separately, police in Kilosa", source: "kilosa-police", sourceWords: "police in Kilosa District", date: day("2025-07-13", { words: a.span("on Sunday night"), basis: "inferred" }) }),
      fig(a, { id: "dumila-injured", place: "dumila", measure: "injured", counted: "people", value: 5, vt: "five", ctx: "five injured", sentence: "Separately, police in Kilosa", source: "kilosa-police", sourceWords: "police in Kilosa District", date: day("2025-07-13", { basis: "inferred" }, "Sunday night.") }),
      fig(a, { id: "tanzania-road-deaths", place: "tanzania", measure: "killed", counted: "people", value: 1720, vt: "1,720", sentence: "Data from the Land Transport", source: "latra", sourceWords: "Land Transport Regulatory Authority", date: year("2024", { basis: "inferred" }, "'last year'.") }),
    ],
    statements: [
      say(a, { id: "mkama-overtaking", speaker: "mkama", text: "the bus, belonging to the Safari Njema company, was overtaking a tanker on a bend when it hit the lorry, which was carrying cement to Dodoma", topics: ["cause"] }),
      say(a, { id: "mkama-too-late", speaker: "mkama", text: "The driver of the bus tried to return to his lane but it was too late,", quotes: ["The driver of the bus tried to return to his lane but it was too late,"], topics: ["cause"] }),
      say(a, { id: "mkama-dead", speaker: "mkama", basis: "implied", text: "the dead included seven men, four women and a child aged about three" }),
      say(a, { id: "mtui-stable", speaker: "mtui", text: "19 of the injured were in a stable condition and that nine had been discharged by evening" }),
      say(a, { id: "mtui-blood", speaker: "mtui", basis: "implied", text: "We have enough blood for now, but we appeal to the public to keep donating,", quotes: ["We have enough blood for now, but we appeal to the public to keep donating,"], topics: ["rescue"] }),
      say(a, { id: "selemani-speeding", speaker: "selemani", text: "the bus had been speeding since it left Chalinze", topics: ["cause"] }),
      say(a, { id: "selemani-shouted", speaker: "selemani", basis: "implied", text: `We shouted at the driver many times. Nobody listened to us,`, quotes: ["We shouted at the driver many times. Nobody listened to us,"], sentence: "We shouted at the driver", topics: ["blame"] }),
      say(a, { id: "nguli-checkpoint", speaker: "nguli", text: "the district would set up a checkpoint near the bend, where she said at least 40 people had been killed in crashes in the past two years", topics: ["warning"] }),
      say(a, { id: "kilosa-police-minibus", speaker: "kilosa-police", text: "three people were killed and five injured on Sunday night when a minibus overturned near Dumila town" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("about three"), "age"),
      notFigure(a.span("two years"), "duration"),
    ],
  });
}
