import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say, type FigureSpec } from "./kit";

const vocabulary = { measures: { cases: ["cholera cases", "new cases"] }, units: ["cases"] };

const outbreak = (text?: ReportDate["text"]): ReportDate => ({
  start: "2026-01-27",
  end: "2026-03-08",
  precision: "day",
  basis: text ? "stated" : "inferred",
  year: "inferred",
  ...(text ? { text } : {}),
  note: "Since the declaration on 27 January, as of 8 March.",
});

export function truth(): Report {
  const art = heldOutArticle("cholera-sitrep-malawi");
  const { a } = art;
  const summary = "Since the outbreak was declared";
  const row = (id: string, name: string, cases: string, deaths: string, place = id): FigureSpec[] => {
    const line = `${name} | ${cases} | ${deaths}`;
    const base = { place, placeBasis: place === id ? ("stated" as const) : ("inferred" as const), source: "ministry-of-health", sourceBasis: "inferred" as const, date: outbreak(), sentence: line };
    return [
      { ...base, id: `${id}-cases`, measure: "cases", counted: "cholera cases", value: Number(cases.replace(",", "")), vt: cases, ctx: line, unit: "cases", vocabulary },
      { ...base, id: `${id}-killed`, measure: "killed", counted: "deaths", value: Number(deaths), vt: deaths, ctx: `${cases} | ${deaths}`, ...(place === id ? {} : { note: "'Other districts (6)': not named; the country's." }) },
    ];
  };

  return report(art, {
    title: "Malawi: Cholera Outbreak - Emergency Appeal Operation Update No. 2",
    outlet: "IFRC",
    published: "2026-03-10",
    vocabulary,
    actors: [
      organization({ id: "actor:ministry-of-health", name: "Ministry of Health", aliases: ["the Ministry of Health"], role: "Malawi's ministry of health", mentions: a.every("Ministry of Health") }),
      organization({ id: "actor:mrcs", name: "Malawi Red Cross Society", aliases: ["MRCS"], role: "National Red Cross society", mentions: [a.span("Malawi Red Cross Society"), ...a.every("MRCS")] }),
      organization({ id: "actor:who", name: "WHO", aliases: ["World Health Organization"], role: "UN health agency", mentions: [a.span("WHO")] }),
      organization({ id: "actor:unicef", name: "UNICEF", role: "UN children's agency", mentions: [a.span("UNICEF")] }),
      group({ id: "actor:zomba-volunteers", name: "Volunteers in Zomba", role: "Red Cross volunteers in Zomba", mentions: [a.span("Volunteers in Zomba")] }),
      person({ id: "actor:nyirenda", name: "Gift Nyirenda", aliases: ["Nyirenda", "The MRCS Secretary General"], role: "Secretary General of the MRCS", affiliation: "actor:mrcs", mentions: [a.span("Gift Nyirenda")] }),
    ],
    places: [
      place({ id: "place:malawi", name: "Malawi", aliases: ["the country"], kind: "country", mentions: [a.span("Malawi", "Malawi: Cholera"), a.span("Malawi", "Malawi Red Cross")] }),
      place({ id: "place:blantyre", name: "Blantyre", aliases: ["Blantyre city"], kind: "region", mentions: a.every("Blantyre") }),
      place({ id: "place:lilongwe", name: "Lilongwe", kind: "region", mentions: a.every("Lilongwe") }),
      place({ id: "place:mangochi", name: "Mangochi", kind: "region", mentions: a.every("Mangochi") }),
      place({ id: "place:machinga", name: "Machinga", kind: "region", mentions: a.every("Machinga") }),
      place({ id: "place:zomba", name: "Zomba", kind: "region", mentions: a.every("Zomba") }),
      place({ id: "place:lake-malawi", name: "Lake Malawi", aliases: ["the lake", "the lakeshore"], kind: "site", mentions: [a.span("Lake Malawi")] }),
      place({ id: "place:makanjira", name: "Makanjira", kind: "town", mentions: [a.span("Makanjira")] }),
    ],
    figures: [
      fig(a, { id: "malawi-cases", place: "malawi", placeBasis: "implied", measure: "cases", measureWord: "cholera cases", counted: "cholera cases", value: 2946, vt: "2,946", sentence: summary, source: "ministry-of-health", sourceWords: "Ministry of Health", sourceCtx: "the Ministry of Health has recorded", date: outbreak(a.span("Since the outbreak was declared on 27 January")), unit: "cases", vocabulary, note: "'in 11 of the country's 28 districts'." }),
      fig(a, { id: "malawi-killed", place: "malawi", placeBasis: "implied", measure: "killed", measureWord: "deaths", measureCtx: "71 deaths", counted: "deaths", value: 71, vt: "71", sentence: summary, source: "ministry-of-health", sourceWords: "Ministry of Health", sourceCtx: "the Ministry of Health has recorded", date: outbreak() }),
      ...[
        ...row("blantyre", "Blantyre", "1,102", "29"),
        ...row("lilongwe", "Lilongwe", "684", "14"),
        ...row("mangochi", "Mangochi", "515", "17"),
        ...row("machinga", "Machinga", "221", "4"),
        ...row("zomba", "Zomba", "168", "3"),
      ].map((s) => fig(a, s)),
      fig(a, { id: "other-districts-cases", place: "malawi", placeBasis: "inferred", measure: "cases", counted: "cholera cases", value: 256, vt: "256", sentence: "Other districts (6)", source: "ministry-of-health", sourceBasis: "inferred", date: outbreak(), unit: "cases", vocabulary, note: "'Other districts (6)': not named; the country's." }),
      fig(a, { id: "other-districts-killed", place: "malawi", placeBasis: "inferred", measure: "killed", counted: "deaths", value: 4, vt: "4", ctx: "256 | 4", sentence: "Other districts (6)", source: "ministry-of-health", sourceBasis: "inferred", date: outbreak(), note: "'Other districts (6)': not named; the country's." }),
      fig(a, { id: "mangochi-community-killed", place: "mangochi", measure: "killed", measureWord: "deaths", measureCtx: "of the 17 deaths", counted: "deaths in the community", value: 9, vt: "9", ctx: "9 of the 17", sentence: "In Mangochi, 9 of the 17", date: outbreak(), note: "Sub-count of Mangochi's 17 deaths; the update's own voice." }),
      fig(a, { id: "makanjira-cases", place: "makanjira", measure: "cases", measureWord: "new cases", measureCtx: "37 new cases", counted: "new cases", value: 37, vt: "37", sentence: "a fishing camp at Makanjira", date: { start: "2026-03-03", precision: "day", basis: "stated", year: "inferred", text: a.span("On 3 March") }, unit: "cases", vocabulary, note: "Reported by the camp ('a fishing camp at Makanjira reported')." }),
      fig(a, { id: "makanjira-children-cases", place: "makanjira", measure: "cases", counted: "children under five", value: 12, vt: "12", ctx: "including 12 children", sentence: "a fishing camp at Makanjira", date: null, unit: "cases", vocabulary, note: "Sub-count of the 37." }),
    ],
    statements: [
      say(a, { id: "ministry-recorded", speaker: "ministry-of-health", text: "2,946 cholera cases and 71 deaths in 11 of the country's 28 districts" }),
      say(a, { id: "zomba-fluids", speaker: "zomba-volunteers", text: "at least two cholera treatment units have run out of intravenous fluids", topics: ["rescue"] }),
      say(a, { id: "nyirenda-lakeshore", speaker: "nyirenda", text: "The number of new cases is falling in Lilongwe, but the lakeshore is where we are most worried.", quotes: ["The number of new cases is falling in Lilongwe, but the lakeshore is where we are most worried."], topics: ["warning"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("No. 2"), "number of the update"),
      notFigure(a.span("1 February to 8 March 2026"), "reporting period"),
      notFigure(a.span("11", "in 11 of"), "count of districts"),
      notFigure(a.span("28"), "count of districts"),
      notFigure(a.span("2.4 per cent"), "case fatality rate"),
      notFigure(a.span("8 March", "as of 8 March. Blantyre"), "date"),
      notFigure(a.span("two thirds"), "fraction"),
      notFigure(a.span("8 March", "(as of 8 March)"), "date"),
      notFigure(a.span("6", "districts (6)"), "count of districts"),
      notFigure(a.span("17", "9 of the 17"), "points back to Mangochi's 17 deaths"),
      notFigure(a.span("one day"), "duration"),
      notFigure(a.span("five", "under five"), "age"),
      notFigure(a.span("420"), "volunteers at work: not harmed"),
      notFigure(a.span("five", "the five most"), "count of districts"),
      notFigure(a.span("an estimated 310,000"), "people reached with hygiene promotion: not harmed"),
      notFigure(a.span("14", "14 oral"), "count of rehydration points"),
      notFigure(a.span("1.1 million"), "people vaccinated: not harmed"),
      notFigure(a.span("between 15 and 22 February"), "dates"),
      notFigure(a.span("at least two"), "count of treatment units"),
      notFigure(a.span("38 per cent"), "percentage of funding"),
      notFigure(a.span("CHF 2.5 million"), "money"),
    ],
  });
}
