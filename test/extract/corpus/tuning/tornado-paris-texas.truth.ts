import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { damaged: ["homes were damaged"], trapped: ["trapped under debris"] } };
const sunday: ReportDate = { start: "2025-04-06", precision: "day", basis: "inferred", year: "inferred", note: "Late Sunday, the day before the Monday of publication." };

export function truth(): Report {
  return build({
    slug: "tornado-paris-texas",
    dir: TUNING_DIR,
    title: "Tornado kills four in Paris, Texas",
    outlet: null,
    published: "2025-04-07",
    vocabulary,
    actors: [
      { id: "actor:county-officials", type: "organization", name: "Lamar County officials", role: "County government" },
      { id: "actor:bell", type: "person", name: "Brandon Bell", aliases: ["County Judge Brandon Bell"], role: "County Judge" },
      { id: "actor:wiley", type: "person", name: "Kendra Wiley", aliases: ["hospital spokesperson Kendra Wiley"], role: "Hospital spokesperson", affiliation: "actor:paris-regional-health" },
      { id: "actor:paris-regional-health", type: "organization", name: "Paris Regional Health", role: "Hospital" },
      { id: "actor:nguyen", type: "person", name: "Lisa Nguyen", aliases: ["Mayor Lisa Nguyen"], role: "Mayor" },
      { id: "actor:hughes", type: "person", name: "Darrell Hughes", role: "Resident who rode out the storm" },
      { id: "actor:nws", type: "organization", name: "National Weather Service", role: "US weather agency" },
      { id: "actor:morgan", type: "person", name: "Ray Morgan", aliases: ["Fire Chief Ray Morgan"], role: "Fire Chief" },
    ],
    places: [
      { id: "place:paris", name: "Paris", kind: "town", aliases: ["PARIS", "Paris, Texas"] },
      { id: "place:texas", name: "Texas", kind: "region", aliases: ["Northeast Texas"] },
      { id: "place:lamar-county", name: "Lamar County", kind: "region" },
      { id: "place:mobile-home-park", name: "mobile home park off Loop 286", kind: "site", aliases: ["mobile home park"] },
      { id: "place:clarksville-street", name: "Clarksville Street", kind: "site" },
      { id: "place:paris-regional-health", name: "Paris Regional Health", kind: "site", aliases: ["Paris hospital"] },
      { id: "place:dallas", name: "Dallas", kind: "city" },
      { id: "place:reno", name: "Reno", kind: "town", aliases: ["town of Reno"] },
      { id: "place:reno-school", name: "Reno Elementary School", kind: "site" },
    ],
    figures: [
      { id: "paris-killed", v: ["four", "killing four"], n: 4, m: "killed", mt: "killing", c: "people", at: "place:paris", atBasis: "implied", by: "actor:county-officials", byText: "Lamar County officials", date: sunday, note: "'this Northeast Texas town' under the PARIS dateline." },
      { id: "paris-injured", v: "at least 35", n: 35, q: "at least", m: "injured", mt: "injuring", c: "others", at: "place:paris", atBasis: "implied", by: "actor:county-officials", byText: "Lamar County officials", date: sunday },
      { id: "park-killed", v: ["three", "three of the dead"], n: 3, m: "killed", mt: "dead", c: "of the dead", at: "place:mobile-home-park", by: "actor:bell", byText: "County Judge Brandon Bell", date: sunday },
      { id: "clarksville-killed", v: ["one", "one in a house"], n: 1, m: "killed", mt: "dead", c: "of the dead", at: "place:clarksville-street", by: "actor:bell", byText: "County Judge Brandon Bell", date: sunday },
      { id: "children-killed", v: "Two", n: 2, m: "killed", mt: "victims", c: "children", at: "place:paris", atBasis: "inferred", by: "actor:bell", date: sunday },
      { id: "hospital-injured", v: "31", n: 31, m: "injured", mt: "treated", c: "people", at: "place:paris-regional-health", by: "actor:wiley", byText: "Kendra Wiley", date: sunday },
      { id: "dallas-injured", v: ["four", "four others"], n: 4, m: "injured", mt: "sent on to hospitals", c: "others", at: "place:dallas", by: "actor:wiley", byText: "Kendra Wiley", date: sunday },
      { id: "critical", v: "Six", n: 6, m: "injured", mt: "in critical condition", c: "people in critical condition", at: "place:paris-regional-health", by: null },
      { id: "reno-homes", v: "between 60 and 70", n: 60, upper: 70, q: "range", m: "damaged", c: "homes", unit: "homes", at: "place:reno", by: "actor:nguyen", byText: "Mayor Lisa Nguyen", date: sunday },
      { id: "reno-displaced", v: "about 150", n: 150, q: "about", m: "displaced", mt: "spent the night in the gym", c: "residents", at: "place:reno", by: "actor:nguyen", byText: "Mayor Lisa Nguyen", note: "Residents of Reno sheltering at the school; the count is of the town." },
      { id: "trapped-feared", v: "as many as 10", n: 10, q: "as many as", m: "trapped", c: "people (feared, later all accounted for)", at: "place:mobile-home-park", by: "actor:morgan", byText: "Fire Chief Ray Morgan", date: sunday, note: "A first fear, withdrawn by dawn." },
    ],
    statements: [
      { id: "officials-toll", who: "actor:county-officials", text: "A tornado tore through the east side of this Northeast Texas town late Sunday, killing four people and injuring at least 35 others" },
      { id: "bell-dead", who: "actor:bell", text: "three of the dead were found in a mobile home park off Loop 286 and one in a house on Clarksville Street" },
      { id: "bell-children", who: "actor:bell", text: "Two of the victims were children" },
      { id: "wiley-treated", who: "actor:wiley", text: "Paris Regional Health treated 31 people, and four others were sent on to hospitals in Dallas" },
      { id: "nguyen-reno", who: "actor:nguyen", text: "between 60 and 70 homes were damaged and about 150 residents spent the night in the gym of Reno Elementary School" },
      {
        id: "hughes-freight-train",
        who: "actor:hughes",
        text: `It sounded like a freight train, and then the windows came in," said Darrell Hughes, 63, who rode out the storm in a bathtub with his wife. "When we climbed out, the house across the road was just gone.`,
        quotes: ["It sounded like a freight train, and then the windows came in,", "When we climbed out, the house across the road was just gone."],
        topics: ["grief"],
      },
      { id: "nws-ef3", who: "actor:nws", text: "the tornado was an EF-3 with winds near 150 mph and stayed on the ground for about 14 miles", topics: ["cause"] },
      { id: "morgan-trapped", who: "actor:morgan", text: "Initially, emergency crews feared that as many as 10 people were trapped under debris at the mobile home park", topics: ["rescue"] },
    ],
    numerals: [
      [["286", "Loop 286 and"], "road number"],
      ["63", "age"],
      ["EF-3", "tornado rating"],
      ["150 mph", "wind speed"],
      ["about 14 miles", "distance"],
    ],
  });
}
