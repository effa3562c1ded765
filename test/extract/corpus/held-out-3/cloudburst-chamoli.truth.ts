import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut3Article, say } from "./kit";

const vocabulary = {
  measures: { destroyed: ["flattened"], damaged: ["damaged"], rescued: ["rescued"], evacuated: ["moved to"] },
  units: ["families"],
};

export function truth(): Report {
  const art = heldOut3Article("cloudburst-chamoli");
  const { a } = art;
  const tuesday = day("2026-08-11", { words: a.span("late on Tuesday night"), basis: "inferred" });
  const ofBurst = day("2026-08-11", { basis: "inferred" }, "The cloudburst late on Tuesday night.");
  const lead = "A cloudburst over Bhatgaon village";
  const officials = { source: "district-officials", sourceWords: "district officials" };
  const houses = "Three other houses were flattened";
  const chc = "Four people with fractures";

  return report(art, {
    title: "Cloudburst in Chamoli village leaves five dead, seven missing",
    outlet: "Garhwal Post",
    published: "2026-08-12",
    vocabulary,
    actors: [
      group({ id: "actor:district-officials", name: "district officials", role: "Officials of Chamoli district", mentions: [a.span("district officials")] }),
      person({ id: "actor:negi", name: "Rakesh Negi", aliases: ["District Magistrate Rakesh Negi", "Negi"], role: "District Magistrate of Chamoli", mentions: [a.span("Rakesh Negi")] }),
      organization({ id: "actor:sdrf", name: "State Disaster Response Force", aliases: ["SDRF", "the SDRF"], role: "Uttarakhand's disaster response force", mentions: [a.span("State Disaster Response Force"), ...a.every("SDRF")] }),
      group({ id: "actor:police", name: "the police", aliases: ["police"], role: "Chamoli district police", mentions: [a.span("the police")] }),
      person({ id: "actor:bisht", name: "Sunita Bisht", aliases: ["Dr Sunita Bisht", "Bisht"], role: "Doctor at the Community Health Centre, Pipalkoti", mentions: [a.span("Sunita Bisht")] }),
      person({ id: "actor:rawat", name: "Dinesh Rawat", aliases: ["Rawat"], role: "Shopkeeper of Bhatgaon", mentions: [a.span("Dinesh Rawat")] }),
      person({ id: "actor:chauhan", name: "Arvind Chauhan", aliases: ["Chauhan", "Chamoli Superintendent of Police Arvind Chauhan"], role: "Superintendent of Police, Chamoli", affiliation: "actor:police", mentions: [a.span("Arvind Chauhan")] }),
      organization({ id: "actor:imd", name: "India Meteorological Department", aliases: ["IMD"], role: "National weather service", mentions: [a.span("India Meteorological Department")] }),
    ],
    places: [
      place({ id: "place:chamoli", name: "Chamoli district", aliases: ["Chamoli"], kind: "region", mentions: a.every("Chamoli") }),
      place({ id: "place:bhatgaon", name: "Bhatgaon", aliases: ["Bhatgaon village"], kind: "town", mentions: a.every("Bhatgaon") }),
      place({ id: "place:birahi", name: "Birahi stream", aliases: ["the stream"], kind: "site", mentions: [a.span("Birahi stream")] }),
      place({ id: "place:chc-pipalkoti", name: "Community Health Centre at Pipalkoti", aliases: ["Community Health Centre"], kind: "site", mentions: [a.span("Community Health Centre")] }),
      place({ id: "place:pipalkoti", name: "Pipalkoti", kind: "town", mentions: a.every("Pipalkoti") }),
      place({ id: "place:gopeshwar-hospital", name: "district hospital in Gopeshwar", aliases: ["district hospital"], kind: "site", mentions: [a.span("district hospital")] }),
      place({ id: "place:gopeshwar", name: "Gopeshwar", kind: "town", mentions: [a.span("Gopeshwar")] }),
      place({ id: "place:inter-college", name: "government inter college in Pipalkoti", aliases: ["government inter college"], kind: "site", mentions: [a.span("government inter college")] }),
      place({ id: "place:rudraprayag", name: "Rudraprayag district", aliases: ["Rudraprayag"], kind: "region", mentions: [a.span("Rudraprayag")] }),
      place({ id: "place:pithoragarh", name: "Pithoragarh district", aliases: ["Pithoragarh"], kind: "region", mentions: [a.span("Pithoragarh")] }),
      place({ id: "place:joshimath", name: "Joshimath", kind: "town", mentions: [a.span("Joshimath")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "chamoli", measure: "killed", measureWord: "dead", measureCtx: "five dead", counted: "people", value: 5, vt: "five", ctx: "five dead", sentence: "Cloudburst in Chamoli village", date: ofBurst, note: "Headline; 'Chamoli village' names the district only." }),
      fig(a, { id: "headline-missing", place: "chamoli", measure: "missing", counted: "people", value: 7, vt: "seven", ctx: "seven missing", sentence: "Cloudburst in Chamoli village", date: ofBurst }),
      fig(a, { ...officials, id: "bhatgaon-killed", place: "bhatgaon", measure: "killed", measureWord: "killing", measureCtx: "killing five", counted: "people", value: 5, vt: "five", ctx: "killing five people", sentence: lead, date: tuesday }),
      fig(a, { ...officials, id: "bhatgaon-missing", place: "bhatgaon", measure: "missing", counted: "others", value: 7, vt: "seven", ctx: "seven others missing", sentence: lead, date: tuesday }),
      fig(a, { id: "bhatgaon-mother-daughters-killed", place: "bhatgaon", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "the dead included", counted: "a mother and her two daughters", value: 3, vt: "a mother and her two daughters", sentence: "District Magistrate Rakesh Negi", source: "negi", sourceWords: "Rakesh Negi", date: ofBurst, parts: [{ value: 1, text: a.span("a mother", "a mother and her") }, { value: 2, text: a.span("two daughters") }], note: "Sub-count of the five, made of parts. Their house stood on the Birahi stream, in the village." }),
      fig(a, { id: "bhatgaon-houses-destroyed", place: "bhatgaon", placeBasis: "implied", measure: "destroyed", measureWord: "flattened", counted: "houses", value: 3, vt: "Three", ctx: houses, sentence: houses, source: "negi", unit: "homes", date: ofBurst, vocabulary, note: "'he said'." }),
      fig(a, { id: "bhatgaon-houses-damaged", place: "bhatgaon", placeBasis: "implied", measure: "damaged", measureWord: "damaged", measureCtx: "12 damaged", counted: "houses", value: 12, vt: "12", ctx: "12 damaged", sentence: houses, source: "negi", unit: "homes", date: ofBurst, vocabulary, note: "'and 12 damaged': houses, elliptical." }),
      fig(a, { id: "bhatgaon-rescued", place: "bhatgaon", placeBasis: "implied", measure: "rescued", measureWord: "rescued", counted: "villagers", value: 22, vt: "22", ctx: "rescued 22 villagers", sentence: "Teams of the State Disaster", date: ofBurst, vocabulary, note: "Cut off on the far bank of the stream, at the village. The paper's own voice (unsourced)." }),
      fig(a, { id: "chc-pipalkoti-injured", place: "chc-pipalkoti", measure: "injured", measureWord: "fractures", counted: "people with fractures", value: 4, vt: "Four", ctx: chc, sentence: chc, date: ofBurst, note: "Taken to the health centre: a count in a hospital takes the hospital. Unsourced." }),
      fig(a, { id: "gopeshwar-hospital-injured", place: "gopeshwar-hospital", measure: "injured", measureWord: "shifted", counted: "of the injured, to be shifted", value: 2, vt: "two", ctx: "two of them would be shifted", sentence: chc, source: "bisht", sourceWords: "Dr Sunita Bisht", date: ofBurst, note: "Sub-count of the four, to be moved to the district hospital: that hospital is the place of the clause." }),
      fig(a, { id: "inter-college-evacuated", place: "inter-college", measure: "evacuated", measureWord: "moved to", counted: "families", value: 37, vt: "37", ctx: "37 families", sentence: "Chamoli Superintendent of Police", source: "chauhan", sourceWords: "Chamoli Superintendent of Police Arvind Chauhan", unit: "families", date: ofBurst, vocabulary, note: "Moved to the college as a precaution: the shelter's place, as held-out-2's Expo Center." }),
      fig(a, { id: "joshimath-killed", place: "joshimath", measure: "killed", measureWord: "died", counted: "pilgrims", value: 2, vt: "two", ctx: "two pilgrims died", sentence: "Earlier this month", date: month("2026-08", { words: a.span("Earlier this month") }), note: "An earlier landslide, near Joshimath. Unsourced." }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "district-officials", text: "A cloudburst over Bhatgaon village in Chamoli district late on Tuesday night sent a torrent of mud and boulders through the settlement, killing five people and leaving seven others missing" }),
      say(a, { id: "negi-dead", speaker: "negi", text: "the dead included a mother and her two daughters whose house on the edge of the Birahi stream was swept away" }),
      say(a, { id: "negi-houses", speaker: "negi", basis: "implied", text: "Three other houses were flattened and 12 damaged" }),
      say(a, { id: "bisht-shifted", speaker: "bisht", text: "two of them would be shifted to the district hospital in Gopeshwar" }),
      say(a, { id: "rawat-water", speaker: "rawat", text: "The water came down with such force that it moved rocks the size of a jeep,", quotes: ["The water came down with such force that it moved rocks the size of a jeep,"], topics: ["grief"] }),
      say(a, { id: "rawat-uphill", speaker: "rawat", basis: "implied", text: "We ran uphill with whatever we could carry.", quotes: ["We ran uphill with whatever we could carry."], topics: ["grief"] }),
      say(a, { id: "chauhan-families", speaker: "chauhan", text: "37 families had been moved to the government inter college in Pipalkoti as a precaution", topics: ["rescue"] }),
      say(a, { id: "officials-road", speaker: "district-officials", basis: "implied", text: "The road from Pipalkoti to Bhatgaon was washed away at two places, and the SDRF was using ropes to reach the village", topics: ["rescue"], note: "'officials said'." }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("46"), "age"),
      notFigure(a.span("three cattle"), "livestock lost (not a figure)"),
      notFigure(a.span("two places"), "count of breaches in the road"),
    ],
  });
}
