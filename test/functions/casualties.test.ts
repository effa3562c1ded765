import { bundledFunctions } from "../support/functions";

const { CASUALTIES: casualties, FIGURES: figures } = bundledFunctions();
import { excelError } from "../support/excel";

describe("REPORT.CASUALTIES", () => {
  it.each([
    ["Gaza", "killed", 2750],
    ["Gaza Strip", "killed", 2750],
    ["the gaza strip", "dead", 2750],
    ["  GAZA  ", "fatalities", 2750],
    ["Gaza", "wounded", 9700],
    ["Israel", "killed", 1400],
    ["Israelis", "deaths", 1400],
    ["Israel", "injured", 3500],
    ["Israel", "hostages", 150],
    ["Israel", "abducted", 150],
    ["Israel", "taken hostage", 150],
    ["West Bank", "killed", 58],
    ["the West Bank", "injured", 1250],
    ["Lebanon", "killed", 3],
    ["Hamas operatives", "killed", 6],
    ["Hamas operatives", "eliminated", 6],
    ["Hamas", "rockets", 20],
    ["Lebanese territory", "attacks", 9],
    ["Tehran", "funding", 100_000_000],
  ])("gives %s %s as %p", (where, measure, value) => {
    expect(casualties(where, measure)).toBe(value);
  });

  it.each([
    ["value", 2750],
    ["qualifier", "about"],
    ["source", "the Palestinian Health Ministry (inferred)"],
    ["text", "about 2,750"],
    ["unit", "people"],
    ["evidence", "Meanwhile, about 2,750 people were killed in the Gaza Strip and more than 9,700 were injured."],
  ])("gives the %s field of Gaza killed", (field, expected) => {
    expect(casualties("Gaza", "killed", field)).toBe(expected);
  });

  it("gives the bounds a qualifier implies: 'at least 1,400' is a low of 1,400 and no high", () => {
    expect(casualties("Israel", "killed", "low")).toBe(1400);
    expect(casualties("Israel", "killed", "qualifier")).toBe("at least");
    expect(excelError(() => casualties("Israel", "killed", "high"))).toEqual({
      code: "#N/A",
      message: "The report gives no upper bound for Israel killed ('at least 1,400').",
    });
  });

  it("gives an exact figure as its own low and high", () => {
    expect(casualties("West Bank", "killed", "low")).toBe(58);
    expect(casualties("West Bank", "killed", "high")).toBe(58);
    expect(casualties("West Bank", "killed", "qualifier")).toBe("exact");
  });

  it("keeps 'more than' and 'over' as written", () => {
    expect(casualties("Gaza", "injured", "qualifier")).toBe("more than");
    expect(casualties("Israel", "injured", "qualifier")).toBe("over");
  });

  it("gives the date at the report's precision, and the stated source", () => {
    expect(casualties("Israel", "killed", "date")).toBe("2023-10-07");
    expect(casualties("Lebanon", "killed", "date")).toBe("2023-10-13/2023-10-14");
    expect(casualties("Tehran", "funding", "date")).toBe("2018-11");
    expect(casualties("West Bank", "killed", "source")).toBe("the Palestinian Health Ministry");
    expect(casualties("Israel", "hostages", "source")).toBe("the Israeli side (inferred)");
    expect(casualties("Lebanese territory", "attacks", "source")).toBe("Israeli army (inferred)");
  });

  it("counts the eliminated operatives, not people Hamas killed, and dates them only as after October 7", () => {
    expect(casualties("Hamas operatives", "killed", "date")).toBe("after 2023-10-07");
    expect(excelError(() => casualties("Hamas", "killed"))).toEqual({
      code: "#N/A",
      message: "The report gives no killed figure for Hamas (it gives rockets launched).",
    });
  });

  it("says 'not reported' with #N/A, never 0", () => {
    expect(excelError(() => casualties("Gaza", "hostages"))).toEqual({
      code: "#N/A",
      message: "The report gives no hostages figure for Gaza Strip (it gives killed, injured).",
    });
    expect(excelError(() => casualties("Gaza", "killed", "date"))).toEqual({
      code: "#N/A",
      message: "The report gives no date for Gaza Strip killed.",
    });
    expect(excelError(() => casualties("Hamas operatives", "killed", "source")).message).toMatch(
      /no source for Hamas operatives killed/,
    );
  });

  it("suggests the place meant for a near miss", () => {
    expect(excelError(() => casualties("Gazza", "killed"))).toEqual({
      code: "#N/A",
      message: "No place or group 'Gazza' in the report; did you mean 'Gaza'?",
    });
    expect(excelError(() => casualties("West Bnak", "killed")).message).toMatch(/did you mean 'West Bank'\?$/);
  });

  it("answers an unknown place without a suggestion when nothing is close", () => {
    expect(excelError(() => casualties("Antarctica", "killed"))).toEqual({
      code: "#N/A",
      message: "No place or group 'Antarctica' in the report.",
    });
  });

  it("gives #VALUE! for an unknown measure or field, with the choices or the one meant", () => {
    expect(excelError(() => casualties("Gaza", "kiled"))).toEqual({
      code: "#VALUE!",
      message: "'kiled' is not a measure; did you mean 'killed'?",
    });
    expect(excelError(() => casualties("Gaza", "weather"))).toEqual({
      code: "#VALUE!",
      message:
        "'weather' is not a measure; use one of: killed, injured, missing, displaced, hostages, arrested, evacuated, rockets launched, attacks, funding, casualties.",
    });
    expect(excelError(() => casualties("Gaza", "killed", "colour")).code).toBe("#VALUE!");
  });

  it("gives #VALUE! for arguments of the wrong kind or missing", () => {
    expect(excelError(() => casualties(42 as unknown as string, "killed"))).toEqual({
      code: "#VALUE!",
      message: "where must be a place or group name, not the number 42.",
    });
    expect(excelError(() => casualties("", "killed"))).toEqual({
      code: "#VALUE!",
      message: "where is required: give a place or group name.",
    });
    expect(excelError(() => casualties("Gaza", undefined as unknown as string)).code).toBe("#VALUE!");
  });
});

describe("REPORT.FIGURES", () => {
  const HEADER = ["subject", "measure", "value", "qualifier", "unit", "date", "attributed to", "evidence"];

  it("spills every number of the report under a header row", () => {
    const table = figures();
    expect(table[0]!.slice(0, 8)).toEqual(HEADER);
    expect(table).toHaveLength(13);
    expect(table.slice(1).map((row) => row[2])).toEqual([1400, 3500, 150, 2750, 9700, 58, 1250, 6, 3, 20, 9, 100_000_000]);
  });

  it("filters by place and by measure, with aliases", () => {
    expect(
      figures("Israel")
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(["killed", "injured", "hostages"]);
    expect(
      figures(undefined, "dead")
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(["Israel", "Gaza Strip", "West Bank", "Hamas operatives", "Lebanon"]);
    expect(figures("Gaza", "wounded").slice(1)).toHaveLength(1);
  });

  it("gives dates as Excel serial numbers, blank where the report gives none", () => {
    const israelKilled = figures("Israel", "killed")[1]!;
    expect(israelKilled[5]).toBe(45206); // 2023-10-07
    expect(figures("Gaza", "killed")[1]![5]).toBe("");
  });

  it("keeps qualifiers and attributions in their columns", () => {
    const [gaza] = figures("Gaza", "killed").slice(1);
    expect(gaza!.slice(3, 7)).toEqual(["about", "people", "", "the Palestinian Health Ministry (inferred)"]);
  });

  it("adds a row of HXL hashtags under the header when asked", () => {
    const [header, hxl, israel] = figures("Israel", "killed", true);
    expect(header![0]).toBe("subject");
    expect(hxl!.slice(0, 3)).toEqual(["#adm1+name", "#indicator+name", "#indicator+value+num"]);
    expect(hxl![6]).toBe("#meta+source");
    expect(israel![2]).toBe(1400);
    expect(figures("Israel", "killed", false)).toHaveLength(2);
    expect(excelError(() => figures("Israel", "killed", "yes" as unknown as boolean))).toEqual({
      code: "#VALUE!",
      message: "hxl must be TRUE or FALSE, not 'yes'.",
    });
  });

  it("says when a filter matches nothing", () => {
    expect(excelError(() => figures("Gaza", "hostages"))).toEqual({
      code: "#N/A",
      message: "Nothing in the report matches 'Gaza Strip' and 'hostages'.",
    });
  });
});
