import { report as bundledReport } from "../../src/dataset/report";
import { Library } from "../../src/query";
import { loadWorkbookReports } from "../../src/store/workbook-library";
import { createController } from "../../src/taskpane/controller";
import { Store } from "../../src/taskpane/state";
import { mockCustomXmlParts } from "../support/custom-xml-mock";
import { secondReport } from "../fixtures/second-report/build";

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
