import { bundledFunctions } from "../support/functions";

const { ACTOR: actor, EVENTS: events, STATEMENT: statement, STATEMENTS: statements, WHO: who } = bundledFunctions();
import { excelError } from "../support/excel";

describe("REPORT.STATEMENT", () => {
  it.each([
    "Khamenei",
    "Ali Khamenei",
    "Ayatollah Ali Khamenei",
    "Supreme Leader",
    "Iran's Supreme Leader",
    "iran’s supreme leader",
  ])("finds Khamenei's first statement as %p", (speaker) => {
    expect(statement(speaker)).toBe(
      'expressed hope that the Israel-Gaza war “will progress and lead to the complete victory of the Palestinians"',
    );
  });

  it("finds the foreign minister by his title", () => {
    expect(statement("Iran's foreign minister", 4)).toMatch(/^If the Israeli regime’s crimes in Gaza continue/);
    expect(statement("Amir Abdollahian", 1)).toBe(statement("Hossein Amir-Abdollahian"));
  });

  it("counts statements from 1 in report order", () => {
    expect(statement("Khamenei", 2)).toBe(`referred to the Israel-Gaza conflict as "one of the manifestations of Islam's power"`);
    expect(statement("Khamenei", 3)).toBe("called for all-out support by the Muslim world for Palestinians");
  });

  it("says how many statements there are when n is beyond them", () => {
    expect(excelError(() => statement("Khamenei", 4))).toEqual({
      code: "#N/A",
      message: "Ali Khamenei has 3 statements in the report; n must be 1 to 3, not 4.",
    });
  });

  it("rejects an n that is not a whole number from 1", () => {
    expect(excelError(() => statement("Khamenei", 0)).code).toBe("#VALUE!");
    expect(excelError(() => statement("Khamenei", 1.5)).message).toBe("n must be a whole number from 1, not the number 1.5.");
  });

  it("says when a person in the report made no statement, and suggests names", () => {
    expect(excelError(() => statement("Netanyahu"))).toEqual({
      code: "#N/A",
      message: "The report gives no statement by Netanyahu.",
    });
    expect(excelError(() => statement("Khamenie")).message).toBe("No speaker 'Khamenie' in the report; did you mean 'Khamenei'?");
  });
});

describe("REPORT.STATEMENTS", () => {
  it("spills every statement with date, speaker, role, kind, text and setting", () => {
    const table = statements();
    expect(table[0]!.slice(0, 6)).toEqual(["date", "speaker", "role", "kind", "text", "setting"]);
    expect(table).toHaveLength(20);
  });

  it("filters by speaker and by topic", () => {
    const raisi = statements("Raisi");
    expect(raisi.slice(1).map((row) => row[1])).toEqual(["Ebrahim Raisi", "Ebrahim Raisi", "Ebrahim Raisi", "Ebrahim Raisi"]);
    expect(raisi.slice(1).map((row) => row[5])).toEqual([
      "phone call",
      "phone call",
      "phone call (inferred)",
      "phone call (inferred)",
    ]);
    expect(
      statements(undefined, "funding")
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(["Nathan Sales"]);
    expect(statements("Khamenei", "support for the Palestinians").slice(1)).toHaveLength(2);
  });

  it("marks quotes, paraphrases and mixed statements", () => {
    const kinds = statements("Amir-Abdollahian")
      .slice(1)
      .map((row) => row[3]);
    expect(kinds).toEqual(["mixed", "mixed", "quote", "quote"]);
    expect(statements("Hezbollah")[1]![3]).toBe("paraphrase");
  });

  it("tags the columns with HXL when asked, for statements and events alike", () => {
    expect(statements("Raisi", undefined, true)[1]!.slice(0, 3)).toEqual(["#date", "#contact+name", "#contact+role"]);
    expect(events(undefined, undefined, true)[1]!.slice(0, 3)).toEqual(["#date", "#date+end", "#event+description"]);
  });

  it("rejects an unknown topic with the topics there are", () => {
    expect(excelError(() => statements(undefined, "weather"))).toMatchObject({ code: "#VALUE!" });
    expect(excelError(() => statements(undefined, "weather")).message).toMatch(
      /^'weather' is not a topic; use one of: october-7-attack/,
    );
  });
});

describe("REPORT.WHO", () => {
  it("names the speaker of a phrase", () => {
    expect(who("genocide machine")).toBe("Ebrahim Raisi");
    expect(who("all-out support")).toBe("Ali Khamenei (paraphrased)");
  });

  it("folds quote marks and apostrophes: a straight ' matches the report's ’", () => {
    expect(who("Israeli regime's crimes in Gaza")).toBe("Hossein Amir-Abdollahian");
    expect(who("“the Palestinian nation's natural reaction”")).toBe("Hossein Amir-Abdollahian");
    expect(who('"victories of the Palestinian people’s resistance"')).toBe("Hossein Amir-Abdollahian");
  });

  it("names every speaker: those quoted with the words first, then those only paraphrased with them, marked", () => {
    expect(who("natural reaction")).toBe("Hossein Amir-Abdollahian; Ismail Haniyeh (paraphrased)");
    expect(who("Palestinian nation")).toBe("Hossein Amir-Abdollahian; Ismail Haniyeh (paraphrased)");
    expect(who("congratulated Haniyeh")).toBe("Hossein Amir-Abdollahian (paraphrased)");
  });

  it("says when no statement contains the words", () => {
    expect(excelError(() => who("peace in our time"))).toEqual({
      code: "#N/A",
      message: "No statement in the report contains 'peace in our time'.",
    });
    expect(excelError(() => who("")).code).toBe("#VALUE!");
  });
});

describe("REPORT.ACTOR", () => {
  it.each([
    ["Khamenei", undefined, "Supreme Leader of Iran"],
    ["Raisi", "role", "President of Iran"],
    ["Qatari Emir", "name", "Tamim bin Hamad Al Thani"],
    ["Hamas leader", "name", "Ismail Haniyeh"],
    ["Hezbollah", "type", "group"],
    ["Nathan Sales", "affiliation", "US State Department"],
    [
      "Khamenei",
      "aliases",
      "Khamenei; Ayatollah Ali Khamenei; Ayatollah Khamenei (not in the report); Iran's Supreme Leader; Supreme Leader",
    ],
    ["President of Iran", "name", "Ebrahim Raisi"],
  ])("%s %s -> %s", (name, field, expected) => {
    expect(actor(name, field)).toBe(expected);
  });

  it("resolves the report's own ways of naming", () => {
    expect(actor("the military wing of the Palestinian group Hamas", "name")).toBe("Izz-al-Din al-Qassam Brigades");
    expect(actor("the Palestinian group Hamas", "name")).toBe("Hamas");
    expect(actor("a counterterrorism expert", "name")).toBe("Nathan Sales");
    expect(actor("Hezbollah", "affiliation")).toBe("Lebanon");
  });

  it("answers a family name two people share with both candidates, not with one of them", () => {
    expect(excelError(() => actor("Al Thani", "name"))).toEqual({
      code: "#N/A",
      message:
        "'Al Thani' is ambiguous: the report has Mohammed bin Abdulrahman Al Thani and Tamim bin Hamad Al Thani; give which person or group you mean.",
    });
    expect(actor("Tamim bin Hamad Al Thani", "role")).toBe("Emir of Qatar");
  });

  it("says what is missing and what was meant", () => {
    expect(excelError(() => actor("Hamas", "affiliation"))).toEqual({
      code: "#N/A",
      message: "The report gives no affiliation for Hamas.",
    });
    expect(excelError(() => actor("Hanyeh")).message).toBe("No person or group 'Hanyeh' in the report; did you mean 'Haniyeh'?");
    expect(excelError(() => actor("Raisi", "age")).code).toBe("#VALUE!");
  });
});

describe("REPORT.EVENTS", () => {
  it("spills the timeline in date order with real Excel dates, undated events last", () => {
    const table = events();
    expect(table[0]!.slice(0, 5)).toEqual(["date", "end date", "what happened", "actors", "places"]);
    const dates = table.slice(1).map((row) => row[0]);
    expect(dates[0]).toBe(28856); // 1979-01-01: the Islamic Revolution, year precision
    const dated = dates.filter((d) => d !== "") as number[];
    expect(dated).toEqual([...dated].sort((a, b) => a - b));
    expect(dates.slice(-3)).toEqual(["", "", ""]);
  });

  it("filters by Excel dates or ISO text, keeping events that overlap the range", () => {
    const oct14 = events("2023-10-14", "2023-10-14")
      .slice(1)
      .map((row) => row[7]);
    expect(oct14).toEqual([
      "event:killing-of-issam-abdullah",
      "event:meeting-haniyeh",
      "event:amir-abdollahian-arrives-qatar",
      "event:meeting-qatari-prime-minister",
    ]);
    expect(
      events(45214, 45214)
        .slice(1)
        .every((row) => row[0] === 45214 || row[0] === 45200),
    ).toBe(true);
  });

  it("says the date basis: stated, year inferred, implied or inferred", () => {
    const meetingEmir = events().find((row) => row[7] === "event:meeting-qatari-emir")!;
    expect(meetingEmir[5]).toBe("day, date implied");
    const meetingPrimeMinister = events().find((row) => row[7] === "event:meeting-qatari-prime-minister")!;
    expect(meetingPrimeMinister[5]).toBe("day, date inferred");
    const eliminated = events().find((row) => row[7] === "event:hamas-operatives-eliminated")!;
    expect(eliminated[5]).toBe("after this day, year inferred");
    expect(eliminated[1]).toBe("");
    const attack = events().find((row) => row[7] === "event:october-7-attack")!;
    expect(attack[5]).toBe("day, year inferred");
  });

  it("rejects what is not a date, and says when no event falls in the range", () => {
    expect(excelError(() => events("Oct 14"))).toEqual({
      code: "#VALUE!",
      message: "from 'Oct 14' is not a date; give an Excel date or YYYY-MM-DD.",
    });
    expect(excelError(() => events("2030-01-01")).code).toBe("#N/A");
  });
});
