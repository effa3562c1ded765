import { extractDraft } from "../../src/extract";
import { loadGazetteer } from "../../src/cli/gazetteer";

// Our own sentences, written in the manner of news reports.
const people = (text: string) =>
  extractDraft(text, { published: "2025-03-01" })
    .actors.filter((a) => a.type === "person")
    .map((a) => ({ name: a.name, role: a.role }));
const placeNames = (text: string) => extractDraft(text, { published: "2025-03-01" }).places.map((p) => p.name);

describe("a person introduced by a title with 'of' or 'for' in it", () => {
  it.each([
    [
      "State Minister for Shipping Rafiqul Alam said divers were searching the river.",
      "Rafiqul Alam",
      "State Minister for Shipping",
    ],
    ["On Monday, Minister of Interior Ana Ruiz said the police would open an inquiry.", "Ana Ruiz", "Minister of Interior"],
    [
      "Deputy Minister for Health Joseph Mensah said 30 people were treated for burns.",
      "Joseph Mensah",
      "Deputy Minister for Health",
    ],
    [
      "Secretary of State for Defence Helen Marsh visited the barracks on Tuesday.",
      "Helen Marsh",
      "Secretary of State for Defence",
    ],
    [
      "Minister for Home Affairs Tomas Okafor told reporters the border would stay open.",
      "Tomas Okafor",
      "Minister for Home Affairs",
    ],
    [
      "Minister of State for Foreign Affairs Mariam Diallo said talks would resume.",
      "Mariam Diallo",
      "Minister of State for Foreign Affairs",
    ],
    [
      "Minister for Disaster Management and Relief Enamul Haque said rice had been sent.",
      "Enamul Haque",
      "Minister for Disaster Management and Relief",
    ],
    ["Inspector General of Police Musa Adamu said 14 suspects were in custody.", "Musa Adamu", "Inspector General of Police"],
    [
      "Director of Public Prosecutions Keith Morrow said charges would follow.",
      "Keith Morrow",
      "Director of Public Prosecutions",
    ],
    ["Chief of Army Staff Gen. Samuel Okon said troops had reached the town.", "Samuel Okon", "Chief of Army Staff Gen."],
    ["Minister of the Interior Lucia Ferrer said the curfew would end on Friday.", "Lucia Ferrer", "Minister of the Interior"],
    ["Minister of Interior Ruiz said the police would open an inquiry.", "Ruiz", "Minister of Interior"],
  ])("%s -> the person '%s', with the role '%s'", (text, name, role) => {
    expect(people(text)).toEqual([{ name, role }]);
  });

  it("no person's name starts with the title's 'of' or 'for'", () => {
    const text =
      "Minister for Home Affairs Tomas Okafor and Secretary of State for Defence Helen Marsh flew to the port, where " +
      "Commissioner of Police Jane Wambui met them. The Minister of Health, Dr. Amina Yusuf, said the wards were full.";
    const names = people(text).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Tomas Okafor", "Helen Marsh", "Jane Wambui", "Amina Yusuf"]));
    expect(names.filter((n) => /^(?:of|for|and)\b|\b(?:Affairs|Defence|Police|Health)\b/.test(n))).toEqual([]);
  });

  it.each([
    [
      "Bangladesh's State Minister for Shipping, Rafiqul Alam, said divers were searching the river.",
      "Rafiqul Alam",
      "Bangladesh's State Minister for Shipping",
    ],
    [
      "The Minister for Home Affairs, Tomas Okafor, said 12 people had been arrested.",
      "Tomas Okafor",
      "Minister for Home Affairs",
    ],
    ["The Minister of Health, Dr. Amina Yusuf, said the wards were full.", "Amina Yusuf", "Minister of Health"],
    ["Tomas Okafor, Minister for Home Affairs, said 12 people had been arrested.", "Tomas Okafor", "Minister for Home Affairs"],
    [
      "Helen Marsh, Secretary of State for Defence, visited the barracks on Tuesday.",
      "Helen Marsh",
      "Secretary of State for Defence",
    ],
  ])("in apposition: %s -> '%s', '%s'", (text, name, role) => {
    expect(people(text)).toEqual([{ name, role }]);
  });

  it("a name listed after a title, or a title naming someone else, is not taken as the role", () => {
    expect(people("The Minister for Home Affairs, Tomas Okafor and Jane Doe met the families on Monday.")).toEqual([
      { name: "Tomas Okafor", role: "" },
      { name: "Jane Doe", role: "" },
    ]);
    expect(people("Ali Reza, Foreign Minister Hassan Tabari, and the envoy met on Monday.")).toEqual([
      { name: "Ali Reza", role: "" },
      { name: "Hassan Tabari", role: "Foreign Minister" },
    ]);
  });

  it("a country in the title is still a place the text names", () => {
    const text = "President of South Sudan Salva Deng said talks would resume. Prime Minister of Israel Dan Levi agreed.";
    expect(people(text).map((p) => p.name)).toEqual(["Salva Deng", "Dan Levi"]);
    expect(placeNames(text)).toEqual(expect.arrayContaining(["South Sudan", "Israel"]));
  });

  it("a title with no name after it is a speaker by description, not a name; 'the defence secretary' is the person with that title", () => {
    const text =
      'LONDON — Secretary of State for Defence Helen Marsh visited the barracks on Tuesday. "We will find out what ' +
      'went wrong and we will fix it," the defence secretary said. The Minister of Health said the wards were full.';
    const draft = extractDraft(text, { published: "2025-03-01" });
    expect(draft.actors.filter((a) => a.type === "person").map((a) => a.name)).toEqual(["Helen Marsh", "The Minister of Health"]);
    const quote = draft.statements.find((s) => s.text.exact.startsWith("We will find out"));
    expect(draft.actors.find((a) => a.id === quote?.speaker)?.name).toBe("Helen Marsh");
  });
});

describe("names with evidence (issue 22)", () => {
  it("an adverb is no actor, armed groups and outlets are organizations, a weapon is nothing, a two-word title is a role", () => {
    const draft = extractDraft(
      'Initially police said three passengers were killed. The Abu Sayyaf group and Jemaah Islamiyah have carried out such attacks before, the Inquirer reported. "It was an IED hidden under a seat," said Chief Superintendent Ramon Cruz.',
    );
    const actors = Object.fromEntries(draft.actors.map((a) => [a.name, [a.type, a.role]]));
    expect(actors).toEqual({
      "Abu Sayyaf": ["organization", ""],
      "Jemaah Islamiyah": ["organization", ""],
      Inquirer: ["organization", ""],
      "Ramon Cruz": ["person", "Chief Superintendent"],
    });
  });
});

describe("a person needs a person signal (issue 22)", () => {
  const actorsOf = (text: string) =>
    Object.fromEntries(extractDraft(text, { published: "2025-03-01" }).actors.map((a) => [a.name, a.type]));
  const speakerOf = (text: string) => {
    const d = extractDraft(text, { published: "2025-03-01" });
    return d.statements.map((s) => d.actors.find((a) => a.id === s.speaker)?.name);
  };

  it("headings and document names in capitals are nobody: 'KEY POINTS', 'Flash Update', 'SITUATION OVERVIEW'", () => {
    const draft = extractDraft(
      "Floods in Sindh - Flash Update 4\nKEY POINTS\n• Rain fell for six days in Sindh.\nSITUATION OVERVIEW\nRivers rose.",
    );
    expect(draft.actors.filter((a) => a.type === "person")).toEqual([]);
  });

  it("two capitalized words with nothing that says 'person' are no actor", () => {
    expect(actorsOf("The storm tore through this Northeast Texas town late Sunday.")).toEqual({});
  });

  it("each signal keeps a person: 'who', a role in apposition, an inverted 'said', an age, a later 'he' in its paragraph", () => {
    expect(actorsOf("Aline Bahati, who was waiting at the port, saw the boat tip over.")).toEqual({ "Aline Bahati": "person" });
    expect(actorsOf("Nine died overnight at the clinic, its director, Hawa Aden, told Reuters.")).toMatchObject({
      "Hawa Aden": "person",
      Reuters: "organization",
    });
    expect(actorsOf('"The water came so fast," said Kate Morrison.')).toEqual({ "Kate Morrison": "person" });
    expect(actorsOf("Maria Lopez, 34, was among the passengers.")).toEqual({ "Maria Lopez": "person" });
    expect(actorsOf("Jorge Ruiz drove the first truck across the bridge.\nHe stopped when the water reached the doors.")).toEqual(
      {},
    );
    expect(actorsOf("Jorge Ruiz drove the first truck across the bridge. He stopped when the water reached the doors.")).toEqual({
      "Jorge Ruiz": "person",
    });
  });

  it("bodies named by their words are organizations, even when they speak: 'Ambulance Victoria said', 'the Guardia Civil said'", () => {
    expect(actorsOf("Two patients were flown to Melbourne, Ambulance Victoria said.")).toEqual({
      "Ambulance Victoria": "organization",
    });
    expect(actorsOf("The Guardia Civil said 37 people remain unaccounted for.")).toEqual({ "Guardia Civil": "organization" });
    expect(actorsOf("The Bangsamoro Islamic Freedom Fighters have carried out raids before.")).toEqual({
      "Bangsamoro Islamic Freedom Fighters": "organization",
    });
  });

  it("an outlet is an organization and never the source of the story's facts: 'the newspaper El Tiempo reported'", () => {
    const draft = extractDraft("At least 12 people died in the clashes, the Colombian newspaper El Tiempo reported.");
    expect(draft.actors.map((a) => [a.name, a.type, a.draft.rules])).toEqual([
      ["El Tiempo", "organization", ["name.outlet-context"]],
    ]);
    expect(draft.statements).toEqual([]);
    expect(draft.figures.map((f) => [f.value.best, f.attribution.actor])).toEqual([[12, null]]);
    const wire = extractDraft("Four more people died in Quetta, Reuters reported. Six were hurt, police told Reuters.");
    const police = wire.actors.find((a) => a.name === "police")?.id;
    expect(wire.figures.map((f) => [f.value.best, f.attribution.actor])).toEqual([
      [4, null],
      [6, police],
    ]);
  });

  it("a body's word before a title is the title's: 'Fire Chief Ray Morgan' has the role 'Fire Chief'", () => {
    expect(people("Crews feared ten people were trapped, Fire Chief Ray Morgan said.")).toEqual([
      { name: "Ray Morgan", role: "Fire Chief" },
    ]);
  });

  it("unnamed speakers are people only when their words name one: 'the bureau' is not, 'a navy officer at the scene' is", () => {
    const draft = extractDraft(
      "The death toll rose to 13, the bureau said. Six miners are missing, a navy officer at the scene said. Ten were hurt, the county police commander said.",
    );
    expect(Object.fromEntries(draft.actors.map((a) => [a.name, a.type]))).toEqual({
      "the bureau": "organization",
      "a navy officer at the scene": "person",
      "the county police commander": "person",
    });
  });

  it("'said Pomonal resident Kate Morrison': the person named after the place is the speaker", () => {
    expect(speakerOf('"It was like a blowtorch," said Pomonal resident Kate Morrison, whose house survived.')).toEqual([
      "Kate Morrison",
    ]);
  });
});

describe("non-names in people: the general forms that are no one's name", () => {
  const actors = (text: string) =>
    extractDraft(text, { published: "2025-03-01" }).actors.map((a) => ({ name: a.name, type: a.type }));
  const trace = (text: string) => {
    const steps: string[] = [];
    extractDraft(text, { published: "2025-03-01", trace: (s) => steps.push(`${s.rule}: ${s.decided}`) });
    return steps;
  };

  it("name.group-claims: a name that claims an attack or speaks of itself as 'it' is a group, not a person", () => {
    for (const text of [
      "Twelve soldiers died. Al Qaeda said it was behind the attack.",
      "Ansar al-Sharia claimed responsibility for the attack that killed 12 people.",
      "Jabhat al-Nusra said its fighters killed 12 soldiers.",
      "Twelve soldiers died. Ansaru said it carried out the attack.",
    ])
      expect(actors(text).filter((a) => a.type === "person")).toEqual([]);
    expect(trace("Twelve soldiers died. Al Qaeda said it was behind the attack.")).toContain(
      "name.group-claims: a group: it claims an attack or speaks of itself as 'it'",
    );
    // A person who says "it was" is still a person.
    expect(actors('"We ran," Ali Musa said. Musa said it was a miracle that 12 survived.')).toContainEqual({
      name: "Ali Musa",
      type: "person",
    });
  });

  it("a lone speaker's word that is a role, a body's word or a code of letters and digits is no person's name", () => {
    // "The Chief said": a role speaking, an unnamed person; not a person named "Chief".
    const chief = trace("Twelve people died. The Chief said more were missing.");
    expect(chief).toContain("name.role-not-a-name: a role");
    expect(actors("Twelve people died. The Chief said more were missing.")).toEqual([{ name: "Chief", type: "person" }]);
    expect(actors("Al-Shabaab said 12 soldiers died.")).toEqual([{ name: "Al-Shabaab", type: "organization" }]);
    expect(actors("Twelve people died in Goma. M23 said the town was calm.")).toEqual([{ name: "M23", type: "organization" }]);
    // A surname alone stays a person.
    expect(actors("Twelve people died. Okafor said more were missing.")).toEqual([{ name: "Okafor", type: "person" }]);
  });

  it("a sentence's first word ending as an adverb is no part of the name after it; object acronyms are nobody", () => {
    expect(people("Separately Ali Musa said 12 people had died.")).toEqual([{ name: "Ali Musa", role: "" }]);
    expect(people("Initially Police said 12 people had died.")).toEqual([]);
    expect(actors("A VBIED killed 12. The VBIED was hidden in a truck, police said.").map((a) => a.name)).not.toContain("VBIED");
  });
});

describe("places named by the words of their line", () => {
  const gazetteer = loadGazetteer();
  const placesOf = (text: string) => extractDraft(text, { published: "2025-06-02", gazetteer }).places.map((p) => p.name);

  it("reads no preposition across a line break, so a lead's first capitalized word is no place", () => {
    expect(placesOf("Eleven dead as bus and truck collide near Mokopane\nEleven people were killed on Saturday.")).toEqual([
      "Mokopane",
    ]);
  });

  it("takes every item of a list after a plural place word as a place, known to the gazetteer or not", () => {
    expect(placesOf("Gunmen attacked the villages of Lopa, Dhendro and Ngari on Sunday, killing nine people.")).toEqual([
      "Lopa",
      "Dhendro",
      "Ngari",
    ]);
  });
});

describe("a hazard named for its place", () => {
  const gazetteer = loadGazetteer();
  const placesOf = (text: string) => extractDraft(text, { published: "2025-06-02", gazetteer }).places.map((p) => p.name);

  it("takes the place a sitrep's title names its hazard for, but not the hazard's kind", () => {
    expect(placesOf("Eastern Samar Floods - Flash Update No. 2\n• 14 people killed")).toEqual(["Eastern Samar"]);
    expect(placesOf("Monsoon Floods - Flash Update No. 2\n• 14 people killed")).toEqual([]);
  });
});
