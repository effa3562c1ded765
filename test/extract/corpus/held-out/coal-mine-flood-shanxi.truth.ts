import { day, year } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

const vocabulary = { measures: { trapped: ["trapped"], rescued: ["brought out alive"], present: ["working below ground"] } };

export function truth(): Report {
  const art = heldOutArticle("coal-mine-flood-shanxi");
  const { a } = art;
  const monday = day("2025-11-10", { words: a.span("on Monday afternoon"), basis: "inferred" });
  const ofFlood = day("2025-11-10", { basis: "inferred" }, "The flood on Monday.");
  const lead = "The death toll from a flood";
  const bodies = "By Wednesday noon, rescuers";

  return report(art, {
    title: "Death toll from Shanxi coal mine flood rises to 11, four miners still trapped",
    outlet: "Xinhua",
    published: "2025-11-12",
    vocabulary,
    actors: [
      group({ id: "actor:local-authorities", name: "local authorities", role: "Local authorities in Shanxi", mentions: [a.span("local authorities")] }),
      organization({ id: "actor:emergency-bureau", name: "the county's emergency management bureau", aliases: ["emergency management bureau"], role: "Xiangning County emergency management bureau", mentions: [a.span("the county's emergency management bureau")] }),
      person({ id: "actor:hospital-spokesperson", name: "a hospital spokesperson", role: "Unnamed spokesperson of Linfen People's Hospital", mentions: [a.span("a hospital spokesperson")] }),
      person({ id: "actor:wang", name: "Wang Jianguo", aliases: ["Wang"], role: "Deputy head of the provincial rescue headquarters", affiliation: "actor:rescue-hq", mentions: [a.span("Wang Jianguo"), a.span("Wang", "Wang said")] }),
      organization({ id: "actor:rescue-hq", name: "provincial rescue headquarters", role: "Shanxi rescue headquarters", mentions: [a.span("provincial rescue headquarters")] }),
      organization({ id: "actor:mem", name: "Ministry of Emergency Management", role: "Chinese ministry", mentions: [a.span("Ministry of Emergency Management")] }),
      organization({ id: "actor:fire-brigade", name: "Shanxi fire brigade", role: "Provincial fire service", mentions: [a.span("Shanxi fire brigade")] }),
      organization({ id: "actor:police", name: "Police", role: "Police", mentions: [a.span("Police", "Police have taken")] }),
      organization({ id: "actor:county-government", name: "the county government", aliases: ["county government"], role: "Xiangning County government", mentions: [a.span("the county government")] }),
    ],
    places: [
      place({ id: "place:taiyuan", name: "TAIYUAN", aliases: ["Taiyuan"], kind: "city", mentions: [a.span("TAIYUAN")] }),
      place({ id: "place:china", name: "China", aliases: ["north China"], kind: "country", mentions: a.every("China") }),
      place({ id: "place:shanxi", name: "Shanxi Province", aliases: ["Shanxi", "the province"], kind: "region", mentions: [a.span("Shanxi Province"), a.span("Shanxi", "Shanxi is"), a.span("the province", "in the province")] }),
      place({ id: "place:xinfeng-mine", name: "Xinfeng Coal Mine", aliases: ["the Xinfeng mine", "Xinfeng mine", "the mine"], kind: "site", mentions: [a.span("Xinfeng Coal Mine"), a.span("Xinfeng mine")] }),
      place({ id: "place:xiangning", name: "Xiangning County", aliases: ["Xiangning"], kind: "town", mentions: [a.span("Xiangning County"), a.span("Xiangning", "briefing in Xiangning")] }),
      place({ id: "place:linfen", name: "Linfen City", aliases: ["Linfen"], kind: "city", mentions: [a.span("Linfen City")] }),
      place({ id: "place:linfen-hospital", name: "Linfen People's Hospital", kind: "site", mentions: [a.span("Linfen People's Hospital")] }),
    ],
    figures: [
      fig(a, { id: "shanxi-killed", place: "shanxi", measure: "killed", measureWord: "death toll", counted: "people", value: 11, vt: "11", ctx: "rose to 11", sentence: lead, source: "local-authorities", sourceWords: "local authorities", date: ofFlood, note: "'the death toll ... rose to 11'; the lead names only the province." }),
      fig(a, { id: "shanxi-trapped", place: "shanxi", measure: "trapped", counted: "miners", value: 4, vt: "four", ctx: "another four miners remained", sentence: lead, source: "local-authorities", sourceWords: "local authorities", date: ofFlood, vocabulary, note: "'another four miners'." }),
      fig(a, { id: "mine-present", place: "xinfeng-mine", measure: "present", measureWord: "working below ground", counted: "miners", value: 87, vt: "87", sentence: "Water burst into a tunnel", source: "emergency-bureau", sourceBasis: "implied", date: monday, vocabulary, note: "Miners in the mine when it flooded (as 'aboard' for a vehicle); the bureau is credited in the next sentence." }),
      fig(a, { id: "mine-rescued", place: "xinfeng-mine", placeBasis: "implied", measure: "rescued", measureWord: "brought out five miners alive", counted: "miners", value: 5, vt: "five", ctx: "brought out five miners", sentence: "Rescuers brought out five", date: day("2025-11-11", { words: a.span("on Tuesday evening"), basis: "inferred" }), vocabulary, note: "Unsourced in its sentence." }),
      fig(a, { id: "mine-injured", place: "xinfeng-mine", placeBasis: "implied", measure: "injured", measureWord: "minor injuries", counted: "miners", value: 3, vt: "Three", ctx: "Three other miners", sentence: "Three other miners who escaped", source: "hospital-spokesperson", sourceBasis: "implied", date: ofFlood, note: "'Three other miners ... escaped with minor injuries'." }),
      fig(a, { id: "mine-bodies", place: "xinfeng-mine", placeBasis: "implied", measure: "killed", measureWord: "bodies", measureCtx: "11 bodies", counted: "bodies", value: 11, vt: "11", ctx: "recovered 11 bodies", sentence: bodies, date: ofFlood }),
      fig(a, { id: "mine-bodies-earlier", place: "xinfeng-mine", placeBasis: "implied", measure: "killed", counted: "bodies", value: 6, vt: "six", ctx: "up from six", sentence: bodies, date: ofFlood, note: "The count on Tuesday night." }),
      fig(a, { id: "mine-trapped", place: "xinfeng-mine", placeBasis: "implied", measure: "trapped", measureWord: "in a flooded section", counted: "miners", value: 4, vt: "four", ctx: "Another four miners were", sentence: "Another four miners were believed", source: "wang", sourceWords: "Wang Jianguo", date: ofFlood, vocabulary, note: "The same four as in the lead, said again." }),
      fig(a, { id: "xiangning-custody", place: "xiangning", placeBasis: "implied", measure: "arrested", measureWord: "into custody", counted: "the mine's legal representative and managers", value: 3, vt: "legal representative and two managers", sentence: "Police have taken the mine's", source: "county-government", sourceWords: "the county government", date: null, parts: [{ value: 1, text: a.span("legal representative", "mine's legal representative") }, { value: 2, text: a.span("two managers") }] }),
      fig(a, { id: "shanxi-killed-last-year", place: "shanxi", measure: "killed", counted: "people", value: 39, vt: "39", sentence: "Coal mine accidents in the province", date: year("2024", { basis: "inferred" }, "'last year' before 2025."), note: "Background; 'according to official figures' names no body." }),
    ],
    statements: [
      say(a, { id: "authorities-toll", speaker: "local-authorities", text: "The death toll from a flood in a coal mine in north China's Shanxi Province rose to 11 on Wednesday, while another four miners remained trapped underground" }),
      say(a, { id: "bureau-surface", speaker: "emergency-bureau", text: "Of them, 72 made their way to the surface on their own" }),
      say(a, { id: "spokesperson-stable", speaker: "hospital-spokesperson", text: "All five were in stable condition at the Linfen People's Hospital" }),
      say(a, { id: "wang-four", speaker: "wang", text: "Another four miners were believed to be in a flooded section about 600 meters below the surface" }),
      say(a, { id: "wang-water", speaker: "wang", basis: "stated", text: "The water level is falling by about 40 centimeters an hour, and we have not given up on anyone,", quotes: ["The water level is falling by about 40 centimeters an hour, and we have not given up on anyone,"], topics: ["rescue"] }),
      say(a, { id: "county-custody", speaker: "county-government", text: "Police have taken the mine's legal representative and two managers into custody" }),
      say(a, { id: "county-investigation", speaker: "county-government", basis: "implied", text: "An initial investigation found that the mine had continued to dig in an area that had been sealed off after a smaller flood in 2022", topics: ["cause"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("Nov 12"), "dateline date"),
      notFigure(a.span("72"), "miners who got out on their own: not harmed"),
      notFigure(a.span("more than 20 hours"), "duration"),
      notFigure(a.span("All five"), "points back to the five rescued"),
      notFigure(a.span("about 600 meters"), "depth"),
      notFigure(a.span("about 40 centimeters"), "rate of the water level"),
      notFigure(a.span("More than 700"), "rescuers at work: not harmed"),
      notFigure(a.span("14", "and 14 high-capacity"), "count of pumps"),
      notFigure(a.span("two attempts"), "count of attempts"),
      notFigure(a.span("2022"), "year"),
      notFigure(a.span("about 900,000 tonnes"), "coal output"),
    ],
  });
}
