import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

const vocabulary = { measures: { damaged: ["damaged"], destroyed: ["destroyed"] } };

export function truth(): Report {
  const art = heldOut2Article("tornado-lebanon-wilson");
  const { a } = art;
  const thursday = day("2026-04-02", { words: a.span("shortly before midnight Thursday"), basis: "inferred" });
  const ofTornado = day("2026-04-02", { basis: "inferred" }, "The tornado shortly before midnight on Thursday.");
  const lead = "A tornado that touched down";
  const injured = "Of the injured, nine";
  const homes = "crews had counted 46 homes";

  return report(art, {
    title: "Two dead as tornado rips through east Lebanon",
    outlet: null,
    published: "2026-04-04",
    vocabulary,
    actors: [
      group({ id: "actor:emergency-officials", name: "emergency officials", role: "Emergency officials in Wilson County", mentions: [a.span("emergency officials")] }),
      organization({ id: "actor:wcema", name: "Wilson County Emergency Management Agency", aliases: ["Wilson County EMA"], role: "County emergency management agency", mentions: [a.span("Wilson County Emergency Management Agency")] }),
      person({ id: "actor:jennings", name: "Carla Jennings", aliases: ["Jennings", "Director Carla Jennings"], role: "Director of the Wilson County Emergency Management Agency", affiliation: "actor:wcema", mentions: [a.span("Carla Jennings"), a.span("Jennings", "Jennings said.")] }),
      organization({ id: "actor:nws", name: "National Weather Service", aliases: ["NWS"], role: "US weather service (Nashville office)", mentions: [a.span("National Weather Service")] }),
      organization({ id: "actor:red-cross", name: "American Red Cross", aliases: ["Red Cross"], role: "Relief organization", mentions: [a.span("American Red Cross")] }),
      person({ id: "actor:dillard", name: "Marcus Dillard", aliases: ["Dillard"], role: "Resident", mentions: [a.span("Marcus Dillard")] }),
      organization({ id: "actor:mte", name: "Middle Tennessee Electric", role: "Electric utility", mentions: [a.span("Middle Tennessee Electric")] }),
      person({ id: "actor:whitfield", name: "Dana Whitfield", aliases: ["Whitfield", "Mayor Dana Whitfield"], role: "Mayor of Lebanon", mentions: [a.span("Dana Whitfield")] }),
    ],
    places: [
      place({ id: "place:lebanon", name: "Lebanon", aliases: ["LEBANON", "east Lebanon", "Lebanon, Tennessee"], kind: "city", mentions: [a.span("Lebanon", "east Lebanon"), a.span("LEBANON")], note: "Ambiguous name: not the country but the city of Lebanon, Tennessee, seat of Wilson County (Wilson County, Nashville and Middle Tennessee settle it)." }),
      place({ id: "place:wilson-county", name: "Wilson County", aliases: ["rural Wilson County"], kind: "region", mentions: a.every("Wilson County") }),
      place({ id: "place:coles-ferry-pike", name: "Coles Ferry Pike", kind: "site", mentions: [a.span("Coles Ferry Pike")] }),
      place({ id: "place:vwch", name: "Vanderbilt Wilson County Hospital", kind: "site", mentions: [a.span("Vanderbilt Wilson County Hospital")] }),
      place({ id: "place:nashville", name: "Nashville", kind: "city", mentions: a.every("Nashville") }),
      place({ id: "place:expo-center", name: "Wilson County Expo Center", kind: "site", mentions: [a.span("Wilson County Expo Center")] }),
      place({ id: "place:middle-tennessee", name: "Middle Tennessee", aliases: ["Tennessee"], kind: "region", mentions: [a.span("Middle Tennessee")], note: "Only inside the utility's name." }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "lebanon", measure: "killed", measureWord: "dead", measureCtx: "Two dead", counted: "people", value: 2, vt: "Two", ctx: "Two dead", sentence: "Two dead as tornado", date: ofTornado, note: "Headline; the headline names east Lebanon." }),
      fig(a, { id: "wilson-killed", place: "wilson-county", measure: "killed", counted: "people", value: 2, vt: "two", ctx: "killed two people", sentence: lead, source: "emergency-officials", sourceWords: "emergency officials", date: thursday, note: "The path crossed 'the east side of the city' (Lebanon) 'and into rural Wilson County': Wilson County, named, holds both." }),
      fig(a, { id: "wilson-injured", place: "wilson-county", measure: "injured", counted: "people", value: 17, qualifier: "at least", vt: "at least 17", sentence: lead, source: "emergency-officials", sourceWords: "emergency officials", date: thursday }),
      fig(a, { id: "vwch-injured", place: "vwch", measure: "injured", measureWord: "taken to", measureCtx: "nine were taken to", counted: "of the injured", value: 9, vt: "nine", ctx: injured, sentence: injured, source: "jennings", date: ofTornado, note: "Sub-count of the injured; a count for a hospital takes the hospital. 'she said'." }),
      fig(a, { id: "nashville-injured", place: "nashville", measure: "injured", measureWord: "serious injuries", counted: "of the injured, seriously hurt", value: 3, vt: "three", ctx: "three were flown", sentence: injured, source: "jennings", date: ofTornado, note: "Flown to Nashville." }),
      fig(a, { id: "wilson-homes-damaged", place: "wilson-county", placeBasis: "implied", measure: "damaged", measureWord: "damaged", measureCtx: "46 homes damaged", counted: "homes", value: 46, vt: "46", ctx: homes, sentence: homes, source: "jennings", sourceWords: "Jennings", sourceCtx: "Jennings said.", unit: "homes", date: ofTornado, vocabulary, note: "The county agency's count; the lead's area." }),
      fig(a, { id: "wilson-homes-destroyed", place: "wilson-county", placeBasis: "implied", measure: "destroyed", measureWord: "destroyed", measureCtx: "11 destroyed", counted: "homes", value: 11, vt: "11", ctx: "11 destroyed", sentence: homes, source: "jennings", sourceWords: "Jennings", sourceCtx: "Jennings said.", unit: "homes", date: ofTornado, vocabulary, note: "'and 11 destroyed': homes, elliptical." }),
      fig(a, { id: "expo-center-displaced", place: "expo-center", measure: "displaced", measureWord: "spent the night at an American Red Cross shelter", counted: "people", value: 60, qualifier: "about", vt: "About 60", sentence: "About 60 people spent", source: "jennings", sourceBasis: "implied", date: day("2026-04-03", { words: a.span("spent the night"), basis: "inferred" }, "The night after the tornado."), note: "The sentence has no source; Jennings is credited in the sentence before." }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "emergency-officials", text: "A tornado that touched down shortly before midnight Thursday killed two people and injured at least 17 as it cut across the east side of the city and into rural Wilson County" }),
      say(a, { id: "jennings-couple", speaker: "jennings", text: "the dead were a married couple in their 70s whose mobile home on Coles Ferry Pike was thrown into a field" }),
      say(a, { id: "jennings-injured", speaker: "jennings", basis: "implied", text: "Of the injured, nine were taken to Vanderbilt Wilson County Hospital and three were flown to Nashville with serious injuries" }),
      say(a, { id: "jennings-homes", speaker: "jennings", text: "By Friday afternoon crews had counted 46 homes damaged and 11 destroyed" }),
      say(a, { id: "dillard-windows", speaker: "dillard", text: "I heard the freight-train sound everybody talks about, and then my windows came in,", quotes: ["I heard the freight-train sound everybody talks about, and then my windows came in,"], topics: ["grief"] }),
      say(a, { id: "mte-power", speaker: "mte", text: "more than 3,000 customers were still without power Friday evening", topics: ["rescue"] }),
      say(a, { id: "whitfield-schools", speaker: "whitfield", text: "city schools would stay closed Monday and asked residents to keep off damaged roads", topics: ["warning"] }),
      say(a, { id: "whitfield-crews", speaker: "whitfield", basis: "implied", text: "Please let the line crews work,", quotes: ["Please let the line crews work,"], topics: ["warning"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("70s"), "age"),
      notFigure(a.span("EF-2"), "tornado rating"),
      notFigure(a.span("about 125 mph"), "wind speed"),
      notFigure(a.span("two sons"), "people with him, not harmed"),
      notFigure(a.span("more than 3,000"), "customers without power (not people harmed or moved)"),
    ],
  });
}
