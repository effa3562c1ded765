import { extractDraft } from "../../src/extract";
import type { DraftReport } from "../../src/model/draft";

const said = (text: string) => {
  const d: DraftReport = extractDraft(text, { published: "2024-05-20" });
  const name = (id: string) => d.actors.find((a) => a.id === id)?.name;
  return d.statements.map((s) => ({
    speaker: name(s.speaker),
    quotes: s.quotes.map((q) => q.exact),
    kind: s.kind,
    basis: s.speakerBasis,
  }));
};

describe("quotes and their speakers", () => {
  it("an unnamed speaker described before the verb, with a place, a relative clause or a name set off", () => {
    const found = said(
      `A porter at Lanka station, who would not give his name, said the platform had been closed for an hour. ` +
        `"We heard the brakes and then the bang," he said.\n` +
        `A baker who asked not to be identified said the smoke reached his street by noon. "It was black," he said, "and it smelled of oil."\n` +
        `A nurse who worked the night shift, and who gave only her first name, Imani, said the ward was full. ` +
        `"We put mattresses in the corridor," she said.\n` +
        `A fisherman who gave his name only as Tariq, 52, said he had pulled four people out. "They were shaking," he said.`,
    );
    expect(found.filter((s) => s.quotes.length > 0).map((s) => s.speaker)).toEqual([
      "A porter at Lanka station",
      "A baker",
      "Imani",
      "Tariq",
    ]);
  });

  it("a title with its portfolio ('Minister for Shipping') is the role, not part of the name", () => {
    const found = said(`State Minister for Transport Halima Yusuf said on Monday that the inquiry would report within a month.`);
    expect(found[0]?.speaker).toBe("Halima Yusuf");
  });

  it("takes straight, curly and single quote marks, and keeps a mismatched pair", () => {
    const found = said(
      `"The river rose in an hour," said Rahim Uddin, a farmer.\n` +
        `“We moved the cattle to the school roof,” said Nasreen Akter, his neighbour.\n` +
        `‘Nobody came to help us for two days,’ said Kamal Hossain, a boatman.\n` +
        `“The embankment broke in three places last night," said Selina Begum, an engineer.`,
    );
    expect(found.map((s) => [s.speaker, s.quotes])).toEqual([
      ["Rahim Uddin", ["The river rose in an hour,"]],
      ["Nasreen Akter", ["We moved the cattle to the school roof,"]],
      ["Kamal Hossain", ["Nobody came to help us for two days,"]],
      ["Selina Begum", ["The embankment broke in three places last night,"]],
    ]);
  });

  it("a quote split by its attribution is one statement with two quote spans", () => {
    const [statement] = said(
      `“We will not stop searching,” the fire chief, Tomas Berg, said, “until every family has been found.”`,
    );
    expect(statement).toMatchObject({
      speaker: "Tomas Berg",
      quotes: ["We will not stop searching,", "until every family has been found."],
    });
  });

  it("a quote that runs over a paragraph break is one statement, its speaker named at its end", () => {
    const found = said(
      `“The first wave hit the harbour before anyone could run.\n“The second took the market,” said Mayor Ines Duarte.`,
    );
    expect(found).toEqual([
      expect.objectContaining({
        speaker: "Ines Duarte",
        quotes: ["The first wave hit the harbour before anyone could run.", "The second took the market,"],
      }),
    ]);
  });

  it("'X, a …, said', 'said X' and 'X said' on either side of the quote", () => {
    const found = said(
      `Ahmed Saleh, a paramedic with the Red Crescent, said: “We carried out forty bodies before noon.”\n` +
        `“The road is cut in two places,” Maria Costa told reporters.`,
    );
    expect(found.map((s) => s.speaker)).toEqual(["Ahmed Saleh", "Maria Costa"]);
  });

  it("resolves 'he' two sentences on to the last fitting named speaker, and says it is implied", () => {
    const found = said(
      `Interior Minister Pavel Horak visited the camp on Friday. He met families who had lost their homes. ` +
        `“No one will spend the winter in a tent,” he said.`,
    );
    expect(found).toEqual([expect.objectContaining({ speaker: "Pavel Horak", basis: "implied" })]);
  });

  it("resolves a description ('the minister') to the named person whose title it matches", () => {
    const found = said(
      `Health Minister Alisha Rao said 14 hospitals had run out of oxygen. Rescue teams reached the valley later. ` +
        `“We are sending what we have,” the minister said.`,
    );
    expect(found.map((s) => s.speaker)).toEqual(["Alisha Rao", "Alisha Rao"]);
  });

  it("'according to X' gives the speaker after it", () => {
    const found = said(`According to the Norwegian Refugee Council, “the camps are now twice as full as they were built to be.”`);
    expect(found[0]?.speaker).toBe("Norwegian Refugee Council");
  });

  it("keeps an unnamed speaker as such, and a second mention of them as the same speaker", () => {
    const found = said(
      `“The whole street shook,” an eyewitness told the radio station. “Then the lights went out,” the eyewitness said.`,
    );
    expect(found.map((s) => s.speaker)).toEqual(["an eyewitness", "an eyewitness"]);
  });

  it("scare quotes of one or two words are not statements", () => {
    expect(said(`The army called the raid a "success". Residents spoke of a ‘ghost town’ after the fighting.`)).toEqual([]);
  });

  it("a quote with no speaker near it is not given one", () => {
    expect(said(`The banner over the square read “Bread, water and justice for the valley”.`)).toEqual([]);
  });

  it("reported speech without quote marks is a paraphrase", () => {
    const found = said(`The spokesman for the coast guard, Lars Eide, said that two boats were still missing at sea.`);
    expect(found).toEqual([expect.objectContaining({ speaker: "Lars Eide", kind: "paraphrase", quotes: [] })]);
  });

  it("apostrophes in words (Iran’s, Hamas’, officials') are not quote marks", () => {
    const found = said(`Iran’s envoy met Hamas’ leaders and the officials' aides. “We talked for hours,” said Reza Karimi.`);
    expect(found.map((s) => s.quotes)).toEqual([["We talked for hours,"]]);
  });
});
