import { day, month } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, person, place, report, state } from "../../truth-builder";
import { fig, heldOut2Article, say } from "./kit";

export function truth(): Report {
  const art = heldOut2Article("airstrike-school-sagaing");
  const { a } = art;
  const wednesday = day("2026-09-16", { words: a.span("on Wednesday morning"), basis: "inferred" });
  const ofStrike = day("2026-09-16", { basis: "inferred" }, "The strike on Wednesday morning.");
  const lead = "A Myanmar military jet bombed";
  const wounded = "He said about 30 other children";
  const teacherQ1 = "The children had just finished singing the morning song when we heard the plane,";
  const teacherQ2 = "We pulled out bodies with our hands.";

  return report(art, {
    title: "Myanmar military airstrike hits village school, killing 17 pupils",
    outlet: "AP",
    published: "2026-09-17",
    actors: [
      organization({ id: "actor:ap", name: "AP", aliases: ["Associated Press"], role: "News agency (outlet, not a speaker)", mentions: [a.span("AP")] }),
      person({ id: "actor:min-thu", name: "Min Thu", aliases: ["Ko Min Thu", "a local official of the opposition"], role: "Township administrator appointed by the National Unity Government ('Ko' is an honorific)", affiliation: "actor:nug", mentions: [a.span("a local official of the opposition"), a.span("Ko Min Thu"), a.span("Min Thu", "Min Thu said")], note: "The lead's 'local official of the opposition' is named in the next paragraph." }),
      organization({ id: "actor:nug", name: "National Unity Government", aliases: ["the shadow National Unity Government", "NUG"], role: "Myanmar's opposition shadow government", mentions: [a.span("National Unity Government")] }),
      person({ id: "actor:teacher", name: "a teacher who survived", aliases: ["a teacher"], role: "Teacher at the school, unnamed", mentions: [a.span("a teacher who survived")] }),
      organization({ id: "actor:pdf", name: "People's Defense Force", aliases: ["PDF"], role: "Armed wing of the opposition", mentions: [a.span("People's Defense Force")] }),
      state({ id: "actor:junta", name: "military government", aliases: ["The military government", "Myanmar military", "the army", "The army", "the military"], role: "Myanmar's military government", mentions: [...a.every("Myanmar military"), a.span("the army"), a.span("The army"), a.span("military government")] }),
      organization({ id: "actor:unicef", name: "United Nations Children's Fund", aliases: ["UNICEF"], role: "UN children's agency", mentions: [a.span("United Nations Children's Fund"), a.span("UNICEF")] }),
      organization({ id: "actor:ocha", name: "the UN's humanitarian office", aliases: ["UN's humanitarian office", "OCHA"], role: "UN Office for the Coordination of Humanitarian Affairs", mentions: [a.span("UN's humanitarian office")] }),
      person({ id: "actor:suu-kyi", name: "Aung San Suu Kyi", aliases: ["Suu Kyi"], role: "Leader of the elected government ousted in 2021", mentions: [a.span("Aung San Suu Kyi")] }),
    ],
    places: [
      place({ id: "place:bangkok", name: "Bangkok", aliases: ["BANGKOK"], kind: "city", mentions: [a.span("BANGKOK")], note: "Dateline far from the event (Thailand)." }),
      place({ id: "place:myanmar", name: "Myanmar", kind: "country", mentions: a.every("Myanmar") }),
      place({ id: "place:sagaing", name: "Sagaing", aliases: ["Sagaing region"], kind: "region", mentions: a.every("Sagaing") }),
      place({ id: "place:let-pan-taw", name: "Let Pan Taw", aliases: ["Let Pan Taw village"], kind: "town", mentions: [a.span("Let Pan Taw")] }),
      place({ id: "place:tabayin", name: "Tabayin", aliases: ["Tabayin township"], kind: "region", mentions: [a.span("Tabayin")] }),
      place({ id: "place:monywa", name: "Monywa", kind: "city", mentions: [a.span("Monywa")] }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "myanmar", measure: "killed", measureWord: "killing", measureCtx: "school, killing 17", counted: "pupils", value: 17, vt: "17", ctx: "school, killing 17", sentence: "Myanmar military airstrike hits", date: ofStrike, note: "Headline; present tense ('hits'). The headline names Myanmar." }),
      fig(a, { id: "sagaing-killed", place: "sagaing", measure: "killed", measureWord: "killing", measureCtx: "killing 17 pupils and", counted: "pupils and teachers", value: 19, vt: "17 pupils and two teachers", sentence: lead, source: "min-thu", sourceBasis: "implied", sourceWords: "a local official of the opposition", date: wednesday, parts: [{ value: 17, text: a.span("17 pupils", "17 pupils and two") }, { value: 2, text: a.span("two teachers") }], note: "A count made of parts. The village (Let Pan Taw) is named in the next paragraph; the lead's place is Sagaing region." }),
      fig(a, { id: "let-pan-taw-injured", place: "let-pan-taw", placeBasis: "implied", measure: "injured", measureWord: "wounded", measureCtx: "children were wounded", counted: "other children", value: 30, qualifier: "about", vt: "about 30", sentence: wounded, source: "min-thu", date: ofStrike, note: "'about 30 other children'; 'He said'." }),
      fig(a, { id: "let-pan-taw-serious", place: "let-pan-taw", placeBasis: "implied", measure: "injured", measureWord: "seriously", counted: "of the wounded children, seriously", value: 12, qualifier: "at least", vt: "at least 12", sentence: wounded, source: "min-thu", date: ofStrike, note: "Sub-count of the 30." }),
      fig(a, { id: "myanmar-displaced", place: "myanmar", measure: "displaced", counted: "people", value: 3500000, qualifier: "more than", vt: "More than 3.5 million", sentence: "More than 3.5 million people", source: "ocha", sourceWords: "UN's humanitarian office", date: { ...month("2021-02", { words: a.span("February 2021"), basis: "implied" }), end: "2026-09-17" }, note: "Background: displaced 'since' the February 2021 coup." }),
    ],
    statements: [
      say(a, { id: "min-thu-toll", speaker: "min-thu", basis: "implied", text: "A Myanmar military jet bombed a village school in the northwestern Sagaing region on Wednesday morning, killing 17 pupils and two teachers", note: "The 'local official of the opposition' is named in the next paragraph." }),
      say(a, { id: "min-thu-lesson", speaker: "min-thu", text: "The attack hit the middle school in Let Pan Taw village in Tabayin township during a morning lesson" }),
      say(a, { id: "min-thu-wounded", speaker: "min-thu", basis: "implied", text: "about 30 other children were wounded, at least 12 of them seriously" }),
      say(a, { id: "teacher-plane", speaker: "teacher", text: `${teacherQ1}" said a teacher who survived and asked not to be named for fear of reprisals. "${teacherQ2}`, quotes: [teacherQ1, teacherQ2], sentence: "The children had just finished", topics: ["grief"], note: "One statement, two quote spans: the second carries on after the attribution." }),
      say(a, { id: "min-thu-clinic", speaker: "min-thu", text: "Some of the wounded were carried to a clinic run by the People's Defense Force, the armed wing of the opposition, because the nearest hospital, in Monywa, is held by the army", topics: ["rescue"] }),
      say(a, { id: "junta-targets", speaker: "junta", basis: "implied", text: `it targets only "terrorist" fighters`, topics: ["blame"], note: "'terrorist' is a scare quote of one word: a paraphrase." }),
      say(a, { id: "unicef-horrified", speaker: "unicef", text: `it was "horrified" by reports of the strike`, note: "'horrified': one word in quote marks, a paraphrase." }),
      say(a, { id: "ocha-displaced", speaker: "ocha", text: "More than 3.5 million people have since been displaced across Myanmar" }),
    ],
    events: [],
    otherNumerals: [],
  });
}
