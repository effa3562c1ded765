import { report as bundledReport } from "../../src/dataset/report";
import { casualty, compareFigure, Library, statementText, type OpenReport } from "../../src/query";
import { loadWorkbookReports, saveLibraryToWorkbook } from "../../src/store/workbook-library";
import { CHUNK_BYTES, LIBRARY_NAMESPACE } from "../../src/store/workbook-store";
import { mockCustomXmlParts } from "../support/custom-xml-mock";
import { secondReport } from "../fixtures/second-report/build";
import { createHash } from "node:crypto";

const SECOND = "report:gaza-toll-3000";

/** A report whose text is over 1 MB, so it must be cut into several parts. */
function largeReport() {
  const report = secondReport();
  const text = `${report.source.text}\n${"Aid agencies said the crossing stayed shut. ".repeat(30_000)}`;
  report.source = {
    ...report.source,
    id: "report:long-feature",
    title: "A long feature",
    text,
    sha256: createHash("sha256").update(text).digest("hex"),
  };
  return report;
}

const fresh = () => new Library([{ report: bundledReport, origin: "bundled" }]);
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

describe("reports kept inside the workbook", () => {
  it("saves the added reports, reloads them in a new runtime, and gives the same answers", async () => {
    const workbook = mockCustomXmlParts();
    const library = fresh();
    library.add(secondReport(), "workbook");
    library.add(largeReport(), "workbook");
    library.setDefault(SECOND);
    const saved = await saveLibraryToWorkbook(library);
    expect(workbook.syncs()).toBe(2);

    // The large report is cut into parts under Excel on the web's ~1 MB limit; the bundled report is not stored.
    const xmls = [...workbook.parts.values()].map((p) => p.xml);
    expect(xmls.every((xml) => xml.length < 1_000_000)).toBe(true);
    expect(largeReport().source.text.length).toBeGreaterThan(CHUNK_BYTES);
    expect(xmls.filter((xml) => xml.includes('report="report:long-feature"')).length).toBeGreaterThan(1);
    expect(xmls.some((xml) => xml.includes(bundledReport.source.id) && xml.startsWith("<chunk"))).toBe(false);
    expect(saved.parts).toBe(xmls.length);

    workbook.resetSyncs();
    const reopened = fresh();
    const outcome = await loadWorkbookReports(reopened);
    expect(workbook.syncs()).toBe(2);
    expect(outcome).toEqual({ loaded: [SECOND, "report:long-feature"], problems: [] });
    expect(reopened.defaultReportId).toBe(SECOND);
    expect(answers(reopened)).toEqual(answers(library));
  });

  it("keeps only the newest save, and a save that fails half-way leaves the last good one readable", async () => {
    const workbook = mockCustomXmlParts();
    const library = fresh();
    library.add(secondReport(), "workbook");
    await saveLibraryToWorkbook(library);
    const firstSave = workbook.parts.size;
    library.add(largeReport(), "workbook");
    await saveLibraryToWorkbook(library);
    expect([...workbook.parts.values()].every((p) => p.namespace === LIBRARY_NAMESPACE)).toBe(true);
    expect(workbook.parts.size).toBeGreaterThan(firstSave);

    // The third save writes one part of the new generation, then its sync fails.
    library.remove("report:long-feature");
    workbook.failNext({ at: 2, applied: 1 });
    await expect(saveLibraryToWorkbook(library)).rejects.toThrow("The sync failed");
    const reopened = fresh();
    const outcome = await loadWorkbookReports(reopened);
    expect(outcome.loaded).toEqual([SECOND, "report:long-feature"]);
  });

  it("leaves a damaged report out, says which and why, and loads the others", async () => {
    const workbook = mockCustomXmlParts();
    const library = fresh();
    library.add(secondReport(), "workbook");
    const tampered = largeReport();
    tampered.figures[0]!.value.best = 3;
    library.add(tampered, "workbook");
    await saveLibraryToWorkbook(library);
    const outcome = await loadWorkbookReports(fresh());
    expect(outcome.loaded).toEqual([SECOND]);
    expect(outcome.problems).toEqual([expect.stringMatching(/^report:long-feature: figures\.0\.value: /)]);
    expect(workbook.parts.size).toBeGreaterThan(0);
  });
});
