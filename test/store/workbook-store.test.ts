import { report as bundledReport } from "../../src/dataset/report";
import { casualty, compareFigure, Library, statementText, type OpenReport } from "../../src/query";
import { loadWorkbookReports } from "../../src/store/workbook-library";
import { saveLibraryToWorkbook } from "../../src/store/workbook-save";
import { BATCH_CHARS, CHUNK_BYTES, LIBRARY_NAMESPACE } from "../../src/store/workbook-store";
import { fakeWorkbook, PAYLOAD_LIMIT_BYTES } from "../support/fake-excel";
import { secondReport } from "../fixtures/second-report/build";
import type { Report } from "../../src/model/report";
import { createHash } from "node:crypto";

const SECOND = "report:gaza-toll-3000";

/** A copy of the second report under another id, its text `extra` longer (so it can be made large). */
function variant(id: string, extra = 0): Report {
  const report = secondReport();
  const text = `${report.source.text}\n${"Aid agencies said the crossing stayed shut. ".repeat(extra)}`;
  report.source = { ...report.source, id, title: `Report ${id}`, text, sha256: createHash("sha256").update(text).digest("hex") };
  return report;
}
const largeReport = () => variant("report:long-feature", 30_000);

const fresh = () => new Library([{ report: bundledReport, origin: "bundled" }]);
const ids = (library: Library) =>
  library
    .list()
    .filter((e) => e.origin !== "bundled")
    .map((e) => e.open.report.source.id)
    .sort();
const answers = (library: Library) => {
  const r = (id: string) => library.get(id)!.open as OpenReport;
  return [
    casualty(r(SECOND), "Gaza Strip", "killed"),
    casualty(r(SECOND), "Israel", "hostages", "qualifier"),
    statementText(r(SECOND), "Haddad"),
    casualty(r("report:long-feature"), "the enclave", "injured"),
    compareFigure(library, "Gaza", "killed"),
    library.resolve(undefined).ok && library.resolve(undefined),
  ].map((answer) => JSON.stringify(answer, (key, value) => (key === "value" && value?.report ? value.report.source.id : value)));
};
/** A new runtime on the same workbook: what it loads. */
const reopen = async () => {
  const library = fresh();
  const outcome = await loadWorkbookReports(library);
  return { library, outcome };
};

describe("reports kept inside the workbook", () => {
  it("saves the added reports, reloads them in a new runtime, and gives the same answers", async () => {
    const workbook = fakeWorkbook();
    const library = fresh();
    await loadWorkbookReports(library);
    library.add(secondReport(), "workbook");
    library.add(largeReport(), "workbook");
    library.setDefault(SECOND);
    const saved = await saveLibraryToWorkbook(library);

    // The large report is cut into parts under Excel on the web's ~1 MB limit; the bundled report is not stored.
    const xmls = workbook.xmlIn(LIBRARY_NAMESPACE);
    expect(xmls.every((xml) => xml.length < 1_000_000)).toBe(true);
    expect(largeReport().source.text.length).toBeGreaterThan(CHUNK_BYTES);
    expect(xmls.filter((xml) => xml.includes('report="report:long-feature"')).length).toBeGreaterThan(1);
    expect(xmls.some((xml) => xml.includes(bundledReport.source.id) && xml.startsWith("<chunk"))).toBe(false);
    expect(saved.parts).toBe(xmls.length);

    const { library: reopened, outcome } = await reopen();
    expect(outcome).toEqual({ loaded: [SECOND, "report:long-feature"], problems: [] });
    expect(reopened.defaultReportId).toBe(SECOND);
    expect(answers(reopened)).toEqual(answers(library));
  });

  it("a save failing at any sync after any number of its operations leaves the old or the new library whole", async () => {
    const workbook = fakeWorkbook();
    const library = fresh();
    await loadWorkbookReports(library);
    library.add(secondReport(), "workbook");
    await saveLibraryToWorkbook(library);
    const before = ids(library);
    library.add(largeReport(), "workbook");
    library.add(variant("report:third"), "workbook");
    const after = ids(library);

    // The same save once without failing, to count its syncs and their operations.
    const shape = fakeWorkbook();
    const shaped = fresh();
    await loadWorkbookReports(shaped);
    shaped.add(secondReport(), "workbook");
    await saveLibraryToWorkbook(shaped);
    shaped.add(largeReport(), "workbook");
    shaped.add(variant("report:third"), "workbook");
    const from = shape.log.length;
    await saveLibraryToWorkbook(shaped);
    const syncs = shape.log.slice(from).map((s) => s.operations);
    expect(syncs.length).toBeGreaterThan(3);

    let cases = 0;
    for (const [at, operations] of syncs.entries()) {
      for (let applied = 0; applied <= operations; applied++) {
        // Each case on a copy of the workbook as it was before the failing save.
        const copy = fakeWorkbook({ copyOf: workbook });
        const runtime = fresh();
        await loadWorkbookReports(runtime);
        runtime.add(largeReport(), "workbook");
        runtime.add(variant("report:third"), "workbook");
        copy.failNext({ at: at + 1, applied });
        await saveLibraryToWorkbook(runtime).catch(() => undefined);
        const { library: reopened, outcome } = await reopen();
        expect(outcome.problems).toEqual([]);
        expect([before, after]).toContainEqual(ids(reopened));
        // And the next save, in the same runtime, succeeds and leaves only its own generation.
        await saveLibraryToWorkbook(runtime);
        const again = await reopen();
        expect(ids(again.library)).toEqual(after);
        expect(copy.xmlIn(LIBRARY_NAMESPACE).filter((xml) => xml.startsWith("<library")).length).toBe(1);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(syncs.length);
  });

  it("keeps a report it cannot read through any number of later saves, and says which and why", async () => {
    const workbook = fakeWorkbook();
    const library = fresh();
    await loadWorkbookReports(library);
    library.add(secondReport(), "workbook");
    const tampered = largeReport();
    tampered.figures[0]!.value.best = 3;
    library.add(tampered, "workbook");
    await saveLibraryToWorkbook(library);
    const tamperedXml = workbook.xmlIn(LIBRARY_NAMESPACE).filter((x) => x.includes('report="report:long-feature"'));

    const { library: reopened, outcome } = await reopen();
    expect(outcome.loaded).toEqual([SECOND]);
    expect(outcome.problems).toEqual([expect.stringMatching(/^report:long-feature: figures\.0\.value: /)]);
    for (let i = 0; i < 3; i++) {
      reopened.add(variant(`report:added-${i}`), "workbook");
      await saveLibraryToWorkbook(reopened);
    }
    const bodies = (xmls: string[]) => xmls.map((x) => x.replace(/^<chunk[^>]*>/, ""));
    const now = workbook.xmlIn(LIBRARY_NAMESPACE).filter((x) => x.includes('report="report:long-feature"'));
    expect(bodies(now)).toEqual(bodies(tamperedXml));
    expect((await reopen()).outcome.problems).toEqual(outcome.problems);
  });

  it("saves and loads 70 reports (6 MB) in batches under Excel on the web's 5 MB each way", async () => {
    const workbook = fakeWorkbook();
    const library = fresh();
    await loadWorkbookReports(library);
    for (let i = 0; i < 70; i++) library.add(variant(`report:n-${i}`, 1_800), "workbook");
    const json = library.list().reduce((n, e) => n + (e.origin === "bundled" ? 0 : JSON.stringify(e.open.report).length), 0);
    expect(json).toBeGreaterThan(6_000_000);
    await saveLibraryToWorkbook(library);
    const { library: reopened, outcome } = await reopen();
    expect(outcome.problems).toEqual([]);
    expect(outcome.loaded).toHaveLength(70);
    expect(workbook.log.every((s) => !s.failed)).toBe(true);
    expect(Math.max(...workbook.log.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...workbook.log.map((s) => s.requestBytes))).toBeLessThanOrEqual(BATCH_CHARS + 100_000);
    expect(ids(reopened)).toEqual(ids(library));
  });

  it("after a failed start-time read, a change saves nothing and loses nothing; once a read succeeds it saves both", async () => {
    const workbook = fakeWorkbook();
    const first = fresh();
    await loadWorkbookReports(first);
    first.add(secondReport(), "workbook");
    await saveLibraryToWorkbook(first);
    const stored = [...workbook.parts.values()].map((p) => p.xml);

    const runtime = fresh();
    workbook.startCellEdit(); // the user is typing in a cell: a batch without delayForCellEdit fails
    const failing = { ...workbook.excel, run: (_o: unknown, cb?: unknown) => workbook.excel.run((cb ?? _o) as never) };
    (globalThis as Record<string, unknown>).Excel = failing;
    await expect(loadWorkbookReports(runtime)).rejects.toThrow("cell-editing");
    runtime.add(variant("report:new"), "workbook");
    await expect(saveLibraryToWorkbook(runtime)).rejects.toThrow("nothing was saved");
    expect([...workbook.parts.values()].map((p) => p.xml)).toEqual(stored);

    workbook.use();
    workbook.endCellEdit();
    await saveLibraryToWorkbook(runtime);
    expect(ids((await reopen()).library)).toEqual([SECOND, "report:new"].sort());
  });

  it("waits while the user edits a cell instead of failing (delayForCellEdit)", async () => {
    const workbook = fakeWorkbook();
    const library = fresh();
    workbook.startCellEdit();
    let done = false;
    const loading = loadWorkbookReports(library).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    workbook.endCellEdit();
    await loading;
    expect(done).toBe(true);
  });

  it("two runtimes saving in turn keep both sides' reports", async () => {
    const workbook = fakeWorkbook();
    const a = fresh();
    const b = fresh();
    await loadWorkbookReports(a);
    await loadWorkbookReports(b);
    a.add(secondReport(), "workbook");
    await saveLibraryToWorkbook(a);
    b.add(variant("report:from-b"), "workbook");
    const saved = await saveLibraryToWorkbook(b);
    expect(saved.merged).toEqual([SECOND]);
    a.add(variant("report:from-a"), "workbook");
    await saveLibraryToWorkbook(a);
    const expected = [SECOND, "report:from-a", "report:from-b"].sort();
    expect(ids((await reopen()).library)).toEqual(expected);
    expect(ids(a)).toEqual(expected);
    expect(ids(b)).toEqual([SECOND, "report:from-b"].sort());
    expect(workbook.xmlIn(LIBRARY_NAMESPACE).filter((x) => x.startsWith("<library")).length).toBe(1);
  });
});
