import { day, year } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { group, notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOut3Article, say } from "./kit";

const vocabulary = { measures: { present: ["inside"] }, qualifiers: { roughly: "approximate" as const } };

export function truth(): Report {
  const art = heldOut3Article("factory-fire-mirpur");
  const { a } = art;
  const thursday = day("2026-04-23", { words: a.span("on Thursday afternoon"), basis: "inferred" });
  const ofFire = day("2026-04-23", { basis: "inferred" }, "The fire on Thursday afternoon.");
  const lead = "A fire that broke out on the fourth floor";
  const officials = { source: "fire-officials", sourceWords: "fire officials" };
  const dmch = "Police said 34 of the injured";

  return report(art, {
    title: "Fire at Dhaka garment factory kills 16 workers",
    outlet: "United News of Bangladesh",
    published: "2026-04-23",
    vocabulary,
    actors: [
      group({ id: "actor:fire-officials", name: "fire officials", role: "Officials of the fire service", mentions: [a.span("fire officials")] }),
      person({ id: "actor:rahman", name: "Mahbubur Rahman", aliases: ["Rahman", "Lt Col Mahbubur Rahman"], role: "Director of operations, Fire Service and Civil Defence", affiliation: "actor:fscd", mentions: [a.span("Mahbubur Rahman"), a.span("Rahman", "Rahman said")] }),
      organization({ id: "actor:fscd", name: "Fire Service and Civil Defence", aliases: ["the Fire Service and Civil Defence"], role: "Bangladesh's fire service", mentions: [a.span("Fire Service and Civil Defence")] }),
      group({ id: "actor:police", name: "police", aliases: ["Police"], role: "Police in Dhaka", mentions: [a.span("Police", dmch)] }),
      person({ id: "actor:begum", name: "Shahana Begum", aliases: ["Begum"], role: "Sewing machine operator who escaped", mentions: [a.span("Shahana Begum")] }),
      organization({ id: "actor:labour-ministry", name: "labour ministry", aliases: ["The labour ministry", "Ministry of Labour and Employment"], role: "Bangladesh's labour ministry", mentions: [a.span("labour ministry")] }),
      group({ id: "actor:campaigners", name: "safety campaigners", aliases: ["Safety campaigners"], role: "Workplace safety campaigners", mentions: [a.span("Safety campaigners")] }),
    ],
    places: [
      place({ id: "place:dhaka", name: "Dhaka", aliases: ["DHAKA", "the capital"], kind: "city", mentions: [a.span("Dhaka", "Fire at Dhaka"), a.span("DHAKA"), a.span("the capital")] }),
      place({ id: "place:mirpur", name: "Mirpur", aliases: ["the Mirpur area", "Mirpur area"], kind: "region", mentions: [a.span("Mirpur")] }),
      place({ id: "place:dmch", name: "Dhaka Medical College Hospital", kind: "site", mentions: [a.span("Dhaka Medical College Hospital")] }),
      place({ id: "place:bangladesh", name: "Bangladesh", kind: "country", mentions: [a.span("Bangladesh")] }),
      place({ id: "place:china", name: "China", kind: "country", mentions: [a.span("China")] }),
      place({ id: "place:rana-plaza", name: "Rana Plaza", kind: "site", mentions: [a.span("Rana Plaza")], note: "The building in Savar that collapsed in 2013." }),
    ],
    figures: [
      fig(a, { id: "headline-killed", place: "dhaka", measure: "killed", measureWord: "kills", counted: "workers", value: 16, vt: "16", ctx: "kills 16 workers", sentence: "Fire at Dhaka garment", date: ofFire, note: "Headline; it names Dhaka." }),
      fig(a, { ...officials, id: "mirpur-killed", place: "mirpur", measure: "killed", measureWord: "killed", measureCtx: "killed 16 workers", counted: "workers", value: 16, vt: "16", ctx: "killed 16 workers", sentence: lead, date: thursday }),
      fig(a, { ...officials, id: "mirpur-injured", place: "mirpur", measure: "injured", counted: "people", value: 50, qualifier: "more than", vt: "more than 50", sentence: lead, date: thursday }),
      fig(a, { id: "mirpur-present", place: "mirpur", placeBasis: "implied", measure: "present", measureWord: "inside", measureCtx: "were inside", counted: "workers", value: 300, qualifier: "roughly", vt: "Roughly 300", sentence: "Roughly 300 workers", source: "rahman", sourceWords: "Lt Col Mahbubur Rahman", date: ofFire, vocabulary, note: "Workers inside the building when the fire began (measure `present`, as held-out's `aboard`); own qualifier `roughly` (approximate)." }),
      fig(a, { id: "mirpur-women-killed", place: "mirpur", placeBasis: "implied", measure: "killed", measureWord: "dead", measureCtx: "Eleven of the dead", counted: "women", value: 11, vt: "Eleven", sentence: "Eleven of the dead", source: "rahman", date: ofFire, note: "Sub-count of the 16; 'he said'." }),
      fig(a, { id: "dmch-injured", place: "dmch", measure: "injured", measureWord: "injured", measureCtx: "34 of the injured", counted: "of the injured", value: 34, vt: "34", sentence: dmch, source: "police", sourceWords: "Police", sourceCtx: dmch, date: ofFire, note: "Sub-count of the injured; a count in a hospital takes the hospital." }),
      fig(a, { id: "dmch-ventilators", place: "dmch", measure: "injured", measureWord: "on ventilators", counted: "of the injured, on ventilators", value: 5, vt: "five", ctx: "five were on ventilators", sentence: dmch, source: "police", sourceWords: "Police", sourceCtx: dmch, date: ofFire, note: "Sub-count of the 34." }),
      fig(a, { id: "mirpur-firefighters-injured", place: "mirpur", placeBasis: "implied", measure: "injured", measureWord: "injured", measureCtx: "among the injured, Rahman", counted: "firefighters", value: 2, vt: "Two", ctx: "Two firefighters", sentence: "Two firefighters were", source: "rahman", sourceWords: "Rahman", sourceCtx: "Rahman said", date: ofFire }),
      fig(a, { id: "rana-plaza-killed", place: "rana-plaza", measure: "killed", measureWord: "killed", measureCtx: "collapse killed", counted: "workers", value: 1100, qualifier: "more than", vt: "more than 1,100", sentence: "Safety campaigners say", date: year("2013", { words: a.span("2013") }), note: "Background: the 2013 collapse. The reporter's own voice, not the campaigners' claim." }),
    ],
    statements: [
      say(a, { id: "officials-toll", speaker: "fire-officials", text: "A fire that broke out on the fourth floor of a garment factory in the Mirpur area of the capital on Thursday afternoon killed 16 workers and injured more than 50" }),
      say(a, { id: "rahman-inside", speaker: "rahman", text: "Roughly 300 workers were inside the eight-storey building when an electrical fault set stacks of fabric alight", topics: ["casualties", "cause"] }),
      say(a, { id: "rahman-women", speaker: "rahman", basis: "implied", text: "Eleven of the dead were women" }),
      say(a, { id: "police-dmch", speaker: "police", text: "34 of the injured were being treated at Dhaka Medical College Hospital, where five were on ventilators" }),
      say(a, { id: "rahman-firefighters", speaker: "rahman", text: "Two firefighters were also among the injured" }),
      say(a, { id: "begum-gate", speaker: "begum", text: "The gate at the bottom was locked and we were banging on it,", quotes: ["The gate at the bottom was locked and we were banging on it,"], topics: ["grief", "blame"] }),
      say(a, { id: "begum-jumped", speaker: "begum", basis: "implied", text: "Some of the girls jumped.", quotes: ["Some of the girls jumped."], topics: ["grief"] }),
      say(a, { id: "ministry-committee", speaker: "labour-ministry", text: "it had formed a five-member committee to investigate and would report within seven working days", topics: ["blame"] }),
      say(a, { id: "campaigners-exits", speaker: "campaigners", text: "many smaller factories still lack proper fire exits", topics: ["warning"] }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("eight", "eight-storey"), "storeys of the building"),
      notFigure(a.span("18 fire units"), "count of fire units"),
      notFigure(a.span("nearly four hours"), "duration"),
      notFigure(a.span("five", "five-member"), "size of a committee"),
      notFigure(a.span("seven working days"), "duration"),
      notFigure(a.span("about 4 million"), "people employed (not a casualty)"),
    ],
  });
}
