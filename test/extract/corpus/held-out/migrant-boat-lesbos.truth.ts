import { day } from "../../../../data/authoring/anchor";
import type { Report } from "../../../../src/model/report";
import { notFigure, organization, person, place, report } from "../../truth-builder";
import { fig, heldOutArticle, say } from "./kit";

const vocabulary = {
  measures: { rescued: ["pulled", "rescued"], aboard: ["crowded into the boat"], "killed or missing": ["died or gone missing"] },
};

export function truth(): Report {
  const art = heldOutArticle("migrant-boat-lesbos");
  const { a } = art;
  const tuesday = day("2025-06-03", { words: a.span("early on Tuesday"), basis: "inferred" });
  const ofSinking = day("2025-06-03", { basis: "inferred" }, "The sinking early on Tuesday.");
  const lead = "At least eight migrants";
  const hospital = "Eleven of the survivors";
  const toll = "the death toll rose to 11";
  const turkish = "In a separate incident on Monday";

  return report(art, {
    title: "At least eight migrants drown off Lesbos, up to 20 missing",
    outlet: "Reuters",
    published: "2025-06-03",
    vocabulary,
    actors: [
      organization({ id: "actor:coast-guard", name: "the coast guard", aliases: ["coast guard", "The coast guard", "Greek coast guard"], role: "Hellenic Coast Guard", mentions: [a.span("the coast guard", "missing, the coast guard"), a.span("The coast guard", "The coast guard said it could")] }),
      organization({ id: "actor:frontex", name: "Frontex", role: "EU border agency", mentions: [a.span("Frontex")] }),
      person({ id: "actor:coast-guard-official", name: "a coast guard official", role: "Unnamed coast guard official", affiliation: "actor:coast-guard", mentions: [a.span("a coast guard official")] }),
      organization({ id: "actor:shipping-ministry", name: "the shipping ministry", aliases: ["shipping ministry"], role: "Greek ministry of shipping", mentions: [a.span("the shipping ministry")] }),
      organization({ id: "actor:greek-police", name: "Greek police", role: "Police", mentions: [a.span("Greek police")] }),
      person({ id: "actor:stratis", name: "Nikos Stratis", aliases: ["Stratis"], role: "Fisherman from Skala Sikamineas", mentions: [a.span("Nikos Stratis")] }),
      organization({ id: "actor:iom", name: "International Organization for Migration", aliases: ["IOM"], role: "UN migration agency", mentions: [a.span("International Organization for Migration")] }),
      organization({ id: "actor:turkish-coast-guard", name: "the Turkish coast guard", aliases: ["Turkish coast guard"], role: "Turkey's coast guard", mentions: [a.span("the Turkish coast guard")] }),
      organization({ id: "actor:eu", name: "European Union", aliases: ["the European Union"], role: "Union of states", mentions: a.every("European Union") }),
    ],
    places: [
      place({ id: "place:athens", name: "ATHENS", aliases: ["Athens"], kind: "city", mentions: [a.span("ATHENS")] }),
      place({ id: "place:lesbos", name: "Lesbos", aliases: ["the Greek island of Lesbos"], kind: "region", mentions: a.every("Lesbos") }),
      place({ id: "place:skala-sikamineas", name: "Skala Sikamineas", aliases: ["the village of Skala Sikamineas"], kind: "town", mentions: a.every("Skala Sikamineas") }),
      place({ id: "place:mytilene", name: "Mytilene", kind: "city", mentions: [a.span("Mytilene")] }),
      place({ id: "place:afghanistan", name: "Afghanistan", kind: "country", mentions: [a.span("Afghanistan")] }),
      place({ id: "place:syria", name: "Syria", kind: "country", mentions: [a.span("Syria")] }),
      place({ id: "place:ayvacik", name: "Ayvacık", kind: "town", mentions: [a.span("Ayvacık")] }),
      place({ id: "place:mediterranean", name: "the Mediterranean", aliases: ["Mediterranean"], kind: "region", mentions: [a.span("the Mediterranean")] }),
      place({ id: "place:cesme", name: "Çeşme", kind: "town", mentions: [a.span("Çeşme")] }),
      place({ id: "place:chios", name: "Chios", kind: "region", mentions: [a.span("Chios")] }),
    ],
    figures: [
      fig(a, { id: "lesbos-drowned", place: "lesbos", measure: "killed", measureWord: "drowned", measureCtx: "children, drowned", counted: "migrants", value: 8, qualifier: "at least", vt: "At least eight", sentence: lead, source: "coast-guard", sourceWords: "the coast guard", sourceCtx: "missing, the coast guard", date: tuesday }),
      fig(a, { id: "lesbos-children-drowned", place: "lesbos", measure: "killed", measureWord: "drowned", measureCtx: "children, drowned", counted: "children", value: 3, vt: "three", ctx: "including three children", sentence: lead, source: "coast-guard", sourceWords: "the coast guard", sourceCtx: "missing, the coast guard", date: tuesday, note: "Sub-count of the eight." }),
      fig(a, { id: "lesbos-missing", place: "lesbos", measure: "missing", measureWord: "feared missing", counted: "others", value: 15, upper: 20, qualifier: "range", vt: "between 15 and 20", sentence: lead, source: "coast-guard", sourceWords: "the coast guard", sourceCtx: "missing, the coast guard", date: tuesday, note: "'between 15 and 20 others'." }),
      fig(a, { id: "skala-rescued", place: "skala-sikamineas", measure: "rescued", measureWord: "pulled", measureCtx: "pulled 31 people", counted: "people", value: 31, vt: "31", sentence: "Coast guard vessels and a helicopter", source: "coast-guard-official", sourceWords: "a coast guard official", date: ofSinking, vocabulary, note: "'about two nautical miles north of the village of Skala Sikamineas'." }),
      fig(a, { id: "mytilene-hospital", place: "mytilene", measure: "injured", measureWord: "taken to the hospital", counted: "survivors", value: 11, vt: "Eleven", sentence: hospital, source: "coast-guard-official", sourceBasis: "implied", date: ofSinking, note: "Taken to hospital counts as injured." }),
      fig(a, { id: "mytilene-serious", place: "mytilene", measure: "injured", measureWord: "serious condition", counted: "of the survivors in serious condition", value: 2, vt: "two", ctx: "two of them in serious", sentence: hospital, source: "coast-guard-official", sourceBasis: "implied", date: ofSinking, note: "Sub-count of the eleven." }),
      fig(a, { id: "lesbos-aboard", place: "lesbos", placeBasis: "implied", measure: "aboard", measureWord: "crowded into the boat", counted: "people", value: 60, qualifier: "about", vt: "about 60", sentence: "Survivors told rescuers", date: ofSinking, vocabulary, note: "Survivors' estimate, not credited to a named body; the boat left near Ayvacık and sank off Lesbos." }),
      fig(a, { id: "lesbos-toll-risen", place: "lesbos", placeBasis: "implied", measure: "killed", measureWord: "death toll", counted: "people", value: 11, vt: "11", ctx: toll, sentence: toll, source: "shipping-ministry", sourceWords: "the shipping ministry", date: ofSinking }),
      fig(a, { id: "lesbos-more-bodies", place: "lesbos", placeBasis: "implied", measure: "killed", measureWord: "bodies", measureCtx: "three more bodies", counted: "bodies", value: 3, vt: "three", ctx: "three more bodies", sentence: toll, source: "shipping-ministry", sourceWords: "the shipping ministry", date: ofSinking, note: "'three more bodies near the wreck'." }),
      fig(a, { id: "lesbos-driver-arrested", place: "lesbos", placeBasis: "inferred", measure: "arrested", counted: "man identified as the boat's driver", value: 1, vt: "a 27-year-old man", sentence: "Greek police arrested", source: "greek-police", sourceBasis: "stated", date: ofSinking, note: "A count of one; 27 is his age." }),
      fig(a, { id: "mediterranean-dead-missing", place: "mediterranean", measure: "killed or missing", measureWord: "died or gone missing", counted: "people", value: 1950, qualifier: "at least", vt: "at least 1,950", sentence: "The International Organization for Migration said", source: "iom", sourceWords: "International Organization for Migration", date: { start: "2025-01-01", end: "2025-06-03", precision: "day", basis: "stated", year: "inferred", text: a.span("so far this year") }, vocabulary }),
      fig(a, { id: "cesme-rescued", place: "cesme", measure: "rescued", measureWord: "rescued", counted: "migrants", value: 42, vt: "42", sentence: turkish, source: "turkish-coast-guard", sourceWords: "the Turkish coast guard", date: day("2025-06-02", { words: a.span("on Monday", "incident on Monday"), basis: "inferred" }), vocabulary }),
      fig(a, { id: "cesme-detained", place: "cesme", measure: "arrested", measureWord: "detained", counted: "suspected smugglers", value: 2, vt: "two", ctx: "two suspected smugglers", sentence: turkish, source: "turkish-coast-guard", sourceWords: "the Turkish coast guard", date: day("2025-06-02", { basis: "inferred" }, "On Monday.") }),
    ],
    statements: [
      say(a, { id: "coast-guard-toll", speaker: "coast-guard", text: "At least eight migrants, including three children, drowned when their inflatable boat sank off the Greek island of Lesbos early on Tuesday, and between 15 and 20 others were feared missing" }),
      say(a, { id: "official-pulled", speaker: "coast-guard-official", text: "Coast guard vessels and a helicopter from the European Union's border agency Frontex pulled 31 people from the water about two nautical miles north of the village of Skala Sikamineas", topics: ["rescue"] }),
      say(a, { id: "coast-guard-on-board", speaker: "coast-guard", text: "it could not yet confirm how many had been on board" }),
      say(a, { id: "ministry-toll", speaker: "shipping-ministry", text: "the death toll rose to 11 after divers recovered three more bodies near the wreck", ctx: "the death toll rose to 11 after divers recovered three more bodies near the wreck" }),
      say(a, { id: "stratis-cold", speaker: "stratis", text: `The water was very cold and many of them could not swim," said Nikos Stratis, a fisherman from Skala Sikamineas who joined the search with his own boat. "We found a little girl holding on to a petrol can.`, quotes: ["The water was very cold and many of them could not swim,", "We found a little girl holding on to a petrol can."], sentence: "The water was very cold", topics: ["grief"] }),
      say(a, { id: "iom-mediterranean", speaker: "iom", text: "at least 1,950 people had died or gone missing in the Mediterranean so far this year" }),
      say(a, { id: "turkish-rescued", speaker: "turkish-coast-guard", text: "it had rescued 42 migrants and detained two suspected smugglers off Çeşme" }),
    ],
    events: [],
    otherNumerals: [
      notFigure(a.span("June 3"), "dateline date"),
      notFigure(a.span("about two nautical miles"), "distance"),
      notFigure(a.span("hundreds of thousands"), "vague quantity with no number"),
      notFigure(a.span("2015 and 2016"), "years"),
    ],
  });
}
