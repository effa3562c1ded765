import { bundledFunctions } from "../support/functions";

const { CARD: card } = bundledFunctions();
import { excelError } from "../support/excel";
import { evaluateFormula } from "../../src/cli/evaluate";

type Entity = Excel.EntityCellValue & { properties: Record<string, Excel.CellValue & Excel.EntityPropertyExtraProperties> };

/** Checked against @types/office-js at compile time: a card must be an Excel entity value. */
function entityOf(name: string): Entity {
  const value: Excel.EntityCellValue | string = card(name);
  if (typeof value === "string") throw new Error(`expected a card, got text ${value}`);
  return value as Entity;
}

const basic = (entity: Entity, property: string) =>
  (entity.properties[property] as { basicValue?: unknown } | undefined)?.basicValue;

describe("REPORT.CARD", () => {
  it("gives an actor's card: role, affiliation, aliases, statements and the first one", () => {
    const khamenei = entityOf("Supreme Leader");
    expect(khamenei.type).toBe("Entity");
    expect(khamenei.text).toBe("Ali Khamenei");
    expect(basic(khamenei, "Role")).toBe("Supreme Leader of Iran");
    expect(basic(khamenei, "Affiliation")).toBe("Iran");
    expect(basic(khamenei, "Statements")).toBe(3);
    expect(basic(khamenei, "First statement")).toMatch(/^expressed hope that the Israel-Gaza war/);
    const aliases = khamenei.properties.Aliases as Excel.ArrayCellValue;
    expect(aliases.elements.map((row) => (row[0] as Excel.StringCellValue).basicValue)).toContain("Ayatollah Ali Khamenei");
    expect(aliases.elements.map((row) => (row[0] as Excel.StringCellValue).basicValue)).toContain(
      "Ayatollah Khamenei (not in the report)",
    );
  });

  it("gives a place's card with every figure the report gives for it, qualified and sourced", () => {
    const gaza = entityOf("Gaza");
    expect(gaza.text).toBe("Gaza Strip");
    expect(basic(gaza, "Killed")).toBe(2750);
    expect(gaza.properties.Killed!.propertyMetadata?.sublabel).toBe("about 2,750 · the Palestinian Health Ministry (inferred)");
    expect(basic(gaza, "Injured")).toBe(9700);
    expect(gaza.properties.Hostages).toBeUndefined();
  });

  it("gives a figure's card: value, qualifier, bounds, attribution, date and evidence", () => {
    const israel = entityOf("Israel killed");
    expect(israel.text).toBe("Israel killed: at least 1,400");
    expect([basic(israel, "Value"), basic(israel, "Qualifier"), basic(israel, "Low")]).toEqual([1400, "at least", 1400]);
    expect(israel.properties.High).toBeUndefined();
    expect(basic(israel, "Attributed to")).toBe("the Israeli side");
    expect(basic(israel, "Date")).toBe("2023-10-07");
    expect(basic(israel, "Evidence")).toMatch(/^According to the Israeli side/);
    expect(basic(entityOf("Hamas operatives killed"), "Value")).toBe(6);
  });

  it("attributes every property that comes from the report's words to those words", () => {
    const gaza = entityOf("Gaza, killed");
    const attribution = gaza.properties.Value!.propertyMetadata!.attribution![0]!;
    expect(attribution.sourceText).toMatch(/: “about 2,750”$/);
    expect(gaza.properties.Evidence!.propertyMetadata!.attribution![0]!.sourceText).toContain(
      "“Meanwhile, about 2,750 people were killed in the Gaza Strip",
    );
  });

  it("lays the card out with a title and the other properties in a list", () => {
    const raisi = entityOf("Raisi");
    expect(raisi.layouts?.card?.title).toEqual({ property: "Name" });
    // The name is sourced to where the report writes it, not to the title before it ("Iranian President").
    expect(raisi.properties.Name!.propertyMetadata!.attribution![0]!.sourceText).toMatch(/: “Ebrahim Raisi”$/);
    const sections = raisi.layouts!.card!.sections!;
    expect(sections[0]!.properties).toEqual(Object.keys(raisi.properties).slice(1));
  });

  it("falls back to the plain text where Excel cannot show cards", () => {
    const office = { context: { requirements: { isSetSupported: jest.fn(() => false) } } };
    (globalThis as Record<string, unknown>).Office = office;
    try {
      expect(card("Khamenei")).toBe("Ali Khamenei");
      expect(office.context.requirements.isSetSupported).toHaveBeenCalledWith("CustomFunctionsRuntime", "1.4");
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });

  it("answers unknown names and unreported figures with Excel errors", () => {
    expect(excelError(() => card("Gazza"))).toEqual({
      code: "#N/A",
      message: "No person, group, place or figure 'Gazza' in the report; did you mean 'Gaza'?",
    });
    expect(excelError(() => card("West Bank hostages")).message).toBe(
      "The report gives no hostages figure for West Bank (it gives killed, injured).",
    );
    expect(excelError(() => card("")).code).toBe("#VALUE!");
    expect(excelError(() => card("Al Thani")).message).toMatch(
      /^'Al Thani' is ambiguous: the report has Mohammed bin Abdulrahman Al Thani and Tamim bin Hamad Al Thani/,
    );
  });

  it("is printed as JSON by the CLI", () => {
    const result = evaluateFormula('=REPORT.CARD("Gaza killed")');
    expect(result.kind).toBe("value");
    const json = JSON.parse(JSON.stringify((result as { value: unknown }).value));
    expect(json).toMatchObject({
      type: "Entity",
      text: "Gaza Strip killed: about 2,750",
      properties: { Value: { type: "Double", basicValue: 2750 } },
    });
  });
});
