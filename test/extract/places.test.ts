import { extractDraft, type TraceStep } from "../../src/extract";
import { loadGazetteer } from "../../src/cli/gazetteer";
import { parseGazetteer, resolvePlace } from "../../src/extract/geonames/gazetteer";
import { findNames } from "../../src/extract/parsers/names";
import { countriesByGazetteer } from "../../src/extract/refiners/gazetteer-countries";
import { splitSentences } from "../../src/extract/sentences";

// Our own sentences, written for these tests.
const gazetteer = loadGazetteer();
const draft = (text: string) => extractDraft(text, { published: "2024-03-03", gazetteer });
const place = (d: ReturnType<typeof draft>, name: string) => d.places.find((p) => p.name === name);

describe("places from the GeoNames gazetteer", () => {
  it("gives a matched place its GeoNames id, country, division and coordinates", () => {
    const d = draft(
      "QUETTA, Pakistan (Agency) - At least six people were killed in a blast in the market district of Satellite Town, police said.",
    );
    expect(place(d, "QUETTA")?.geo).toEqual({
      matched: true,
      level: "place",
      name: "Quetta",
      geonamesId: 1167528,
      country: "PK",
      division: "Balochistan",
      lat: 30.18414,
      lon: 67.00141,
    });
    expect(place(d, "Pakistan")?.geo).toMatchObject({ matched: true, level: "country", geonamesId: 1168579 });
    // A name the gazetteer does not know says so.
    expect(place(d, "Satellite Town")?.geo).toEqual({ matched: false });
  });

  it("resolves an ambiguous name by the story's country (the dateline's)", () => {
    const sentence = "Floods killed 14 people in Hyderabad on Sunday, officials said.";
    expect(place(draft(`KARACHI, Pakistan - ${sentence}`), "Hyderabad")?.geo).toMatchObject({ country: "PK" });
    expect(place(draft(`NEW DELHI, India - ${sentence}`), "Hyderabad")?.geo).toMatchObject({ country: "IN" });
  });

  it("makes a name the gazetteer knows a place in a place's slot, with its rule, where the text alone made none", () => {
    const text = "Floods killed 12 people on Monday. Dera Ismail Khan district was the worst hit, officials said.";
    // Without the gazetteer the name is no place (and, with no person signal, no person either).
    const without = extractDraft(text, { published: "2024-03-03" });
    expect(without.places.map((p) => p.name)).not.toContain("Dera Ismail Khan district");
    const d = draft(text);
    const found = place(d, "Dera Ismail Khan district");
    expect(found?.draft.rules).toEqual(["name.geonames-slot:before-a-place-word"]);
    expect(found?.aliases).toEqual(["Dera Ismail Khan"]);
    expect(found?.geo).toMatchObject({ geonamesId: 1180281, country: "PK", division: "Khyber Pakhtunkhwa" });
    expect(d.actors.map((a) => a.name)).not.toContain("Dera Ismail Khan");
  });

  it("is evidence, not a dictionary: a known name with a person signal stays a person", () => {
    const d = draft('"We will rebuild every house," Sydney said on Monday. Sydney, 34, lost her home.');
    expect(d.places.map((p) => p.name)).not.toContain("Sydney");
    // "The Toyota was parked": a town of that name, but after an article a make.
    const car = draft('Witnesses said a car exploded. "The Toyota was parked there for an hour," said Ali Noor.');
    expect(car.places.map((p) => p.name)).not.toContain("Toyota");
  });

  it("name.gazetteer-country: a country's name of several words is one place, by the longest match, in few lookups", () => {
    const d = draft(
      "Floods killed 12 people in Papua New Guinea on Monday. In the Democratic Republic of the Congo, 30 people died when a boat capsized.",
    );
    const png = place(d, "Papua New Guinea");
    expect(png?.draft.rules).toEqual(["name.gazetteer-country"]);
    expect(png?.geo).toMatchObject({ level: "country", country: "PG" });
    expect(place(d, "Democratic Republic of the Congo")?.geo).toMatchObject({ level: "country", country: "CD" });
    expect(d.places.map((p) => p.name)).not.toContain("Papua");
    expect(d.actors.map((a) => a.name)).not.toContain("Democratic Republic of the Congo");
    expect(d.figures.map((f) => f.subject?.id)).toEqual(["place:papua-new-guinea", "place:democratic-republic-of-the-congo"]);

    // A name running on past the country ("Sri Lanka Navy") is left as it was; a title after it is not the name's
    // ("Papua New Guinea Prime Minister James Marape"); no name costs more than six lookups.
    const text = "Papua New Guinea Prime Minister James Marape said the Sri Lanka Navy rescued 40 people.";
    const context = { text, sentences: splitSentences(text), debug: () => undefined };
    const names = findNames(context);
    let lookups = 0;
    const counting = { ...gazetteer, lookup: (name: string) => (lookups++, gazetteer.lookup(name)) };
    countriesByGazetteer(context, names, counting, () => undefined);
    expect(names.map((m) => [m.text, m.kind])).toEqual([
      ["Papua New Guinea", "place"],
      ["James Marape", "person"],
      ["Sri Lanka Navy", "organization"],
    ]);
    expect(lookups).toBeLessThanOrEqual(6 * names.length);
  });

  it("a known name that reports a count is a place, and its clause's subject places the count ('Chikwawa has recorded 6 deaths')", () => {
    const d = draft(
      "Cholera has killed 15 people in Malawi this month. Chikwawa has recorded 6 deaths, Mangochi 5 and Lilongwe 4.",
    );
    expect(place(d, "Chikwawa")?.draft.rules).toEqual(["name.geonames-slot:reports-a-count"]);
    expect(d.figures.map((f) => [f.value.best, f.subject?.id])).toEqual([
      [15, "place:malawi"],
      [6, "place:chikwawa"],
      [5, "place:mangochi"],
      [4, "place:lilongwe"],
    ]);
  });

  it("'Neighbouring Badghis province reported 6 people injured': a sentence's 'Neighbouring' is no part of the name", () => {
    const d = draft(
      "Heavy rain hit Herat on Monday. Neighbouring Badghis province reported 6 people injured and 140 houses damaged.",
    );
    expect(d.figures.map((f) => [f.value.best, f.subject?.id, f.draft.rules?.[1]])).toEqual([
      [6, "place:badghis-province", "place.clause-subject"],
      [140, "place:badghis-province", "place.same-sentence-figure"],
    ]);
  });

  it("name.facility-word-after: a named hospital is the site of the counts there, and is not the town it is named for", () => {
    const d = draft(
      "PARIS, Texas - A tornado killed 4 people in Paris on Sunday. Six remained in critical condition at the Paris hospital on Monday.",
    );
    expect(d.figures.map((f) => [f.value.best, f.subject?.id])).toEqual([
      [4, "place:paris"],
      [6, "place:paris-hospital"],
    ]);
    expect(place(d, "Paris hospital")?.draft.rules).toEqual(["name.facility-word-after"]);
    expect(place(d, "Paris hospital")?.mentions.map((m) => m.exact)).toEqual(["Paris hospital"]);
  });

  it("'the city of Kayes' is the city, not the 'Kayes region' named before it", () => {
    const d = draft(
      "A gold mine collapsed in the Kayes region of western Mali, killing 23 people. Two of the injured were later moved to a hospital in the city of Kayes.",
    );
    expect(d.places.map((p) => p.name)).toEqual(expect.arrayContaining(["Kayes region", "Kayes"]));
    expect(d.figures.find((f) => f.value.best === 2)?.subject?.id).toBe("place:kayes");
  });

  it("a saint's 'St', 'St.' and 'Saint' are one name to the gazetteer: 'St Elizabeth 11' is a parish's count", () => {
    expect(gazetteer.lookup("St Elizabeth").map((e) => e.name)).toEqual(gazetteer.lookup("Saint Elizabeth").map((e) => e.name));
    const d = draft(
      "JAMAICA\nThe disaster office has confirmed 23 deaths: St Elizabeth 11, Westmoreland 7, Manchester 3, Hanover 2.",
    );
    expect(d.figures.find((f) => f.value.best === 11)?.subject?.id).toBe("place:st-elizabeth");
    expect(place(d, "St Elizabeth")?.geo).toMatchObject({ level: "division", country: "JM" });
  });

  it("lists every place lookup in the trace", () => {
    const steps: TraceStep[] = [];
    extractDraft("Floods killed 12 people in Bogotá on Monday.", { gazetteer, trace: (s) => steps.push(s) });
    expect(steps.filter((s) => s.rule === "place.geonames").map((s) => s.decided)).toEqual([
      expect.stringMatching(/^Bogotá, CO \(GeoNames 3688689/),
    ]);
  });

  it("parses the asset's three kinds of record and folds accents, case and apostrophes", () => {
    const small = parseGazetteer(
      [
        "# a comment",
        "C\tYE\t69543\tYemen",
        "A\tYE\t16\t71137\tSanaa",
        "P\t71137\tSana'a\tYE\t16\t1937451\t15.35472\t44.20667\tc",
        "P\t1\tSmall Sanaa\tYE\t16\t1200\t15\t44\t",
      ].join("\n"),
    );
    expect(small.size).toBe(4);
    expect(small.lookup("SANA’A").map((e) => e.kind)).toEqual(["place"]);
    expect(resolvePlace(small, "Sanaa")?.kind).toBe("division");
    expect(resolvePlace(small, "Sana'a")).toMatchObject({ geonamesId: 71137, seat: "c", lat: 15.35472 });
    expect(resolvePlace(small, "Nowhere")).toBeUndefined();
    // Names are Map keys: an object's own words find nothing.
    expect(["constructor", "__proto__", "toString"].map((name) => small.lookup(name).length)).toEqual([0, 0, 0]);
  });
});
