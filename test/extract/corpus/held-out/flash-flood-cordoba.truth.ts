import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

const vocabulary = { measures: { rescued: ["rescued"] } };

export function truth(): Report {
  const art = heldOutArticle("flash-flood-cordoba");
  const { a } = art;
  const overnight = day("2025-03-14", { words: a.span("overnight"), basis: "inferred" }, "The night before Saturday's report.");
  const ofFlood = day("2025-03-14", { basis: "inferred" }, "The flood overnight.");
  const lead = "A flash flood swept through";
  const ferreyra = "civil defense director, Marcelo Ferreyra, said";
  const evacuated = "Some 350 people were evacuated";
  const cosquin = "In the nearby town of Cosquín";

  return report(art, {
    title: "Flash flood kills six in Argentina's Córdoba province",
    outlet: "AP",
    published: "2025-03-15",
    vocabulary,
    actors: [
      group({ id: "actor:provincial-officials", name: "provincial officials", role: "Officials of Córdoba province", mentions: [a.span("provincial officials")] }),
      organization({ id: "actor:weather-service", name: "the national weather service", aliases: ["national weather service", "The weather service"], role: "Argentina's weather service", mentions: [a.span("the national weather service"), a.span("The weather service")] }),
      person({ id: "actor:ferreyra", name: "Marcelo Ferreyra", aliases: ["Ferreyra"], role: "Civil defense director of Córdoba province", mentions: [a.span("Marcelo Ferreyra"), a.span("Ferreyra", "Ferreyra told")] }),
      organization({ id: "actor:radio-mitre", name: "Radio Mitre", role: "Radio station (outlet the director spoke to)", mentions: [a.span("Radio Mitre")] }),
      organization({ id: "actor:cosquin-town-hall", name: "the town hall", aliases: ["Cosquín town hall"], role: "Municipality of Cosquín", mentions: [a.span("the town hall")] }),
      organization({ id: "actor:governor-office", name: "The provincial governor's office", aliases: ["the provincial governor's office"], role: "Office of the governor of Córdoba province", mentions: [a.span("The provincial governor's office")] }),
    ],
    places: [
      place({ id: "place:cordoba-city", name: "CÓRDOBA", aliases: ["Córdoba", "the city of Córdoba"], kind: "city", mentions: [a.span("CÓRDOBA"), a.span("Córdoba", "city of Córdoba")], note: "Córdoba, Argentina (not Spain): the dateline names the country." }),
      place({ id: "place:argentina", name: "Argentina", aliases: ["central Argentina"], kind: "country", mentions: a.every("Argentina") }),
      place({ id: "place:villa-carlos-paz", name: "Villa Carlos Paz", kind: "city", mentions: [a.span("Villa Carlos Paz")] }),
      place({ id: "place:san-antonio-river", name: "San Antonio River", kind: "site", mentions: [a.span("San Antonio River")] }),
      place({ id: "place:cordoba-province", name: "Córdoba province", aliases: ["the province"], kind: "region", mentions: [a.span("Córdoba province")] }),
      place({ id: "place:cosquin", name: "Cosquín", aliases: ["the nearby town of Cosquín"], kind: "town", mentions: [a.span("Cosquín")] }),
      place({ id: "place:tanti", name: "Tanti", kind: "town", mentions: [a.span("Tanti")] }),
      place({ id: "place:punilla", name: "the Punilla valley", aliases: ["Punilla valley", "Punilla"], kind: "region", mentions: [a.span("the Punilla valley")] }),
    ],
    figures: [
      fig(a, { id: "carlos-paz-killed", place: "villa-carlos-paz", measure: "killed", measureWord: "killing", counted: "people", value: 6, vt: "six", ctx: "killing six", sentence: lead, source: "provincial-officials", sourceWords: "provincial officials", date: overnight }),
      fig(a, { id: "carlos-paz-missing", place: "villa-carlos-paz", measure: "missing", counted: "people", value: 4, vt: "four", ctx: "four missing", sentence: lead, source: "provincial-officials", sourceWords: "provincial officials", date: overnight }),
      fig(a, { id: "carlos-paz-couple-killed", place: "villa-carlos-paz", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "two of the dead", counted: "a couple whose car was carried off a bridge", value: 2, vt: "two", ctx: "two of the dead", sentence: ferreyra, source: "ferreyra", sourceWords: "Marcelo Ferreyra", date: ofFlood, note: "Sub-count of the six." }),
      fig(a, { id: "carlos-paz-boy-missing", place: "villa-carlos-paz", placeBasis: "implied", measure: "missing", measureWord: "missing", measureCtx: "among the missing", counted: "boy", value: 1, vt: "a 10-year-old boy", sentence: ferreyra, source: "ferreyra", sourceWords: "Marcelo Ferreyra", date: ofFlood, note: "Sub-count of the four; a count of one (10 is his age)." }),
      fig(a, { id: "carlos-paz-evacuated", place: "villa-carlos-paz", placeBasis: "implied", measure: "evacuated", counted: "people", value: 350, qualifier: "some", vt: "Some 350", sentence: evacuated, source: "ferreyra", sourceBasis: "stated", date: ofFlood, note: "'he said'." }),
      fig(a, { id: "carlos-paz-sports-center", place: "villa-carlos-paz", placeBasis: "implied", measure: "displaced", measureWord: "spent the night in a sports center", counted: "of the evacuated", value: 120, vt: "120", sentence: evacuated, source: "ferreyra", sourceBasis: "stated", date: ofFlood, note: "Sub-count of the 350." }),
      fig(a, { id: "cosquin-rescued", place: "cosquin", measure: "rescued", measureWord: "rescued", counted: "people", value: 15, vt: "15", sentence: cosquin, source: "cosquin-town-hall", sourceWords: "the town hall", date: ofFlood, vocabulary }),
      fig(a, { id: "tanti-injured", place: "tanti", measure: "injured", counted: "people", value: 3, vt: "three", ctx: "Another three people", sentence: "Another three people were injured", source: "cosquin-town-hall", sourceBasis: "stated", date: ofFlood, note: "'Another three'; 'it said' is the town hall." }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "provincial-officials", text: "A flash flood swept through riverside neighborhoods of Villa Carlos Paz in central Argentina overnight, killing six people and leaving four missing" }),
      say(a, { id: "weather-river", speaker: "weather-service", text: "The San Antonio River rose almost three meters in less than an hour after a storm dropped 140 millimeters of rain on the hills west of the city of Córdoba", topics: ["cause"] }),
      say(a, { id: "ferreyra-dead", speaker: "ferreyra", text: "two of the dead were a couple whose car was carried off a bridge, and that a 10-year-old boy was among the missing" }),
      say(a, { id: "ferreyra-evacuated", speaker: "ferreyra", text: "Some 350 people were evacuated from low-lying streets, he said, and 120 of them spent the night in a sports center", topics: ["rescue"] }),
      say(a, { id: "ferreyra-twenty-years", speaker: "ferreyra", text: "In twenty years I have never seen the river come up this fast,", quotes: ["In twenty years I have never seen the river come up this fast,"] }),
      say(a, { id: "town-hall-rescued", speaker: "cosquin-town-hall", text: "firefighters rescued 15 people from the roofs of their houses", topics: ["rescue"] }),
      say(a, { id: "town-hall-tanti", speaker: "cosquin-town-hall", text: "Another three people were injured when a wall collapsed in Tanti" }),
      say(a, { id: "governor-disaster", speaker: "governor-office", text: "the province would declare a disaster area in the Punilla valley", topics: ["rescue"] }),
      say(a, { id: "weather-alert", speaker: "weather-service", text: "has issued an orange alert for more storms on Sunday", topics: ["warning"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("almost three meters"), "height of the river's rise"),
      notFigure(a.span("140 millimeters"), "rainfall"),
      notFigure(a.span("twenty years"), "duration"),
    ],
  });
}
