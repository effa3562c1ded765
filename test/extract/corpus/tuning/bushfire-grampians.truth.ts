import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { destroyed: ["destroyed", "destroys"] } };
const fire: ReportDate = { start: "2026-02-21", end: "2026-02-22", precision: "day", basis: "inferred", year: "inferred", note: "The fire of Saturday and Sunday." };
const saturday: ReportDate = { start: "2026-02-21", precision: "day", basis: "inferred", year: "inferred", note: "Saturday afternoon, the day before the Sunday of publication." };

export function truth(): Report {
  return build({
    slug: "bushfire-grampians",
    dir: TUNING_DIR,
    title: "Bushfire kills three, destroys dozens of homes in Victoria's west",
    outlet: "AAP",
    published: "2026-02-22",
    vocabulary,
    actors: [
      { id: "actor:nugent", type: "person", name: "Rick Nugent", aliases: ["Commissioner Rick Nugent", "the state's emergency management commissioner"], role: "Commissioner" },
      { id: "actor:ambulance-victoria", type: "organization", name: "Ambulance Victoria", role: "State ambulance service" },
      { id: "actor:cfa", type: "organization", name: "Country Fire Authority", aliases: ["the Country Fire Authority", "CFA"], role: "Volunteer fire service" },
      { id: "actor:morrison", type: "person", name: "Kate Morrison", aliases: ["Pomonal resident Kate Morrison"], role: "Pomonal resident" },
      { id: "actor:allan", type: "person", name: "Jacinta Allan", aliases: ["Premier Jacinta Allan"], role: "Premier" },
      { id: "actor:aap", type: "organization", name: "AAP", aliases: ["Australian Associated Press"], role: "News agency (an outlet, not a speaker)" },
    ],
    places: [
      { id: "place:australia", name: "Australia", kind: "country" },
      { id: "place:western-victoria", name: "western Victoria", kind: "region", aliases: ["Victoria's west", "Victoria"], except: ["Ambulance Victoria"] },
      { id: "place:melbourne", name: "Melbourne", kind: "city", aliases: ["MELBOURNE"] },
      { id: "place:pomonal", name: "Pomonal", kind: "town", aliases: ["town of Pomonal"] },
      { id: "place:grampians", name: "Grampians National Park", kind: "region", aliases: ["Grampians"] },
      { id: "place:halls-gap", name: "Halls Gap", kind: "town" },
      { id: "place:alfred", name: "The Alfred", kind: "site", aliases: ["The Alfred hospital"] },
      { id: "place:moyston", name: "Moyston", kind: "town" },
      { id: "place:stawell", name: "Stawell", kind: "town" },
      { id: "place:ararat", name: "Ararat", kind: "town" },
    ],
    figures: [
      { id: "headline-killed", v: ["three", "kills three"], n: 3, m: "killed", mt: "kills", c: "people", at: "place:western-victoria", by: null, date: fire },
      { id: "killed", v: ["three", "killed three people"], n: 3, m: "killed", mt: ["killed", "has killed three"], c: "people", at: "place:western-victoria", by: "actor:nugent", byText: "the state's emergency management commissioner", date: fire },
      { id: "homes", v: "at least 46", n: 46, q: "at least", m: "destroyed", mt: ["destroyed", "destroyed at least 46"], c: "homes", unit: "homes", at: "place:western-victoria", by: "actor:nugent", byText: "the state's emergency management commissioner", date: fire },
      { id: "pomonal-killed", v: ["two", "two of the dead"], n: 2, m: "killed", mt: "dead", c: "a couple in their seventies", at: "place:pomonal", by: "actor:nugent", byText: "Commissioner Rick Nugent", date: fire },
      { id: "firefighter-killed", v: "A volunteer firefighter", n: 1, m: "killed", c: "volunteer firefighter", at: "place:halls-gap", by: "actor:nugent", byBasis: "implied", date: fire, note: "A count of one with no numeral." },
      { id: "firefighters-injured", v: "Another four", n: 4, m: "injured", mt: "treated for burns and smoke inhalation", c: "firefighters", at: "place:western-victoria", atBasis: "inferred", by: "actor:ambulance-victoria", byText: "Ambulance Victoria", date: fire, note: "No place in its sentence: the fire's, not the previous sentence's Halls Gap." },
      { id: "alfred-injured", v: ["one", "one of them was flown"], n: 1, m: "injured", mt: "flown to The Alfred hospital", c: "firefighter", at: "place:alfred", by: "actor:ambulance-victoria", byText: "Ambulance Victoria", date: fire },
      { id: "evacuated", v: "About 2,300", n: 2300, q: "about", m: "evacuated", mt: "told to leave", c: "residents of Pomonal, Moyston and Stawell", at: "place:western-victoria", atBasis: "inferred", by: "actor:cfa", byText: "the Country Fire Authority", date: saturday, note: "Three towns: the region that holds them." },
      { id: "ararat-displaced", v: "nearly 600", n: 600, q: "nearly", m: "displaced", mt: "spent the night at a relief centre", c: "evacuees", at: "place:ararat", by: "actor:cfa", byText: "the Country Fire Authority", date: saturday },
    ],
    statements: [
      { id: "nugent-toll", who: "actor:nugent", text: "A fast-moving bushfire in western Victoria has killed three people and destroyed at least 46 homes" },
      { id: "nugent-car", who: "actor:nugent", text: "two of the dead, a couple in their seventies, were found in a burnt-out car on a road outside the town of Pomonal, near the Grampians National Park" },
      { id: "ambulance-firefighters", who: "actor:ambulance-victoria", text: "Another four firefighters were treated for burns and smoke inhalation, and one of them was flown to The Alfred hospital in Melbourne" },
      { id: "cfa-evacuated", who: "actor:cfa", text: "About 2,300 residents of Pomonal, Moyston and Stawell were told to leave on Saturday afternoon, and nearly 600 spent the night at a relief centre in Ararat" },
      {
        id: "morrison-blowtorch",
        who: "actor:morrison",
        text: `It was like a blowtorch coming over the ridge," said Pomonal resident Kate Morrison, whose house survived. "We had maybe ten minutes to get out.`,
        quotes: ["It was like a blowtorch coming over the ridge,", "We had maybe ten minutes to get out."],
        topics: ["grief"],
      },
      { id: "allan-hectares", who: "actor:allan", text: "the fire had burnt more than 21,000 hectares and was not yet contained", topics: ["warning"] },
    ],
    numerals: [
      ["dozens", "vague number of homes"],
      ["ten minutes", "length of time"],
      ["more than 21,000 hectares", "area burnt"],
      ["43 degrees", "temperature"],
    ],
  });
}
