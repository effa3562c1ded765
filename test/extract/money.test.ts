import { extractDraft } from "../../src/extract";

// Our own sentences, written in the manner of news reports.
const draft = (text: string) => extractDraft(text, { published: "2025-03-01" });
const figures = (text: string) => draft(text).figures.map((f) => [f.measure, f.value.best, f.valueText.exact]);
const reasons = (text: string) => Object.fromEntries(draft(text).otherNumerals.map((n) => [n.text.exact, n.reason]));

describe("an amount of money is not a count of people", () => {
  it.each([
    ["The government announced aid worth $18 million for the families of the missing.", "$18 million"],
    ["Officials set aside 18 million dollars for the families of those still missing.", "18 million"],
    ["The European Union pledged €2.5 billion for the families of those killed in the floods.", "€2.5 billion"],
    ["The state will spend Rs 500 crore on relief for those injured in the blast.", "500 crore"],
    ["The chief minister said Rs. 20 lakh would go to each family of the workers killed.", "20 lakh"],
    ["A fund of US$ 3 million was set up for the injured and their carers.", "3 million"],
    ["The bank approved a loan of USD 250 million for families of the missing fishermen.", "USD 250 million"],
    ["He said 500 crore rupees would be paid to the injured over two years.", "500 crore"],
    ["Relief worth about 40 million was sent to the families of the dead.", "40 million"],
  ])("%s", (text, amount) => {
    expect(figures(text)).toEqual([]);
    expect(reasons(text)).toMatchObject({ [amount]: "an amount of money" });
  });

  it("the people counted beside an amount are still counted", () => {
    expect(
      figures(
        "The government set aside $18 million for the families of the 40 people still missing after the storm, " +
          "which killed at least 300 people.",
      ),
    ).toEqual([
      ["missing", 40, "40"],
      ["killed", 300, "at least 300"],
    ]);
    expect(figures("Floods displaced 2 lakh people in Assam, officials said.")).toEqual([["displaced", 200_000, "2 lakh"]]);
  });

  it("money given as funding stays a figure, in its currency", () => {
    const d = draft("Tehran sends approximately $100 million a year in funding to the militia, the envoy said.");
    expect(d.figures.map((f) => [f.measure, f.value.best, f.unit])).toEqual([["funding", 100_000_000, "US dollars"]]);
  });
});
