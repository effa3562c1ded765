import type { ReportDate } from "../../../../src/model/date";
import type { Report } from "../../../../src/model/report";
import { build, type FigureSpec } from "./compact";
import { TUNING_DIR } from "./dir";

const since27April = (end: string, basis: "stated" | "inferred", note: string): ReportDate => ({
  start: "2026-04-27",
  end,
  precision: "day",
  basis,
  year: "inferred",
  note,
});
const toUpdate = since27April("2026-05-05", "stated", "Since 27 April, to the update's 5 May.");
const toTable = since27April("2026-05-04", "stated", "The table's 'as of 4 May'; counted since 27 April.");
const may2: ReportDate = { start: "2026-05-02", precision: "day", basis: "stated", year: "inferred" };

function line(region: string, place: string, dead: number, injured?: number): FigureSpec[] {
  const row = injured === undefined ? `${region}: ${dead} dead` : `${region}: ${dead} dead, ${injured} injured`;
  const common = { at: `place:${place}`, by: "actor:sodma", byBasis: "implied" as const, date: toTable, dateText: ["4 May", "as of 4 May"] as [string, string] };
  const out: FigureSpec[] = [{ id: `${place}-killed`, v: [String(dead), row], n: dead, m: "killed", mt: ["dead", row], c: "people", ...common }];
  if (injured !== undefined) {
    out.push({ id: `${place}-injured`, v: [String(injured), row], n: injured, m: "injured", mt: ["injured", row], c: "people", ...common });
  }
  return out;
}

export function truth(): Report {
  return build({
    slug: "flash-update-floods-hiraan",
    dir: TUNING_DIR,
    title: "SOMALIA: Gu Rains and Riverine Flooding - Flash Update #2 (as of 5 May 2026)",
    outlet: "OCHA",
    published: "2026-05-05",
    actors: [
      {
        id: "actor:sodma",
        type: "organization",
        name: "Somali Disaster Management Agency",
        aliases: ["SoDMA"],
        role: "Somalia's national disaster agency",
      },
      { id: "actor:camp-managers", type: "organization", name: "Camp managers", role: "Managers of displacement camps" },
    ],
    places: [
      { id: "place:somalia", name: "Somalia", kind: "country", aliases: ["SOMALIA"] },
      { id: "place:shabelle-river", name: "Shabelle River", kind: "region", aliases: ["The Shabelle River"] },
      { id: "place:beledweyne", name: "Beledweyne", kind: "city", aliases: ["the town"], except: ["Beledweyne General Hospital"] },
      { id: "place:hiraan", name: "Hiraan", kind: "region", aliases: ["Hiraan region"] },
      { id: "place:middle-shabelle", name: "Middle Shabelle", kind: "region" },
      { id: "place:bay", name: "Bay", kind: "region", aliases: ["Bay region"] },
      { id: "place:gedo", name: "Gedo", kind: "region" },
      { id: "place:kooshin", name: "Kooshin", kind: "site" },
      { id: "place:hawo-tako", name: "Hawo Tako", kind: "site" },
      { id: "place:jowhar", name: "Jowhar", kind: "region", aliases: ["Jowhar district"], except: ["Jowhar-Balcad road"] },
      { id: "place:jowhar-balcad", name: "Jowhar-Balcad road", kind: "site", aliases: ["the Jowhar-Balcad road"] },
      { id: "place:balcad", name: "Balcad", kind: "town", except: ["Jowhar-Balcad road"] },
      { id: "place:baidoa", name: "Baidoa", kind: "city" },
      { id: "place:beledweyne-hospital", name: "Beledweyne General Hospital", kind: "site" },
      { id: "place:mogadishu", name: "Mogadishu", kind: "city" },
    ],
    figures: [
      {
        id: "killed",
        v: "At least 29",
        n: 29,
        q: "at least",
        m: "killed",
        mt: "died",
        c: "people",
        at: "place:somalia",
        atBasis: "implied",
        by: "actor:sodma",
        byText: "Somali Disaster Management Agency",
        date: toUpdate,
        dateText: "27 April",
        note: "No place in its bullet: the update's country (its title); the regions' lines sum to 29.",
      },
      {
        id: "displaced",
        v: "Between 110,000 and 125,000",
        n: 110000,
        upper: 125000,
        q: "range",
        m: "displaced",
        c: "people",
        at: "place:somalia",
        atBasis: "implied",
        by: null,
        note: "No place in its clause but the sub-count's: the update's country.",
      },
      {
        id: "hiraan-displaced",
        v: "74,000",
        n: 74000,
        m: "displaced",
        c: "people",
        at: "place:hiraan",
        by: null,
        note: "'74,000 of them in Hiraan region': sub-count with its own place.",
      },
      ...line("Hiraan", "hiraan", 13, 22),
      ...line("Middle Shabelle", "middle-shabelle", 9, 15),
      ...line("Bay", "bay", 5, 6),
      ...line("Gedo", "gedo", 2),
      {
        id: "kooshin-killed",
        v: "eight",
        n: 8,
        m: "killed",
        mt: "drowned",
        c: "people",
        at: "place:kooshin",
        by: null,
        date: may2,
        dateText: ["2 May", "neighbourhoods on 2 May"],
        note: "'In Beledweyne … in the Kooshin and Hawo Tako neighbourhoods': two places, the first named.",
      },
      {
        id: "road-killed",
        v: "six",
        n: 6,
        m: "killed",
        c: "farm workers",
        at: "place:jowhar-balcad",
        by: null,
        note: "Swept off the Jowhar-Balcad road, in Jowhar district of Middle Shabelle: the road.",
      },
      {
        id: "road-injured",
        v: ["three", "three others"],
        n: 3,
        m: "injured",
        c: "people",
        at: "place:jowhar-balcad",
        by: null,
      },
      {
        id: "baidoa-killed",
        v: ["five", "all five deaths"],
        n: 5,
        m: "killed",
        mt: ["deaths", "five deaths"],
        c: "people",
        at: "place:baidoa",
        by: null,
        note: "Bay's five again, placed in displacement sites on the outskirts of Baidoa: the city.",
      },
      {
        id: "hospital-injured",
        v: "19",
        n: 19,
        m: "injured",
        mt: ["injured", "19 of the injured"],
        c: "injured",
        at: "place:beledweyne-hospital",
        by: null,
      },
    ],
    statements: [
      {
        id: "sodma-toll",
        who: "actor:sodma",
        text: "At least 29 people have died in flash and riverine floods since 27 April",
      },
      {
        id: "camp-managers-water",
        who: "actor:camp-managers",
        text: "water was waist-deep in most shelters",
      },
    ],
    numerals: [
      [["2", "Flash Update #2"], "number of the update"],
      ["5 May 2026", "date of the update"],
      [["2 May", "Beledweyne on 2 May"], "date the river broke its banks"],
    ],
  });
}
