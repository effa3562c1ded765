import type { OnDuplicate } from "../../query";
import type { Section, SelectionKind } from "../state";

/** What views can ask for; the controller does it. Views never touch Excel or the dataset. */
export interface PaneHandlers {
  setQuery(query: string): void;
  setSection(section: Section): void;
  select(kind: SelectionKind, id: string): void;
  /** From the source view, back to the list it was opened from. */
  back(): void;
  insertFormula(formula: string): void;
  confirmOverwrite(): void;
  cancelOverwrite(): void;
  insertSection(section: Section): void;
  insertChart(): void;
  /** Charts one figure as every report in the library gives it (REPORT.COMPARE), on a new sheet. */
  chartAcrossReports(where: string, measure: string): void;
  crossReferenceSelection(): void;
  showActiveCellSource(): void;
  writeMatches(): void;
  downloadWorkbook(): void;
  keepValuesForSharing(): void;
  restoreFormulas(): void;
  showReport(id: string): void;
  setDefaultReport(id: string): void;
  removeReport(id: string): void;
  confirmRemoveReport(): void;
  cancelRemoveReport(): void;
  addReportFile(file: File): void;
  resolveImport(choice: Exclude<OnDuplicate, "refuse"> | "cancel"): void;
  /** Imports the refused file's report without its orphans (offered when only orphans stopped it). */
  keepWithoutOrphans(): void;
  /** Reads the workbook's reports again after the start-time read failed. */
  retryWorkbookRead(): void;
  insertAllSections(): void;
  /** Saves a report of the library as a JSON file (a report is reviewed: drafts never reach the library). */
  saveReportFile(id: string): void;
  /** Opens the review screen: an article's text drafted, reviewed and saved as a report. */
  openReview(): void;
  /** Opens Reports › Team library: connect, search, add to the workbook, publish. */
  openTeamLibrary(): void;
}
