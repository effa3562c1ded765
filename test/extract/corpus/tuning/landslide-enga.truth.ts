import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { destroyed: ["buried"] } };
const friday: ReportDate = { start: "2025-05-30", precision: "day", basis: "inferred", year: "inferred", note: "Before dawn on Friday, the day before the Saturday of publication." };

export function truth(): Report {
  const tsaka = { by: "actor:tsaka", date: friday };
  return build({
    slug: "landslide-enga",
    dir: TUNING_DIR,
    title: "Landslide buries village in Papua New Guinea's highlands",
    outlet: "AP",
    published: "2025-05-31",
    vocabulary,
    actors: [
      { id: "actor:officials", type: "organization", name: "provincial officials", role: "Enga provincial government" },
      { id: "actor:tsaka", type: "person", name: "Sandis Tsaka", aliases: ["Enga provincial administrator Sandis Tsaka", "Tsaka"], role: "Provincial administrator", affiliation: "actor:officials" },
      { id: "actor:iom", type: "organization", name: "International Organization for Migration", aliases: ["IOM"], role: "UN migration agency" },
      { id: "actor:pakona", type: "person", name: "Nelson Pakona", role: "Teacher living nearby" },
      { id: "actor:defence-force", type: "organization", name: "Defence Force", role: "Papua New Guinea's military" },
      { id: "actor:police", type: "organization", name: "Police", role: "Police" },
    ],
    places: [
      { id: "place:png", name: "Papua New Guinea", kind: "country" },
      { id: "place:port-moresby", name: "Port Moresby", kind: "city", aliases: ["PORT MORESBY"] },
      { id: "place:mulitaka", name: "Mulitaka", kind: "town", aliases: ["village of Mulitaka"] },
      { id: "place:enga", name: "Enga", kind: "region", aliases: ["Enga province"] },
      { id: "place:laiagam", name: "Laiagam", kind: "town" },
      { id: "place:wabag", name: "Wabag", kind: "town" },
      { id: "place:mount-hagen", name: "Mount Hagen", kind: "city" },
      { id: "place:lagaip", name: "Lagaip valley", kind: "region", aliases: ["Lagaip"] },
      { id: "place:porgera", name: "Porgera", kind: "region", aliases: ["Porgera district"] },
    ],
    figures: [
      { id: "feared-dead", v: "at least 36", n: 36, q: "at least", m: "killed", mt: "feared dead", c: "people", at: "place:mulitaka", by: "actor:officials", byText: "provincial officials", date: friday },
      { id: "bodies", v: "12", n: 12, m: "killed", mt: "bodies", c: "bodies", at: "place:mulitaka", atBasis: "implied", ...tsaka, byText: "Enga provincial administrator Sandis Tsaka" },
      { id: "under-rubble", v: "as many as 24", n: 24, q: "as many as", m: "missing", mt: "still under the rubble", c: "people", at: "place:mulitaka", atBasis: "implied", ...tsaka, byText: "Enga provincial administrator Sandis Tsaka" },
      { id: "homes", v: "Around 150", n: 150, q: "around", m: "destroyed", mt: ["buried", "homes were buried"], c: "homes", unit: "homes", at: "place:mulitaka", atBasis: "inferred", ...tsaka, byBasis: "implied" },
      { id: "displaced", v: "more than 1,000", n: 1000, q: "more than", m: "displaced", mt: "moved to a school", c: "residents of nearby hamlets", at: "place:mulitaka", atBasis: "inferred", ...tsaka, byBasis: "implied", note: "Residents of hamlets near Mulitaka, sheltering in Laiagam: counted where they come from." },
      { id: "students-missing", v: "Three", n: 3, m: "missing", c: "students", at: "place:mulitaka", atBasis: "inferred", by: "actor:pakona", byBasis: "implied", date: friday },
      { id: "porgera-killed", v: ["eight", "killed eight people"], n: 8, m: "killed", c: "people in tribal fighting", at: "place:porgera", by: "actor:police", byText: "Police", date: { start: "2025-05", precision: "month", basis: "inferred", year: "inferred", note: "Last week, at month precision." }, dateText: "last week" },
    ],
    statements: [
      { id: "officials-feared", who: "actor:officials", text: "A landslide buried part of the village of Mulitaka in Enga province before dawn on Friday, and at least 36 people are feared dead" },
      { id: "tsaka-bodies", who: "actor:tsaka", text: "12 bodies had been recovered by Saturday afternoon and as many as 24 people were still under the rubble" },
      { id: "tsaka-homes", who: "actor:tsaka", basis: "implied", text: "Around 150 homes were buried, and more than 1,000 residents of nearby hamlets had moved to a school in Laiagam" },
      { id: "iom-toll", who: "actor:iom", text: "the death toll could rise because many families had visitors staying for a funeral", topics: ["warning"] },
      {
        id: "pakona-hillside",
        who: "actor:pakona",
        text: `The whole hillside came down in a few seconds," said Nelson Pakona, a teacher who lives about 2 kilometres away. "Three of my students are missing.`,
        quotes: ["The whole hillside came down in a few seconds,", "Three of my students are missing."],
        topics: ["grief", "casualties"],
      },
      { id: "tsaka-road", who: "actor:tsaka", text: "Defence Force engineers and an excavator were on their way from Mount Hagen, but the road through the Lagaip valley was blocked in two places", topics: ["rescue"] },
      { id: "police-porgera", who: "actor:police", text: "tribal fighting in neighbouring Porgera district had killed eight people last week, which would slow the movement of aid convoys", topics: ["warning"] },
    ],
    numerals: [
      ["about 2 kilometres", "distance"],
      ["two places", "count of blockages"],
    ],
  });
}
