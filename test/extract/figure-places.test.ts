import { extractDraft, type TraceStep } from "../../src/extract";
import { loadGazetteer } from "../../src/cli/gazetteer";

// Our own sentences, written for these tests: a figure's place from the structure of its text, most specific first.
const gazetteer = loadGazetteer();
const draft = (text: string) => extractDraft(text, { published: "2025-06-02", gazetteer });

/** Each figure as "value: place [place rule]". */
function placed(text: string): string[] {
  const d = draft(text);
  const name = (id: string | undefined) => [...d.places, ...d.actors].find((x) => x.id === id)?.name ?? "none";
  return d.figures.map((f) => `${f.value.best}: ${name(f.subject?.id)} [${f.draft.rules?.[1]}]`);
}

describe("a figure's place, from its clause", () => {
  it("takes the first place of a chain that names each inside the next", () => {
    expect(
      placed("A roadside bomb went off beside a minibus on the edge of Baidoa in southern Somalia on Tuesday, killing 9 people."),
    ).toEqual(["9: Baidoa [place.clause-locative]"]);
  });

  it("takes the place a list item or a reporting place names as its clause's subject", () => {
    expect(placed("Measles has spread since March. Lahore has recorded 14 deaths, Multan 6 and Faisalabad 3.")).toEqual([
      "14: Lahore [place.clause-subject]",
      "6: Multan [place.clause-subject]",
      "3: Faisalabad [place.clause-subject]",
    ]);
  });

  it("does not give the items after a colon the place of the whole before it", () => {
    expect(placed("Twelve of the victims died in Sindh province: eight in Hyderabad and four in Sukkur.")).toEqual([
      "12: Sindh province [place.clause-locative]",
      "8: Hyderabad [place.clause-locative]",
      "4: Sukkur [place.clause-locative]",
    ]);
  });

  it("places a force counted without saying whose, rather than making it a group of its own", () => {
    expect(
      placed("Militants stormed a police post near Bannu overnight. Five soldiers were killed near Bannu, officials said.")[0],
    ).toBe("5: Bannu [place.clause-locative]");
  });
});

describe("a figure's place, from its sentence, paragraph and section", () => {
  it("takes its sentence's place when its own clause names none", () => {
    expect(
      placed("Four people died and 30 were hurt when a fuel tanker overturned near the village of Tarnak, rescuers said."),
    ).toEqual(["4: Tarnak [place.sentence]", "30: Tarnak [place.clause-locative]"]);
  });

  it("takes the place of the sentence before it in its paragraph, but not for the story's toll", () => {
    const text =
      "KATHMANDU, Nepal (Agency) - Heavy rain has killed 20 people across Nepal this week, officials said.\n" +
      "In Dhangadhi, a river burst its banks on Sunday. Seven bodies were recovered, the police said. The national toll rose to 25 on Monday, officials said.";
    expect(placed(text)).toEqual([
      "20: Nepal [place.clause-locative]",
      "7: Dhangadhi [place.paragraph]",
      "25: Nepal [place.story]",
    ]);
  });

  it("gives the lines under a heading that names a place that place, until the next heading", () => {
    const text =
      "Storm Update 2\nNEPAL\nFloods have killed 30 people since Friday.\nINDIA\nLandslides killed 12 people in two days.\nRESPONSE\nAid agencies said 4,000 people had been displaced by the storm.";
    const lines = placed(text);
    expect(lines[0]).toBe("30: NEPAL [place.section]");
    expect(lines[1]).toBe("12: INDIA [place.section]");
    expect(lines[2]).not.toMatch(/place\.section/);
  });

  it("gives a situation-report line's counts the line's own place, not the line's before", () => {
    const text =
      "Monsoon floods: situation report\n" +
      "Heavy rain has caused flooding in several provinces since late August, officials said.\n" +
      "Sindh: 87 people killed, 310 injured (as of 14 Sep)\n" +
      "Balochistan: 54 people killed; 1,150 houses damaged (PDMA, 13 Sep)";
    expect(placed(text)).toEqual([
      "87: Sindh [place.line-label]",
      "310: Sindh [place.line-label]",
      "54: Balochistan [place.line-label]",
      "1150: Balochistan [place.line-label]",
    ]);
  });
});

describe("a figure's place, from the story's head", () => {
  it("takes the lead's place under a headline, not the headline's broader one", () => {
    const text =
      "Six dead as bus leaves road in Nepal\n" +
      "A bus carrying pilgrims left the road near the village of Simikot on Monday, killing six people, police said.\n" +
      "About 40 passengers were on board.";
    expect(placed(text).slice(1)).toEqual(["6: Simikot [place.clause-locative]", "40: Simikot [place.story]"]);
  });

  it.each([
    ["CITY -", "PESHAWAR - A gas cylinder exploded at a wedding on Sunday, killing 7 people, police said."],
    ["CITY:", "PESHAWAR: A gas cylinder exploded at a wedding on Sunday, killing 7 people, police said."],
    [
      "CITY, Month Day (Agency) -",
      "PESHAWAR, June 1 (Agency) - A gas cylinder exploded at a wedding, killing 7 people, police said.",
    ],
    ["CITY, Country (Agency) -", "PESHAWAR, Pakistan (Agency) - A gas cylinder exploded at a wedding, killing 7 people."],
  ])("takes the dateline's place (%s) when the lead names no other", (_, lead) => {
    expect(placed(`${lead}\nTwo guests died later in the day.`)).toEqual([
      "7: PESHAWAR [place.story]",
      "2: PESHAWAR [place.story]",
    ]);
  });

  it("records the rule and the words it leaned on, in the trace and the figure's rule text", () => {
    const steps: TraceStep[] = [];
    const text = "Four people died and 30 were hurt when a fuel tanker overturned near the village of Tarnak, rescuers said.";
    const d = extractDraft(text, { gazetteer, trace: (s) => steps.push(s) });
    expect(steps.find((s) => s.rule === "place.sentence" && s.decided !== "no")?.decided).toBe(
      "Tarnak (implied) from 'near the village of Tarnak'",
    );
    expect(d.figures[0]!.draft.rule).toMatch(/subject: the place of its sentence from 'near the village of Tarnak'$/);
  });
});

describe("a figure's place, from the count it is part of and the body that speaks", () => {
  it("gives a part its whole's place, not the seat of the officials who give it", () => {
    expect(
      placed(
        "Gunmen killed 14 people in an attack on a market in Gao region on Sunday. Officials in Bamako said three of the dead were children.",
      ),
    ).toEqual(["14: Gao region [place.clause-locative]", "3: Gao region [place.whole-of-part]"]);
  });

  it("takes a part of a larger whole, not of the smaller part just before it", () => {
    const d = draft(
      "The blast killed 23 people in Jalalabad. Six bodies were found near the mosque. Police said four of the dead were students.",
    );
    const [toll, , part] = d.figures;
    expect(part!.relation).toMatchObject({ kind: "part of", figure: toll!.id, text: { exact: "of the dead" } });
  });

  it("keeps a body's own count in its seat ('on their bank')", () => {
    expect(placed("The ferry sank on Monday. Police in Shariatpur said six bodies had washed up on their bank.")).toEqual([
      "6: Shariatpur [place.clause-locative]",
    ]);
  });

  it("takes the region a country's possessive names, known to the gazetteer or not", () => {
    expect(
      placed("Gunmen killed 12 people and wounded nine others in an attack on a village in Somalia's Lower Shabelle region."),
    ).toEqual(["12: Lower Shabelle region [place.sentence]", "9: Lower Shabelle region [place.clause-locative]"]);
  });
});

describe("a flattened table's counts", () => {
  const table = (text: string) => {
    const d = draft(text);
    const name = (id: string | undefined) => d.places.find((x) => x.id === id)?.name ?? "none";
    return d.figures.map((f) => `${f.value.best} ${f.measure} ${f.unit}: ${name(f.subject?.id)} [${f.draft.rules?.join(" ")}]`);
  };

  it("takes each column's measure and each row's label as the place, split at single spaces", () => {
    expect(
      table("CASUALTIES BY DISTRICT\nDistrict Killed Injured Houses destroyed\nKasese 14 22 1,300\nBundibugyo 6 - 410"),
    ).toEqual([
      "14 killed people: Kasese [measure.table-column place.clause-subject]",
      "22 injured people: Kasese [measure.table-column place.line-label]",
      "1300 destroyed homes: Kasese [measure.table-column place.line-label]",
      "6 killed people: Bundibugyo [measure.table-column place.clause-subject]",
      "410 destroyed homes: Bundibugyo [measure.table-column place.line-label]",
    ]);
  });

  it("reads pipes, leaves a column that counts no casualty out, and gives a total row no place of its own", () => {
    const d = draft("Province | Deaths | Affected\nBaghlan | 27 | 12,000\nTotal | 27 | 12,000");
    expect(d.figures.map((f) => f.value.best)).toEqual([27, 27]);
    expect(d.places.map((p) => p.name)).toEqual(["Baghlan"]);
    expect(d.otherNumerals.map((n) => n.reason)).toContain("a table column that counts no casualty");
  });

  it("reads no table in prose whose words only look like a header", () => {
    expect(draft("Killed Injured Missing\nThe storm passed 12 villages.").figures).toEqual([]);
  });
});

describe("a lead's wide place and the site where the event happened", () => {
  it("gives the lead's count the village named next, not the state, while the headline's count keeps the headline's place", () => {
    expect(
      placed(
        "Gunmen kill 21 in raid in Nigeria's Zamfara State\nGUSAU, Nigeria (AP) — Gunmen on motorbikes killed 21 people and wounded 13 others in Zamfara State on Friday, police said.\nThe attackers stormed the village of Kadawa at dusk, residents said.",
      ),
    ).toEqual([
      "21: Zamfara State [place.clause-locative]",
      "21: Kadawa [place.story-more-precise-than-lead]",
      "13: Kadawa [place.story-more-precise-than-lead]",
    ]);
  });

  it("keeps a flood's toll with the area the lead names", () => {
    expect(
      placed(
        "The death toll from floods in Sindh province has risen to 31, officials said.\nIn the town of Dadu, water reached the rooftops.",
      ),
    ).toEqual(["31: Sindh province [place.clause-locative]"]);
  });

  it("gives a toll brought up by deaths at a hospital the story's place, not the hospital", () => {
    expect(
      placed(
        "A bomb killed 12 people at a market in Konduga on Monday. Two of the wounded died at Maiduguri Specialist Hospital, bringing the death toll to 14, officials said.",
      ).at(-1),
    ).toBe("14: Konduga [place.story-toll]");
  });
});

describe("routes, roads and rivers", () => {
  it("does not give a count a route's ends, and takes a road's number as a place", () => {
    expect(
      placed(
        "Nine people were killed when a bus crashed on the N2 near Komga. The bus was carrying 48 passengers from Durban to East London.",
      ),
    ).toEqual(["9: N2 [place.clause-locative]", "48: N2 [place.paragraph]"]);
  });

  it("takes the river a vehicle fell into", () => {
    expect(placed("A jeep plunged into the Bheri River near Chhinchu. Seven people were on board.").at(-1)).toBe(
      "7: Bheri River [place.paragraph]",
    );
  });
});

describe("sitrep lists and where the displaced went", () => {
  it("reads a list with its counts in brackets, each with its own place", () => {
    expect(
      placed(
        "In Sofala, Buzi district was hardest hit, with 12 deaths, followed by Nhamatanda (four) and Dondo (two). WFP is working in Nhamatanda and Dondo.",
      ),
    ).toEqual([
      "12: Buzi district [place.clause-subject]",
      "4: Nhamatanda [place.clause-subject]",
      "2: Dondo [place.clause-subject]",
    ]);
  });

  it("gives people who fled the place they fled to", () => {
    expect(placed("Gunmen raided Kadawa. More than 800 people had fled to the town of Gusau by Monday.").at(-1)).toBe(
      "800: Gusau [place.clause-locative]",
    );
  });

  it("counts people still under the rubble as trapped", () => {
    const d = draft("The quake struck Herat on Saturday. As many as 30 people were still under the rubble of a mosque.");
    expect(d.figures.map((f) => `${f.value.best} ${f.measure}`)).toEqual(["30 trapped"]);
  });
});

describe("facilities the text describes", () => {
  it("makes 'the regional hospital in X' a site of its own, while a bare 'a hospital in X' is the town's", () => {
    expect(
      placed(
        "Eleven of the injured were taken to the regional hospital in Gardez. A hospital in Khost reported treating 14 people.",
      ),
    ).toEqual(["11: regional hospital in Gardez [place.clause-locative]", "14: Khost [place.clause-locative]"]);
  });
});
