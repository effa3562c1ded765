import { report as bundledReport } from "../../src/dataset/report";
import { Library } from "../../src/query";
import { loadWorkbookReports } from "../../src/store/workbook-library";
import { createController } from "../../src/taskpane/controller";
import { Store } from "../../src/taskpane/state";
import { mockCustomXmlParts } from "../support/custom-xml-mock";
import { secondReport } from "../fixtures/second-report/build";
import { createHash } from "node:crypto";
import { renderOver } from "../../src/taskpane/prerender";
import { reportsView } from "../../src/taskpane/views/reports-view";

const SECOND = "report:gaza-toll-3000";
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const fileOf = (name: string, value: unknown) => new File([JSON.stringify(value)], name, { type: "application/json" });

function pane() {
  const library = new Library([{ report: bundledReport, origin: "bundled" }]);
  const store = new Store(library);
  store.update({ excel: true });
  return { library, store, handlers: createController(store) };
}

describe("the library in the task pane", () => {
  it("adds a report file, shows it, saves it in the workbook and recalculates", async () => {
    const workbook = mockCustomXmlParts();
    const { store, handlers } = pane();
    handlers.addReportFile(fileOf("second.json", secondReport()));
    await settle();
    expect(store.state.status?.tone).toBe("success");
    expect(store.state.report.report.source.id).toBe(SECOND);
    expect(store.state.reportArgument).toBe(SECOND);
    expect(store.state.library.map((item) => item.report.source.id)).toEqual([bundledReport.source.id, SECOND]);
    expect(workbook.calculations).toEqual(["Full"]);
    const reopened = new Library([{ report: bundledReport, origin: "bundled" }]);
    expect((await loadWorkbookReports(reopened)).loaded).toEqual([SECOND]);
  });

  it("lists every problem of a broken file and changes nothing", async () => {
    const workbook = mockCustomXmlParts();
    const { store, handlers, library } = pane();
    handlers.addReportFile(fileOf("broken.json", { ...secondReport(), statements: [{ speaker: 1 }] }));
    await settle();
    expect(store.state.status).toMatchObject({
      tone: "error",
      text: expect.stringMatching(/^broken\.json was not imported: \d+ problems/),
    });
    expect(store.state.importProblems?.lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^statements\.0\.speaker: /)]),
    );
    expect(library.size).toBe(1);
    expect(workbook.parts.size).toBe(0);
  });

  it("offers to keep a file whose edited text lost some quotes without its orphans, and says how many", async () => {
    const workbook = mockCustomXmlParts();
    const { store, handlers, library } = pane();
    const report = secondReport();
    const text = report.source.text.replace("more than 3,000", "more than 3,400");
    const edited = { ...report, source: { ...report.source, text, sha256: createHash("sha256").update(text).digest("hex") } };
    handlers.addReportFile(fileOf("edited.json", edited));
    await settle();
    expect(store.state.status?.text).toMatch(
      /^edited\.json was not imported: 3 problems, listed below\. 3 orphans \(quotes\) no longer found in its edited text: you can keep the report without them\. Nothing changed\.$/,
    );
    expect(library.size).toBe(1);
    expect(workbook.parts.size).toBe(0);
    expect(store.state.importProblems?.orphans?.count).toBe(3);
    // The Reports section offers it as a button (the pane's own view, over linkedom), which keeps it.
    renderOver("<!doctype html><html><body></body></html>", () => {
      const offer = reportsView(store.state, handlers).querySelector<HTMLButtonElement>("#keep-without-orphans")!;
      expect(offer.textContent).toBe("Keep it without its 3 orphans (drops 2 records or mentions)");
      offer.click();
    });
    await settle();
    expect(store.state.status?.tone).toBe("success");
    expect(store.state.status?.text).toContain(
      "from edited.json without its 3 orphans (quotes) (dropped: figures.0 (figure:gaza-strip-killed), events.0",
    );
    const added = library.get(SECOND)!.report;
    expect(added.figures.map((f) => f.id)).not.toContain("figure:gaza-strip-killed");
    expect(added.figures).toHaveLength(report.figures.length - 1);
    expect(store.state.importProblems).toBeNull();
  });

  it("imports a report whose figure's value is not what its words say, and says which figure to check", async () => {
    mockCustomXmlParts();
    const { store, handlers, library } = pane();
    const edited = secondReport();
    const at = edited.figures.findIndex((f) => /\d/.test(f.valueText.exact) && f.note === undefined);
    const { low, high } = edited.figures[at]!.value;
    // Bounds follow the qualifier, so they move with the value.
    edited.figures[at]!.value = { best: 424242, low: low === null ? null : 424242, high: high === null ? null : 424242 };
    handlers.addReportFile(fileOf("edited.json", edited));
    await settle();
    expect(library.size).toBe(2);
    expect(store.state.status).toMatchObject({
      tone: "success",
      text: expect.stringContaining(`from edited.json (figures.${at}.value.best: 424242 is not the number its words give`),
    });
  });

  it("asks before replacing a report with the same id, and can keep both", async () => {
    mockCustomXmlParts();
    const { store, handlers, library } = pane();
    handlers.addReportFile(fileOf("second.json", secondReport()));
    await settle();
    handlers.addReportFile(fileOf("again.json", secondReport()));
    await settle();
    expect(store.state.pendingImport?.id).toBe(SECOND);
    expect(library.size).toBe(2);
    handlers.resolveImport("keep-both");
    await settle();
    expect(library.size).toBe(3);
    expect(store.state.report.report.source.id).toBe(`${SECOND}-2`);
  });

  it("removes a report only when confirmed, and makes another the default", async () => {
    mockCustomXmlParts();
    const { store, handlers, library } = pane();
    handlers.addReportFile(fileOf("second.json", secondReport()));
    await settle();
    handlers.setDefaultReport(SECOND);
    await settle();
    expect(library.defaultReportId).toBe(SECOND);
    expect(store.state.reportArgument).toBeUndefined();
    handlers.removeReport(SECOND);
    expect(library.size).toBe(2);
    handlers.cancelRemoveReport();
    expect(library.size).toBe(2);
    handlers.removeReport(SECOND);
    handlers.confirmRemoveReport();
    await settle();
    expect(library.size).toBe(1);
    expect(store.state.report.report.source.id).toBe(bundledReport.source.id);
    expect(library.defaultReportId).toBe(bundledReport.source.id);
  });
});
