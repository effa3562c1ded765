import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report, state } from "../../truth-builder";
import { fig, heldOut3Article, say } from "./kit";

const vocabulary = { measures: { rescued: ["pulled"], trapped: ["trapped"] } };

export function truth(): Report {
  const art = heldOut3Article("missile-strike-kharkiv");
  const { a } = art;
  const monday = day("2026-01-26", { words: a.span("late on Monday"), basis: "inferred" });
  const ofStrike = day("2026-01-26", { basis: "inferred" }, "The strike late on Monday.");
  const lead = "A Russian ballistic missile slammed";
  const officials = { source: "local-officials", sourceWords: "local officials" };
  const block = "The lead names only 'Ukraine's second-largest city' (Kharkiv, the dateline); the next paragraph puts the block in the Saltivskyi district, the incident's own site (README).";
  const hospital = "The regional governor said on Telegram";

  return report(art, {
    title: "Russian missile strike on Kharkiv apartment block kills seven, injures 31",
    outlet: "Reuters",
    published: "2026-01-27",
    vocabulary,
    actors: [
      group({ id: "actor:local-officials", name: "local officials", role: "Kharkiv officials, unnamed", mentions: [a.span("local officials")] }),
      person({ id: "actor:hordiienko", name: "Andriy Hordiienko", aliases: ["Hordiienko", "Deputy Mayor Andriy Hordiienko"], role: "Deputy mayor of Kharkiv", mentions: [a.span("Andriy Hordiienko")] }),
      organization({ id: "actor:ses", name: "State Emergency Service", aliases: ["the State Emergency Service", "SES"], role: "Ukraine's emergency service", mentions: [a.span("State Emergency Service")] }),
      person({ id: "actor:governor", name: "regional governor", aliases: ["The regional governor", "the regional governor"], role: "Governor of Kharkiv region (named only by office)", mentions: [a.span("regional governor")] }),
      person({ id: "actor:kovalenko", name: "Iryna Kovalenko", aliases: ["Kovalenko"], role: "Retired teacher, neighbour of the block", mentions: [a.span("Iryna Kovalenko")] }),
      organization({ id: "actor:prosecutor", name: "regional prosecutor's office", aliases: ["the regional prosecutor's office"], role: "Kharkiv regional prosecutor's office", mentions: [a.span("regional prosecutor's office")] }),
      state({ id: "actor:russia", name: "Russia", aliases: ["Moscow", "Russian"], role: "State", mentions: [a.span("Moscow"), ...a.every("Russia")] }),
      organization({ id: "actor:reuters", name: "Reuters", role: "News agency (outlet, not a speaker)", mentions: [a.span("Reuters")] }),
    ],
    places: [
      place({ id: "place:ukraine", name: "Ukraine", kind: "country", mentions: [a.span("Ukraine")] }),
      place({ id: "place:kharkiv", name: "Kharkiv", aliases: ["KHARKIV", "Ukraine's second-largest city"], kind: "city", mentions: [a.span("Kharkiv", "strike on Kharkiv"), a.span("KHARKIV"), a.span("Kharkiv", "km east of Kharkiv"), a.span("Kharkiv", "Kharkiv, about 30 km")] }),
      place({ id: "place:saltivskyi", name: "Saltivskyi district", aliases: ["Saltivskyi"], kind: "region", mentions: [a.span("Saltivskyi district")] }),
      place({ id: "place:kharkiv-hospital", name: "Kharkiv Regional Clinical Hospital", kind: "site", mentions: [a.span("Kharkiv Regional Clinical Hospital")] }),
      place({ id: "place:kupiansk", name: "Kupiansk", aliases: ["the town of Kupiansk"], kind: "town", mentions: [a.span("Kupiansk")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "kharkiv", measure: "killed", measureWord: "kills", measureCtx: "kills seven", counted: "people", value: 7, vt: "seven", ctx: "kills seven", sentence: "Russian missile strike on Kharkiv", date: ofStrike, note: "Headline; the headline names Kharkiv." }),
      fig(a, { id: "headline-injured", place: "kharkiv", measure: "injured", measureWord: "injures", counted: "people", value: 31, vt: "31", ctx: "injures 31", sentence: "Russian missile strike on Kharkiv", date: ofStrike }),
      fig(a, { ...officials, id: "saltivskyi-killed", place: "saltivskyi", placeBasis: "implied", measure: "killed", measureWord: "killing", measureCtx: "killing at least seven", counted: "people", value: 7, qualifier: "at least", vt: "at least seven", sentence: lead, date: monday, note: block }),
      fig(a, { ...officials, id: "saltivskyi-injured", place: "saltivskyi", placeBasis: "implied", measure: "injured", measureWord: "injuring", measureCtx: "injuring 31", counted: "people", value: 31, vt: "31", ctx: "injuring 31", sentence: lead, date: monday, note: block }),
      fig(a, { id: "saltivskyi-rescued", place: "saltivskyi", placeBasis: "implied", measure: "rescued", measureWord: "pulled", measureCtx: "had pulled 14", counted: "people", value: 14, vt: "14", ctx: "pulled 14 people", sentence: "Rescuers had pulled 14", source: "ses", sourceWords: "the State Emergency Service", date: day("2026-01-27", { words: a.span("overnight", "rubble overnight"), basis: "inferred" }), vocabulary, note: "Own measure `rescued` ('pulled 14 people alive from the rubble')." }),
      fig(a, { id: "saltivskyi-trapped", place: "saltivskyi", placeBasis: "implied", measure: "trapped", measureWord: "trapped", counted: "residents", value: 3, upper: 5, qualifier: "range", vt: "between three and five", sentence: "Rescuers had pulled 14", source: "ses", sourceWords: "the State Emergency Service", date: ofStrike, vocabulary, note: "Still believed trapped: own measure `trapped`, a range." }),
      fig(a, { id: "saltivskyi-hospitalised", place: "saltivskyi", placeBasis: "implied", measure: "injured", measureWord: "injured", measureCtx: "19 of the injured", counted: "of the injured, taken to hospital", value: 19, vt: "19", sentence: hospital, source: "governor", sourceWords: "The regional governor", date: ofStrike, note: "Sub-count of the 31; 'taken to hospital' names no hospital, so the block's district." }),
      fig(a, { id: "saltivskyi-children-injured", place: "saltivskyi", placeBasis: "implied", measure: "injured", counted: "children", value: 4, vt: "four", ctx: "four children", sentence: hospital, source: "governor", sourceWords: "The regional governor", date: ofStrike, note: "Sub-count of the 19." }),
      fig(a, { id: "kharkiv-hospital-serious", place: "kharkiv-hospital", measure: "injured", measureWord: "serious condition", counted: "men, in serious condition", value: 2, vt: "Two", ctx: "Two men were", sentence: "Two men were in serious", source: "governor", sourceBasis: "implied", date: ofStrike, note: "'he added': the governor, named in the sentence before. A count in a hospital takes the hospital." }),
      fig(a, { id: "kupiansk-killed", place: "kupiansk", measure: "killed", measureWord: "killed", measureCtx: "shelling killed two", counted: "people", value: 2, vt: "two", ctx: "killed two people", sentence: "Separately, Russian shelling", source: "prosecutor", sourceWords: "the regional prosecutor's office", date: ofStrike, note: "Separate shelling; the day is not given, taken as the strike's." }),
      fig(a, { id: "kupiansk-injured", place: "kupiansk", measure: "injured", measureWord: "wounded", measureCtx: "wounded six", counted: "others", value: 6, vt: "six", ctx: "wounded six others", sentence: "Separately, Russian shelling", source: "prosecutor", sourceWords: "the regional prosecutor's office", date: ofStrike }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "local-officials", text: "A Russian ballistic missile slammed into a nine-storey apartment building in Ukraine's second-largest city late on Monday, killing at least seven people and injuring 31" }),
      say(a, { id: "hordiienko-entrance", speaker: "hordiienko", text: "The strike tore away the central entrance of the block in the Saltivskyi district, in the northeast of the city, shortly before 11 p.m." }),
      say(a, { id: "ses-rescue", speaker: "ses", text: "Rescuers had pulled 14 people alive from the rubble overnight, and between three and five residents were still believed to be trapped under the collapsed floors", topics: ["casualties", "rescue"] }),
      say(a, { id: "governor-hospital", speaker: "governor", text: "19 of the injured had been taken to hospital, among them four children" }),
      say(a, { id: "governor-serious", speaker: "governor", basis: "implied", text: "Two men were in serious condition at the Kharkiv Regional Clinical Hospital" }),
      say(a, { id: "kovalenko-whistle", speaker: "kovalenko", text: "We heard a whistle, then the whole stairwell simply fell down,", quotes: ["We heard a whistle, then the whole stairwell simply fell down,"], topics: ["grief"] }),
      say(a, { id: "kovalenko-neighbours", speaker: "kovalenko", basis: "implied", text: "My neighbours from the fifth floor are still in there.", quotes: ["My neighbours from the fifth floor are still in there."], topics: ["grief", "rescue"] }),
      say(a, { id: "prosecutor-kupiansk", speaker: "prosecutor", text: "Russian shelling killed two people and wounded six others in the town of Kupiansk, about 120 km east of Kharkiv" }),
      say(a, { id: "russia-denies", speaker: "russia", text: "denies deliberately striking civilians", topics: ["blame"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("Jan 27"), "dateline date"),
      notFigure(a.span("nine", "nine-storey"), "storeys of the building"),
      notFigure(a.span("11 p.m."), "time"),
      notFigure(a.span("about 120 km"), "distance"),
      notFigure(a.span("about 30 km"), "distance"),
      notFigure(a.span("February 2022"), "date"),
    ],
  });
}
