import { extractDraft } from "../../src/extract";
import { loadGazetteer } from "../../src/cli/gazetteer";
import { findNumbers } from "../../src/extract/parsers/numbers";
import { checkReport } from "../../src/model/check-report";
import { acceptDraft, type DraftReport } from "../../src/model/draft";

const draft = (text: string, published = "2024-03-12") => extractDraft(text, { published });
const placeOf = (d: DraftReport, id: string | undefined) => [...d.places, ...d.actors].find((x) => x.id === id)?.name;
const figures = (text: string) => {
  const d = draft(text);
  return d.figures.map((f) => ({
    value: f.value,
    qualifier: f.qualifier,
    measure: f.measure,
    valueText: f.valueText.exact,
    subject: placeOf(d, f.subject?.id),
  }));
};

describe("numbers as written", () => {
  it.each([
    ["six", 6],
    ["twenty-five", 25],
    ["a dozen", 12],
    ["1.2 million", 1_200_000],
    ["2 million", 2_000_000],
    ["$100 million", 100_000_000],
    ["1,400", 1400],
    ["two hundred and five", 205],
    ["2 lakh", 200_000],
    ["five crore", 50_000_000],
  ])("reads '%s' as %d", (written, value) => {
    const [mention] = findNumbers(`There were ${written} of them.`);
    expect(mention).toMatchObject({ text: written, value });
  });

  it("reads '20 or 30', '10 to 12' and 'between 5 and 8' as ranges, and a hyphenated number word as one number", () => {
    expect(findNumbers("20 or 30 people").map((m) => [m.value, m.upper])).toEqual([[20, 30]]);
    expect(findNumbers("10 to 12 houses").map((m) => [m.value, m.upper])).toEqual([[10, 12]]);
    expect(findNumbers("between 5 and 8 boats").map((m) => [m.value, m.upper])).toEqual([[5, 8]]);
    expect(findNumbers("forty-two sailors").map((m) => m.value)).toEqual([42]);
  });
});

describe("figures in the phrasings of news reports", () => {
  it("'killing at least 50': the verb before the number gives the measure, the qualifier its lower bound", () => {
    expect(figures("A lorry bomb exploded at a bus station in Mogadishu on Sunday, killing at least 50 people.")).toEqual([
      {
        value: { best: 50, low: 50, high: null },
        qualifier: "at least",
        measure: "killed",
        valueText: "at least 50",
        subject: "Mogadishu",
      },
    ]);
  });

  it("'left 11 wounded': the word after the number", () => {
    expect(figures("The shelling of Kharkiv overnight left 11 wounded, the regional governor said.")[0]).toMatchObject({
      value: { best: 11, low: 11, high: 11 },
      qualifier: "exact",
      measure: "injured",
      subject: "Kharkiv",
    });
  });

  it("'the death toll rose to 65': a measure earlier in the clause", () => {
    expect(figures("In Derna, the death toll rose to 65 on Tuesday as rescuers reached the coast.")[0]).toMatchObject({
      value: { best: 65 },
      measure: "killed",
      valueText: "65",
      subject: "Derna",
    });
  });

  it("'two of them died': the place carries over from the figure before", () => {
    const found = figures(
      "Nine miners were trapped underground in Zonguldak. Rescuers pulled them out, but two of them died in hospital.",
    );
    // People trapped are counted too (a measure the draft adds to its vocabulary).
    expect(found).toEqual([
      expect.objectContaining({ value: { best: 9, low: 9, high: 9 }, measure: "trapped", subject: "Zonguldak" }),
      expect.objectContaining({ value: { best: 2, low: 2, high: 2 }, measure: "killed", subject: "Zonguldak" }),
    ]);
  });

  it("a count made of parts is one figure over the whole phrase", () => {
    expect(figures("In Kisoro, three farmers and a teacher were killed when the bridge collapsed.")).toEqual([
      expect.objectContaining({
        value: { best: 4, low: 4, high: 4 },
        valueText: "three farmers and a teacher",
        measure: "killed",
      }),
    ]);
  });

  it("a part or total with no measure of its own takes the count's: 'N of them', 'in all', 'including N'", () => {
    const found = figures(
      "Police in Gulu detained 40 people, including five students, and released 12 of them by evening. " +
        "The militia fired 8 rockets at noon and about 20 in all by dusk.",
    );
    expect(found.map((f) => [f.valueText, f.measure])).toEqual([
      ["40", "arrested"],
      ["five", "arrested"],
      ["12", "arrested"],
      ["8", "rockets launched"],
      ["about 20", "rockets launched"],
    ]);
  });

  it("people rescued, aboard, trapped and homes destroyed are counted; cattle and countries are not", () => {
    const d = draft(
      "The launch was carrying up to 180 people when it sank near Barisal. Fishermen rescued 60 passengers, and 25 people swam ashore. " +
        "About 900 homes were destroyed and more than 300 head of cattle drowned. The two countries have argued for years.",
    );
    expect(d.figures.map((f) => [f.valueText.exact, f.measure])).toEqual([
      ["up to 180", "aboard"],
      ["60", "rescued"],
      ["25", "rescued"],
      ["About 900", "destroyed"],
    ]);
    expect(Object.keys(d.vocabulary?.measures ?? {}).sort()).toEqual(["aboard", "destroyed", "rescued"]);
  });

  it("a force, a crew or the accused counted is the figure's group; a hospital is where its patients are counted", () => {
    const found = figures(
      "Police in Mwanza detained six crew members after the ferry sank. A roadside bomb wounded three Malian soldiers near Gao. " +
        "Doctors said 14 people were being treated at Bugando Medical Centre.",
    );
    expect(found.map((f) => [f.valueText, f.subject])).toEqual([
      ["six", "crew members"],
      ["three", "Malian soldiers"],
      ["14", "Bugando Medical Centre"],
    ]);
  });

  it("an aside ('including …') does not hide the measure after it; 'for' alone names no measure", () => {
    const found = figures(
      "A court in Kano ordered five prison guards, including two women who ran the night shift, to be held for a week pending trial.",
    );
    expect(found.map((f) => [f.valueText, f.measure, f.subject])).toEqual([
      ["five", "arrested", "prison guards"],
      // A part of the count, named by plain words, is counted with the group it belongs to.
      ["two", "arrested", "prison guards"],
    ]);
  });

  it("a country's body counting names the country; the force that fired names the rockets' group", () => {
    const found = figures(
      "MOPTI, Mali — Malian officials said the toll on their side had risen to 12. Burkinabe units fired 40 rockets at the camp, and about 90 in all by night.",
    );
    expect(found.map((f) => [f.valueText, f.subject])).toEqual([
      ["12", "Mali"],
      ["40", "Burkinabe units"],
      ["about 90", "Burkinabe units"],
    ]);
  });

  it("a count of another year is the country's, not the story's place", () => {
    const found = figures(
      "ACCRA, Ghana — A truck crash near the town of Techiman killed 14 people on Monday, police said.\n" +
        "Ghana's roads are among the region's most dangerous. A fuel tanker blast in 2022 killed 13 people, and the road agency recorded 2,000 deaths last year.",
    );
    expect(found.map((f) => [f.valueText, f.subject])).toEqual([
      ["14", "Techiman"],
      ["13", "Ghana"],
      ["2,000", "Ghana"],
    ]);
  });

  it("a count in a sentence with no place takes the story's place: the lead's region, not the dateline", () => {
    const found = figures(
      "KATHMANDU, Nepal — Landslides struck the eastern hills of Nepal on Monday, killing 23 people, officials said.\n" +
        "Police said 40 others were injured.",
    );
    expect(found.map((f) => [f.valueText, f.subject])).toEqual([
      ["23", "eastern hills of Nepal"],
      ["40", "eastern hills of Nepal"],
    ]);
  });

  it("'20 or 30' is a range with the low end as best", () => {
    expect(figures("Witnesses in Goma said 20 or 30 people were killed when the market roof fell.")[0]).toMatchObject({
      value: { best: 20, low: 20, high: 30 },
      qualifier: "range",
      valueText: "20 or 30",
      measure: "killed",
    });
  });

  it("'a dozen' and '1.2 million' are numbers", () => {
    const found = figures("A dozen fishermen are missing off Chittagong. Floods have displaced 1.2 million people in Sylhet.");
    expect(found.map((f) => [f.value.best, f.measure, f.subject])).toEqual([
      [12, "missing", "Chittagong"],
      [1_200_000, "displaced", "Sylhet"],
    ]);
  });

  it("several places in one paragraph: each number takes the place named for it", () => {
    const found = figures(
      "About 300 people were killed in Hatay and more than 1,000 were injured. In Adana, 58 people were killed and up to 90 were hurt.",
    );
    expect(found.map((f) => [f.valueText, f.subject, f.measure, f.qualifier])).toEqual([
      ["About 300", "Hatay", "killed", "about"],
      ["more than 1,000", "Hatay", "injured", "more than"],
      ["58", "Adana", "killed", "exact"],
      ["up to 90", "Adana", "injured", "up to"],
    ]);
  });

  it("a plural demonym names the place counted, and the body credited is kept with its basis", () => {
    const d = draft("The attack killed at least 40 Ukrainians, the Ukrainian interior ministry said.");
    expect(d.figures).toHaveLength(1);
    expect(placeOf(d, d.figures[0]!.subject?.id)).toBe("Ukraine");
    expect(d.figures[0]!.attribution).toMatchObject({ basis: "stated" });
    expect(placeOf(d, d.figures[0]!.attribution.actor ?? undefined)).toBe("the Ukrainian interior ministry");
  });

  it("'according to' credits the body named after it", () => {
    const d = draft("Fourteen people were arrested in Dhaka, according to the Rapid Action Battalion.");
    expect(d.figures[0]).toMatchObject({ measure: "arrested", value: { best: 14 } });
    expect(placeOf(d, d.figures[0]!.attribution.actor ?? undefined)).toBe("Rapid Action Battalion");
  });

  it("years, dates, ages, times, percentages, street numbers and measurements are not figures, each with its reason", () => {
    const d = draft(
      "On March 3, 2024, a 6.1 magnitude quake struck at 4:15 a.m. near 14 Harbour Street. A 34-year-old woman and Omar Said, 61, were among the 2 dead, " +
        "and 40% of homes in the town were damaged, 12 km from the coast.",
    );
    expect(d.figures.map((f) => f.valueText.exact)).toEqual(["2"]);
    const reasons = Object.fromEntries(d.otherNumerals.map((n) => [n.text.exact, n.reason]));
    expect(reasons).toMatchObject({
      "3": "a date",
      "2024": "a year",
      "6.1": expect.stringMatching(/identifier|measurement/),
      "14": "a street number",
      "34": "an age",
      "61": "an age",
      "40": "a percentage",
      "12": expect.stringMatching(/measurement/),
    });
  });

  it("every figure carries a confidence and the rule that made it", () => {
    for (const figure of draft("Storms killed 7 people in Alabama.").figures) {
      expect(figure.draft.confidence).toBeGreaterThan(0);
      expect(figure.draft.confidence).toBeLessThanOrEqual(1);
      expect(figure.draft.rule).toMatch(/verb before the number|measure after/);
    }
  });
});

describe("figures in the forms real copy uses (issue 22)", () => {
  it("a sitrep line's label is the place of its counts, not the line before's", () => {
    const draft = extractDraft(
      "Floods in Pakistan\nPunjab: 40 people killed, 120 injured (as of 12 Sep)\nSindh: 87 people killed, 310 injured; 2,400 houses damaged (as of 14 Sep)\n",
    );
    const place = new Map(draft.places.map((p) => [p.id, p.name]));
    expect(draft.figures.map((f) => [f.value.best, f.measure, place.get(f.subject?.id ?? "")])).toEqual([
      [40, "killed", "Punjab"],
      [120, "injured", "Punjab"],
      [87, "killed", "Sindh"],
      [310, "injured", "Sindh"],
      [2400, "damaged", "Sindh"],
    ]);
    expect(draft.figures.every((f) => f.draft.rules?.includes("place.line-label"))).toBe(true);
  });

  it("a present-tense headline verb gives its count ('Militants kill 23 at checkpoint')", () => {
    const draft = extractDraft("Militants kill 23 at checkpoint\nGunmen attacked a police post in the north, officials said.\n");
    expect(draft.figures.map((f) => [f.value.best, f.measure])).toEqual([[23, "killed"]]);
  });
});

describe("counts that stand to other counts (issue 22: sub-counts, lists, 'another', 'more', earlier counts)", () => {
  const related = (text: string) => {
    const d = draft(text);
    const byId = new Map(d.figures.map((f) => [f.id, f]));
    return d.figures.map((f) => ({
      value: f.value.best,
      measure: f.measure,
      counted: f.counted,
      relation: f.relation
        ? `${f.relation.kind} ${byId.get(f.relation.figure)?.value.best} (${f.relation.text.exact})`
        : undefined,
      rule: f.draft.rules?.[0],
    }));
  };

  it("'five of them children' is its own figure, part of the count before, and counts children", () => {
    expect(related("A bomb killed 14 people at a bus stop in Kano, five of them children, police said.")).toEqual([
      { value: 14, measure: "killed", counted: "people", relation: undefined, rule: "measure.verb-before" },
      { value: 5, measure: "killed", counted: "children", relation: "part of 14 (of them)", rule: "measure.part-of-count" },
    ]);
  });

  it("'including 12 children' and 'among them two farmers' are parts of the count they follow", () => {
    const [, part] = related("At least 30 people were injured in Mopti, including 12 children.");
    expect(part).toMatchObject({ value: 12, measure: "injured", relation: "part of 30 (including)" });
    const out = related("The flood killed nine villagers in Sagaing, among them two farmers.");
    expect(out[1]).toMatchObject({ value: 2, measure: "killed", relation: "part of 9 (among them)" });
  });

  it("'Of the dead, 12 were women and five were children': two parts of the last count of the dead, never summed", () => {
    const out = related(
      "The bus fell into a ravine near Oruro and 19 people died.\nOf the dead, 12 were women and five were children, police said.",
    );
    expect(out.map((f) => [f.value, f.measure, f.relation])).toEqual([
      [19, "killed", undefined],
      [12, "killed", "part of 19 (dead)"],
      [5, "killed", "part of 19 (dead)"],
    ]);
    expect(out.map((f) => f.rule)).toEqual(["measure.word-after", "measure.of-the-named", "measure.list-continues"]);
  });

  it("'23 women and 11 children among the dead' and 'three more soldiers and five civilians' stay separate counts", () => {
    expect(related("Divers recovered the bodies of 23 women and 11 children among the dead.").map((f) => f.value)).toEqual([
      23, 11,
    ]);
    const more = related(
      "Six soldiers died in the ambush. Troops later found the bodies of three more soldiers and five civilians.",
    );
    expect(more.map((f) => f.value)).toEqual([6, 3, 5]);
    expect(more[1]!.relation).toBe("in addition to 6 (more)");
  });

  it("'another 11', 'four more' and 'three others' are counts of their own on top of an earlier one, not added to it", () => {
    const out = related(
      "Twelve people died in the blast in Goma. Four more died in hospital. Another 11 were injured and three others are missing.",
    );
    expect(out.map((f) => [f.value, f.measure, f.counted, f.relation])).toEqual([
      [12, "killed", "people", undefined],
      [4, "killed", "people", "in addition to 12 (more)"],
      [11, "injured", "people", "in addition to 4 (Another)"],
      [3, "missing", "others", "in addition to 11 (others)"],
    ]);
    const d = draft("Twelve people died in the blast in Goma. Four more died in hospital.");
    expect(d.figures[1]!.draft.rules).toContain("relation.in-addition-to");
  });

  it("a list of counts by place takes the first item's measure: 'Chikwawa 6 deaths, Mangochi 5 and Lilongwe 4'", () => {
    const out = related("Cholera has killed 40 people in Malawi. Chikwawa has recorded 6 deaths, Mangochi 5 and Lilongwe 4.");
    expect(out.map((f) => [f.value, f.measure, f.rule])).toEqual([
      [40, "killed", "measure.verb-before"],
      [6, "killed", "measure.word-after"],
      [5, "killed", "measure.list-continues"],
      [4, "killed", "measure.list-continues"],
    ]);
    const sitrep = related("The agency has confirmed 23 deaths: St Elizabeth 11, Westmoreland 7, Manchester 3.");
    expect(sitrep.map((f) => [f.value, f.measure])).toEqual([
      [23, "killed"],
      [11, "killed"],
      [7, "killed"],
      [3, "killed"],
    ]);
    const districts = related("In Injil district, 133 people died; in Ghoryan district, 41; in Kohsan district, at least 19.");
    expect(districts.map((f) => [f.value, f.measure])).toEqual([
      [133, "killed"],
      [41, "killed"],
      [19, "killed"],
    ]);
    const trailing = related("Eleven of the dead were in El Oro: nine in the port of Machala, and two in Santa Rosa.");
    expect(trailing.map((f) => [f.value, f.measure])).toEqual([
      [11, "killed"],
      [9, "killed"],
      [2, "killed"],
    ]);
  });

  it("a number that only follows a place is no count when nothing before it is one", () => {
    expect(related("Flights to Mangochi 5 times a week resumed, and Lilongwe 4 was closed.")).toEqual([]);
  });

  it("'has risen to 87, up from 61': the toll and the earlier count, each its own figure", () => {
    const out = related("The death toll in Sindh has risen to 87, up from 61 in the previous update.");
    expect(out.map((f) => [f.value, f.measure, f.rule])).toEqual([
      [87, "killed", "measure.word-before"],
      [61, "killed", "measure.earlier-count"],
    ]);
    expect(related("The death toll rose to 52 on Friday.").map((f) => [f.value, f.measure])).toEqual([[52, "killed"]]);
  });

  it("'between 20 and 30' is a range: low 20, high 30, best the low end as the model's range rule has it", () => {
    const d = draft("Between 20 and 30 people were still trapped under the rubble in Machala.");
    expect(d.figures.map((f) => [f.value, f.qualifier, f.measure, f.valueText.exact])).toEqual([
      [{ best: 20, low: 20, high: 30 }, "range", "trapped", "Between 20 and 30"],
    ]);
  });

  it.each([
    [
      "Floods in Pakistan\nSindh: 87 people killed, 310 injured; 2,400 houses damaged (as of 14 Sep)\n",
      "2025-09-20",
      [
        [87, "killed", "people", "2025-09-14"],
        [310, "injured", "people", "2025-09-14"],
        [2400, "damaged", "homes", "2025-09-14"],
      ],
    ],
    [
      "• 61 people killed in Haiti (as of 23 Oct)\n• More than 35,000 people in shelters (as of 23 Oct)\n",
      "2025-10-24",
      [
        [61, "killed", "people", "2025-10-23"],
        [35000, "displaced", "people", "2025-10-23"],
      ],
    ],
  ])("sitrep lines and bullets: each count a figure dated by its line's 'as of' (%s)", (text, published, expected) => {
    expect(draft(text, published).figures.map((f) => [f.value.best, f.measure, f.unit, f.date?.start])).toEqual(expected);
  });

  it("a relation to a figure the reviewer did not accept is dropped with it; an accepted pair keeps it", () => {
    const d = draft("A bomb killed 14 people at a bus stop in Kano, five of them children, police said.");
    const [whole, part] = d.figures;
    const both = acceptDraft(d, { [whole!.id]: { status: "accepted" }, [part!.id]: { status: "accepted" } }).report;
    expect(both.figures[1]!.relation?.figure).toBe(whole!.id);
    const alone = acceptDraft(d, { [part!.id]: { status: "accepted" } }).report;
    expect(alone.figures[0]!.relation).toBeUndefined();
  });
});

describe("more measures in the words of wire copy and sitreps (issue 22)", () => {
  it.each([
    ["Rescuers pulled 59 people from the water alive.", 59, "rescued"],
    ["By Sunday morning, rescuers had pulled out nine people alive.", 9, "rescued"],
    ["Six remained in critical condition at the district hospital.", 6, "injured"],
    ["Around 150 homes were buried when the hillside gave way.", 150, "destroyed"],
    ["About 400 families were sheltering in a school on Monday.", 400, "displaced"],
    ["A farmer who lost three members of his family said the raid began at night.", 3, "killed"],
    ["The outbreak has reached 870 cases in Blantyre.", 870, "cases"],
  ])("%s -> %d %s", (text, value, measure) => {
    expect(draft(text).figures.map((f) => [f.value.best, f.measure])).toEqual([[value, measure]]);
  });

  it("'lost 30 homes' still counts no one killed", () => {
    expect(draft("The village lost 30 homes in the flood.").figures.filter((f) => f.measure === "killed")).toEqual([]);
  });
});

describe("a figure's relation in a report", () => {
  it("a report file without relations still loads; one pointing at no figure is listed by the check", () => {
    const d = draft("A bomb killed 14 people at a bus stop in Kano, five of them children, police said.");
    const decisions = Object.fromEntries(d.figures.map((f) => [f.id, { status: "accepted" as const }]));
    const { report } = acceptDraft(d, decisions);
    const withoutRelations = { ...report, figures: report.figures.map(({ relation: _relation, ...f }) => f) };
    expect(checkReport(withoutRelations).problems).toEqual([]);
    expect(checkReport(report).problems).toEqual([]);
    const dangling = { ...report, figures: [report.figures[1]!] };
    expect(checkReport(dangling).problems).toEqual([
      `figures.0.relation.figure: no figure '${report.figures[0]!.id}' in the dataset`,
    ]);
  });
});

describe("counts a hospital, a sitrep or a list of the dead gives", () => {
  const gazetteer = loadGazetteer();
  const figures = (text: string) =>
    extractDraft(text, { published: "2025-06-02", gazetteer }).figures.map((f) => `${f.value.best} ${f.measure}`);

  it("reads a hospital's patients as injured, and an outbreak's as cases", () => {
    expect(figures("Ridgeway Medical Center received 15 patients after the crash.")).toEqual(["15 injured"]);
    expect(figures("Officials said 163 patients were admitted to cholera treatment centres this week.")).toEqual(["163 cases"]);
  });

  it("reads 'Among the dead were' as the dead, with no count before it", () => {
    expect(figures("Among the dead were three children and two waiters, he said.")).toEqual(["3 killed", "2 killed"]);
  });
});

describe("the displaced where they shelter, and more of a count", () => {
  const gazetteer = loadGazetteer();
  const figures = (text: string) =>
    extractDraft(text, { published: "2025-06-02", gazetteer }).figures.map((f) => `${f.value.best} ${f.measure}`);

  it("counts the people a shelter hosts and those who left their homes as displaced", () => {
    expect(
      figures("A school used as a shelter in Dadu hosts about 2,300 people. More than 7,200 residents have left their homes."),
    ).toEqual(["2300 displaced", "7200 displaced"]);
  });

  it("gives 'another six' the measure of the count before it in the sentence", () => {
    expect(figures("Twenty of the injured were taken to Sharana, and another six were flown to Kabul.")).toEqual([
      "20 injured",
      "6 injured",
    ]);
  });
});
