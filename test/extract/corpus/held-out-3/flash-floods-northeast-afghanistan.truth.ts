import { day } from "../../../../data/authoring/anchor";
import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, place, report } from "../../truth-builder";
import { fig, heldOut3Article, say, type FigureSpec } from "./kit";

const vocabulary = {
  measures: { destroyed: ["houses destroyed", "Houses destroyed"] },
  qualifiers: { "an estimated": "approximate" as const },
  units: ["families"],
};

export function truth(): Report {
  const art = heldOut3Article("flash-floods-northeast-afghanistan");
  const { a } = art;
  const since = (text?: ReportDate["text"]): ReportDate => ({
    start: "2026-05-06",
    end: "2026-05-11",
    precision: "day",
    basis: text ? "stated" : "inferred",
    year: "inferred",
    ...(text ? { text } : { note: "From the first rains (6 May) to the update's 'as of 11 May'." }),
  });
  const key = "61 people killed, 87 injured";
  const andma = { source: "andma", sourceWords: "Afghanistan National Disaster Management Authority" };
  const total = "A total over three named provinces: not the first one's. It takes the place that holds them all, the north-east of the heading (README).";
  const tableDate = since(a.span("as of 11 May", "(ANDMA, as of 11 May)"));
  const province = (id: string, name: string, row: string): FigureSpec[] => {
    const [killed, injured, houses] = row.split("|");
    const line = `${name} | ${killed} | ${injured} | ${houses}`;
    const base = { place: id, source: "andma", sourceBasis: "implied" as const, sourceWords: "ANDMA", sourceCtx: "(ANDMA, as of", sentence: line, ctx: line, date: tableDate };
    return [
      { ...base, id: `${id}-killed`, measure: "killed", measureWord: "Killed", measureCtx: "| Killed |", counted: "people", value: Number(killed), vt: killed!, note: "Table row under 'Province | Killed | Injured | Houses destroyed'; the row's province, stated." },
      { ...base, id: `${id}-injured`, measure: "injured", measureWord: "Injured", measureCtx: "| Injured |", counted: "people", value: Number(injured), vt: injured!, ctx: `${name} | ${killed} | ${injured} |` },
      { ...base, id: `${id}-houses-destroyed`, measure: "destroyed", measureWord: "Houses destroyed", counted: "houses", value: Number(houses), vt: houses!, ctx: `| ${houses}`, unit: "homes", vocabulary },
    ];
  };

  return report(art, {
    title: "AFGHANISTAN: Flash floods in the north-east - Flash Update No. 3 (as of 11 May 2026)",
    outlet: "OCHA Afghanistan",
    published: "2026-05-11",
    vocabulary,
    actors: [
      organization({ id: "actor:andma", name: "Afghanistan National Disaster Management Authority", aliases: ["ANDMA"], role: "Afghanistan's disaster authority (under the de facto authorities)", mentions: [a.span("Afghanistan National Disaster Management Authority"), ...a.every("ANDMA")] }),
      group({ id: "actor:local-authorities", name: "local authorities", role: "Local authorities in Burka district", mentions: [a.span("local authorities")] }),
      group({ id: "actor:de-facto-authorities", name: "the de facto authorities", aliases: ["de facto authorities"], role: "Taliban authorities in Takhar", mentions: [a.span("de facto authorities")] }),
      organization({ id: "actor:who", name: "WHO", aliases: ["World Health Organization"], role: "UN health agency", mentions: [a.span("WHO")] }),
      organization({ id: "actor:iom", name: "IOM", aliases: ["International Organization for Migration"], role: "UN migration agency", mentions: [a.span("IOM")] }),
      organization({ id: "actor:ocha", name: "OCHA Afghanistan", aliases: ["OCHA"], role: "Publisher of the update", mentions: [a.span("OCHA Afghanistan")] }),
    ],
    places: [
      place({ id: "place:afghanistan", name: "Afghanistan", aliases: ["AFGHANISTAN"], kind: "country", mentions: [a.span("AFGHANISTAN"), a.span("Afghanistan", "OCHA Afghanistan")] }),
      place({ id: "place:north-east", name: "north-east Afghanistan", aliases: ["the north-east", "north-east"], kind: "region", mentions: [a.span("north-east")] }),
      place({ id: "place:baghlan", name: "Baghlan", aliases: ["Baghlan province"], kind: "region", mentions: a.every("Baghlan", ["Baghlan and Kokcha", "Baghlan Provincial Hospital"]) }),
      place({ id: "place:takhar", name: "Takhar", aliases: ["Takhar province"], kind: "region", mentions: a.every("Takhar") }),
      place({ id: "place:badakhshan", name: "Badakhshan", aliases: ["Badakhshan province"], kind: "region", mentions: a.every("Badakhshan") }),
      place({ id: "place:baghlan-river", name: "Baghlan river valley", aliases: ["Baghlan"], kind: "site", mentions: [a.span("Baghlan", "Baghlan and Kokcha")] }),
      place({ id: "place:kokcha", name: "Kokcha river valley", aliases: ["Kokcha"], kind: "site", mentions: [a.span("Kokcha")] }),
      place({ id: "place:burka", name: "Burka district", aliases: ["Burka"], kind: "region", mentions: [a.span("Burka", "districts are Burka"), a.span("Burka district")] }),
      place({ id: "place:nahrin", name: "Nahrin", kind: "region", mentions: a.every("Nahrin") }),
      place({ id: "place:farkhar", name: "Farkhar district", aliases: ["Farkhar"], kind: "region", mentions: [a.span("Farkhar", "Farkhar and Ishkamish"), a.span("Farkhar district")] }),
      place({ id: "place:ishkamish", name: "Ishkamish", kind: "region", mentions: [a.span("Ishkamish")] }),
      place({ id: "place:jurm", name: "Jurm", kind: "region", mentions: a.every("Jurm") }),
      place({ id: "place:dahan-e-ghori", name: "Dahan-e Ghori", aliases: ["Dahan-e Ghori village"], kind: "town", mentions: [a.span("Dahan-e Ghori")] }),
      place({ id: "place:baghlan-hospital", name: "Baghlan Provincial Hospital", kind: "site", mentions: [a.span("Baghlan Provincial Hospital")] }),
      place({ id: "place:pul-e-khumri", name: "Pul-e-Khumri", kind: "city", mentions: a.every("Pul-e-Khumri") }),
    ],
    figures: [
      fig(a, { ...andma, id: "north-east-killed", place: "north-east", placeBasis: "implied", measure: "killed", counted: "people", value: 61, vt: "61", sentence: key, date: since(a.span("since 6 May", "provinces since 6 May")), note: total }),
      fig(a, { ...andma, id: "north-east-injured", place: "north-east", placeBasis: "implied", measure: "injured", counted: "people", value: 87, vt: "87", sentence: key, date: since(a.span("since 6 May", "provinces since 6 May")), note: total }),
      fig(a, { ...andma, id: "north-east-missing", place: "north-east", placeBasis: "implied", measure: "missing", counted: "people", value: 14, vt: "14", ctx: "14 missing", sentence: key, date: since(a.span("since 6 May", "provinces since 6 May")), note: total }),
      fig(a, { id: "north-east-displaced", place: "north-east", placeBasis: "implied", measure: "displaced", measureWord: "displaced", measureCtx: "families displaced", counted: "families", value: 3100, qualifier: "an estimated", vt: "An estimated 3,100", sentence: "An estimated 3,100 families", unit: "families", date: since(), vocabulary, note: "The update's own voice (unsourced). 'most of them in Baghlan' gives no count for Baghlan: the heading's north-east. Own qualifier 'an estimated' (approximate)." }),
      fig(a, { id: "dahan-e-ghori-killed", place: "dahan-e-ghori", measure: "killed", counted: "people", value: 17, vt: "17", ctx: "17 people were killed", sentence: "On 9 May, a mudflow", source: "local-authorities", sourceWords: "local authorities", date: day("2026-05-09", { words: a.span("On 9 May") }) }),
      fig(a, { id: "dahan-e-ghori-children-killed", place: "dahan-e-ghori", measure: "killed", counted: "children", value: 9, vt: "nine", ctx: "nine of them children", sentence: "On 9 May, a mudflow", source: "local-authorities", sourceWords: "local authorities", date: day("2026-05-09", { words: a.span("On 9 May") }), note: "Sub-count of the 17." }),
      fig(a, { id: "baghlan-killed-risen", place: "baghlan", measure: "killed", measureWord: "death toll", counted: "people", value: 38, vt: "38", ctx: "risen to 38", sentence: "The death toll in Baghlan", date: since(), note: "'has risen to 38': the province's toll, repeated in the table. Unsourced." }),
      ...[...province("baghlan", "Baghlan", "38|52|910"), ...province("takhar", "Takhar", "15|23|540"), ...province("badakhshan", "Badakhshan", "8|12|260")].map((s) => fig(a, s)),
      fig(a, { id: "baghlan-hospital-injured", place: "baghlan-hospital", measure: "injured", measureWord: "injured", measureCtx: "31 injured people", counted: "injured people treated", value: 31, vt: "31", sentence: "Health: WHO and partners", date: since(a.span("since 6 May", "people since 6 May")), note: "Treated at the hospital in Pul-e-Khumri: the hospital. Unsourced (the update's voice)." }),
      fig(a, { id: "jurm-aid-workers-injured", place: "jurm", measure: "injured", counted: "aid workers", value: 2, vt: "two", ctx: "two aid workers", sentence: "In Badakhshan, two aid workers", date: day("2026-05-10", { words: a.span("on 10 May") }), note: "Near Jurm, in Badakhshan: the more specific place of the sentence." }),
    ],
    statements: [
      say(a, { id: "andma-toll", speaker: "andma", text: "61 people killed, 87 injured and 14 missing across Baghlan, Takhar and Badakhshan provinces since 6 May", ctx: "61 people killed, 87 injured and 14 missing across Baghlan, Takhar and Badakhshan provinces since 6 May, according" }),
      say(a, { id: "authorities-dahan", speaker: "local-authorities", text: "a mudflow in Burka district buried part of Dahan-e Ghori village, where 17 people were killed, nine of them children", sentence: "On 9 May, a mudflow" }),
      say(a, { id: "de-facto-search", speaker: "de-facto-authorities", text: "search teams were still looking for the missing in Farkhar district", topics: ["rescue"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("No. 3"), "number of the update"),
      notFigure(a.span("11 May 2026"), "date"),
      notFigure(a.span("6 and 9 May"), "dates"),
      notFigure(a.span("four mobile health teams"), "count of health teams"),
      notFigure(a.span("1,250 families"), "families reached with kits (not a figure)"),
      notFigure(a.span("three points"), "count of road closures"),
    ],
  });
}
