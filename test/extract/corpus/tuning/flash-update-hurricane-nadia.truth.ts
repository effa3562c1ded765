import type { Report } from "../../../../src/model/report";
import { build, type FigureSpec } from "./compact";
import { TUNING_DIR } from "./dir";

const vocabulary = { measures: { damaged: ["houses damaged"] } };

export function truth(): Report {
  const parish = (name: string, id: string, n: number): FigureSpec => ({
    id: `${id}-killed`,
    v: [String(n), `${name} ${n}`],
    n,
    m: "killed",
    mt: ["deaths", "23 deaths"],
    c: "people",
    at: `place:${id}`,
    by: "actor:odpem",
    byBasis: "implied",
  });
  return build({
    slug: "flash-update-hurricane-nadia",
    dir: TUNING_DIR,
    title: "Latin America & the Caribbean: Hurricane Nadia - Flash Update 3 (as of 24 October 2025)",
    outlet: "OCHA",
    published: "2025-10-24",
    vocabulary,
    actors: [
      { id: "actor:dgpc", type: "organization", name: "Directorate of Civil Protection", aliases: ["DGPC"], role: "Haiti's civil protection agency" },
      { id: "actor:odpem", type: "organization", name: "Office of Disaster Preparedness and Emergency Management", aliases: ["ODPEM"], role: "Jamaica's disaster agency" },
      { id: "actor:wfp", type: "organization", name: "WFP", role: "UN food agency" },
      { id: "actor:unicef", type: "organization", name: "UNICEF", role: "UN children's agency" },
    ],
    places: [
      { id: "place:caribbean", name: "Caribbean", kind: "region", aliases: ["Latin America & the Caribbean"] },
      { id: "place:haiti", name: "Haiti", kind: "country", aliases: ["HAITI"] },
      { id: "place:jamaica", name: "Jamaica", kind: "country", aliases: ["JAMAICA"] },
      { id: "place:sud", name: "Sud", kind: "region" },
      { id: "place:grand-anse", name: "Grand'Anse", kind: "region" },
      { id: "place:jeremie", name: "Jérémie", kind: "city" },
      { id: "place:grande-anse-river", name: "Grande Anse river", kind: "region" },
      { id: "place:les-cayes", name: "Les Cayes", kind: "city" },
      { id: "place:beaumont", name: "Beaumont", kind: "town" },
      { id: "place:st-elizabeth", name: "St Elizabeth", kind: "region" },
      { id: "place:westmoreland", name: "Westmoreland", kind: "region" },
      { id: "place:manchester", name: "Manchester", kind: "region" },
      { id: "place:hanover", name: "Hanover", kind: "region" },
    ],
    figures: [
      { id: "region-killed", v: "61", n: 61, m: "killed", c: "people", at: "place:caribbean", atBasis: "inferred", by: null, note: "Two countries (Haiti and Jamaica): the region of the update's title." },
      { id: "region-shelters", v: "More than 35,000", n: 35000, q: "more than", m: "displaced", mt: ["in shelters", "35,000 people in shelters"], c: "people", at: "place:caribbean", atBasis: "inferred", by: null, note: "Both countries' shelters (18,400 + 16,900)." },
      { id: "haiti-killed", v: ["38", "38 deaths"], n: 38, m: "killed", mt: ["deaths", "38 deaths"], c: "people", at: "place:haiti", by: "actor:dgpc", byText: ["Directorate of Civil Protection", "The Directorate of Civil Protection (DGPC) reports"] },
      { id: "haiti-injured", v: "112", n: 112, m: "injured", mt: "injuries", c: "people", at: "place:haiti", by: "actor:dgpc", byText: ["Directorate of Civil Protection", "The Directorate of Civil Protection (DGPC) reports"] },
      { id: "haiti-missing", v: ["14", "14 people missing"], n: 14, m: "missing", c: "people", at: "place:haiti", by: "actor:dgpc", byText: ["Directorate of Civil Protection", "The Directorate of Civil Protection (DGPC) reports"] },
      { id: "jeremie-killed", v: "17", n: 17, m: "killed", mt: ["died", "17 people died"], c: "people", at: "place:jeremie", by: "actor:dgpc", byBasis: "inferred" },
      { id: "les-cayes-killed", v: ["9", "Les Cayes: 9"], n: 9, m: "killed", mt: ["dead", "9 dead"], c: "people", at: "place:les-cayes", by: "actor:dgpc", byText: ["DGPC", "(DGPC, 23 Oct)"] },
      { id: "les-cayes-injured", v: ["41", "41 injured"], n: 41, m: "injured", c: "people", at: "place:les-cayes", by: "actor:dgpc", byText: ["DGPC", "(DGPC, 23 Oct)"] },
      { id: "les-cayes-houses", v: "3,200", n: 3200, m: "damaged", mt: "houses damaged", c: "houses", unit: "homes", at: "place:les-cayes", by: "actor:dgpc", byText: ["DGPC", "(DGPC, 23 Oct)"] },
      { id: "haiti-shelters", v: "About 18,400", n: 18400, q: "about", m: "displaced", mt: "staying in 96 temporary shelters", c: "people", at: "place:haiti", atBasis: "inferred", by: null, note: "Under the HAITI heading." },
      { id: "jamaica-killed", v: ["23", "23 deaths"], n: 23, m: "killed", mt: ["deaths", "23 deaths"], c: "people", at: "place:jamaica", atBasis: "inferred", by: "actor:odpem", byText: "Office of Disaster Preparedness and Emergency Management", note: "Under the JAMAICA heading." },
      parish("St Elizabeth", "st-elizabeth", 11),
      parish("Westmoreland", "westmoreland", 7),
      parish("Manchester", "manchester", 3),
      parish("Hanover", "hanover", 2),
      { id: "jamaica-shelters", v: "Some 16,900", n: 16900, q: "some", m: "displaced", mt: ["stayed in shelters", "people stayed in shelters"], c: "people", at: "place:jamaica", atBasis: "inferred", by: null },
      { id: "jamaica-shelters-before", v: "about 25,000", n: 25000, q: "about", m: "displaced", mt: ["stayed in shelters", "people stayed in shelters"], c: "people", at: "place:jamaica", atBasis: "inferred", by: null, date: { start: "2025-10-22", precision: "day", basis: "stated", year: "inferred" }, dateText: "22 October" },
    ],
    statements: [
      { id: "dgpc-toll", who: "actor:dgpc", text: "38 deaths, 112 injuries and 14 people missing in Haiti, most of them in the Sud and Grand'Anse departments" },
      { id: "odpem-toll", who: "actor:odpem", text: "23 deaths: St Elizabeth 11, Westmoreland 7, Manchester 3, Hanover 2" },
    ],
    numerals: [
      [["3", "Flash Update 3"], "number of the update"],
      ["24 October 2025", "date of the update"],
      ["1.1 million", "electricity customers without power, not people harmed"],
      ["23 Oct", "date of the line's source"],
      ["96 temporary shelters", "count of shelters"],
      ["National Road 7", "road number"],
      ["40 tonnes", "weight of food"],
      ["up to 12,000", "people given water, not harmed"],
    ],
  });
}
