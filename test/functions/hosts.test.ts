/**
 * The functions on the Excel hosts they meet: blank cells as desktop and web pass them, cards
 * where a date is expected, hosts that claim data types they cannot show, and dates as dates.
 */
import { bundledFunctions } from "../support/functions";

const { CARD: card, EVENTS: events, FIGURES: figures } = bundledFunctions();
import { cardEntity } from "../../src/functions/card";
import { cardSubject, EVENT_HEADER, isoToSerial } from "../../src/query";
import { excelError } from "../support/excel";
import { bundled } from "../support/bundled";

type Sets = Record<string, number>;

/** Runs `body` in an Excel host that reports these requirement sets, platform and version. */
function inHost<T>(host: { sets: Sets; platform?: string; version?: string }, body: () => T): T {
  const office = {
    context: {
      requirements: { isSetSupported: (name: string, version = "1.1") => (host.sets[name] ?? 0) >= Number(version) },
      diagnostics: { platform: host.platform ?? "OfficeOnline", version: host.version ?? "16.0.0.0" },
    },
  };
  (globalThis as Record<string, unknown>).Office = office;
  try {
    return body();
  } finally {
    delete (globalThis as Record<string, unknown>).Office;
  }
}

const CURRENT = { CustomFunctionsRuntime: 1.4, ExcelApi: 1.19 };
const column = (name: string) => EVENT_HEADER.indexOf(name as (typeof EVENT_HEADER)[number]);
const gazaCard = () => {
  const subject = cardSubject(bundled, "Gaza killed");
  if (!subject.ok) throw new Error("no card");
  return cardEntity(bundled, subject.value);
};

describe("blank cells, as desktop Excel (0) and Excel on the web (null) pass them to REPORT.EVENTS", () => {
  const timeline = events();

  it("give the whole timeline on both", () => {
    expect(events(0, 0)).toEqual(timeline);
    expect(events(null, null)).toEqual(timeline);
    expect(timeline.length).toBeGreaterThan(10);
  });

  it("leave one bound open when the other is given", () => {
    expect(events(0, "2023-10-07")).toEqual(events(undefined, "2023-10-07"));
    expect(events("2023-10-15", null)).toEqual(events("2023-10-15", undefined));
  });
});

describe("rich values passed where REPORT.EVENTS expects a date", () => {
  it("refuse a card with a clear #VALUE! message", () => {
    expect(excelError(() => events(gazaCard()))).toEqual({
      code: "#VALUE!",
      message:
        "from must be a date (an Excel date or YYYY-MM-DD text); for a card's date use its property, e.g. =A1.Date, not a card ('Gaza Strip killed: about 2,750').",
    });
  });

  it("take a formatted date (as REPORT.EVENTS spills it) as the date it shows", () => {
    const october14 = isoToSerial("2023-10-14");
    expect(events({ type: "Double", basicValue: october14, numberFormat: "yyyy-mm-dd" }, october14)).toEqual(
      events("2023-10-14", "2023-10-14"),
    );
  });
});

describe("cards on hosts that claim data types", () => {
  const shows = (host: { platform: string; version: string }) =>
    inHost({ sets: CURRENT, ...host }, () => typeof card("Khamenei") === "object");

  it("give the card's text on perpetual builds that say yes to CustomFunctionsRuntime 1.4 (office-js #3504)", () => {
    expect(shows({ platform: "PC", version: "16.0.14332.20481" })).toBe(false); // Office LTSC 2021
    expect(shows({ platform: "PC", version: "16.0.17932.20130" })).toBe(false); // Office LTSC 2024
    expect(shows({ platform: "PC", version: "16.0.15330.20264" })).toBe(false); // before Version 2208
    expect(shows({ platform: "Mac", version: "16.63.1 (22071301)" })).toBe(false);
    expect(inHost({ sets: CURRENT, platform: "PC" }, () => card("Khamenei"))).toBe("Ali Khamenei");
  });

  it("give the card on Microsoft 365 and Excel on the web", () => {
    expect(shows({ platform: "PC", version: "16.0.17928.20156" })).toBe(true);
    expect(shows({ platform: "Mac", version: "16.78.3 (23102801)" })).toBe(true);
    expect(shows({ platform: "OfficeOnline", version: "16.0.18000.41000" })).toBe(true);
  });

  it("give the text where data types in the Excel API are missing", () => {
    expect(inHost({ sets: { CustomFunctionsRuntime: 1.4, ExcelApi: 1.15 } }, () => card("Khamenei"))).toBe("Ali Khamenei");
  });
});

describe("dates as dates", () => {
  it("spill as formatted numbers where the host formats numbers (ExcelApi 1.19), each at its precision", () => {
    const rows = inHost({ sets: CURRENT }, () => events());
    expect(rows[0]).toEqual([...EVENT_HEADER]);
    const byId = (id: string) => rows.find((row) => row[column("id")] === id)!;
    expect(byId("event:meeting-haniyeh")[column("date")]).toEqual({
      type: "Double",
      basicValue: isoToSerial("2023-10-14"),
      numberFormat: "yyyy-mm-dd",
    });
    expect(byId("event:sales-funding-estimate")[column("date")]).toEqual({
      type: "Double",
      basicValue: isoToSerial("2018-11"),
      numberFormat: "mmmm yyyy",
    });
    expect(byId("event:islamic-revolution")[column("end date")]).toMatchObject({ numberFormat: "yyyy" });
    expect(byId("event:raisi-emir-phone-call")[column("date")]).toBe("");
  });

  it("leave the header and the HXL row as text", () => {
    const rows = inHost({ sets: CURRENT }, () => figures("Israel", undefined, true));
    expect(rows[1]!.every((cell) => typeof cell === "string")).toBe(true);
    expect(rows[2]![rows[0]!.indexOf("date")]).toMatchObject({ type: "Double", numberFormat: "yyyy-mm-dd" });
  });

  it("stay serial numbers on older hosts and outside Excel", () => {
    const older = inHost({ sets: { CustomFunctionsRuntime: 1.4, ExcelApi: 1.18 } }, () => events());
    expect(older).toEqual(events());
    expect(typeof events()[1]![column("date")]).toBe("number");
  });

  it("give a card's Date as a date, and a span of days as its text", () => {
    const israel = inHost({ sets: CURRENT }, () => card("Israel killed")) as Excel.EntityCellValue;
    expect(israel.properties!.Date).toMatchObject({
      type: "Double",
      basicValue: isoToSerial("2023-10-07"),
      numberFormat: "yyyy-mm-dd",
    });
    const lebanon = inHost({ sets: CURRENT }, () => card("Lebanon killed")) as Excel.EntityCellValue;
    expect(lebanon.properties!.Date).toMatchObject({ type: "String", basicValue: "2023-10-13/2023-10-14" });
  });
});
