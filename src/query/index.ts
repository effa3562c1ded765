/**
 * The query layer: pure lookups over a report value (`openReport(report)`), shared by the custom functions, the CLI,
 * the export and the task pane. Nothing here reads a bundled file: surfaces pass the report in.
 */
export {
  casualty,
  casualtiesByPlace,
  figureTable,
  findFigure,
  attributedTo,
  subjectName,
  figureValueLabel,
  FIGURE_FIELDS,
  FIGURE_HEADER,
} from "./figures";
export { actorTable, placeTable, ACTOR_HEADER, PLACE_HEADER } from "./directory";
export {
  statementText,
  statementTable,
  statementsBy,
  findStatement,
  statementsContaining,
  whoSaid,
  speakerOf,
  STATEMENT_HEADER,
} from "./statements";
export { actorField, aliasLabels, findActor, ACTOR_FIELDS } from "./actors";
export { eventTable, timeline, EVENT_HEADER } from "./events";
export { tableToMatrix, isDateColumn, spill, type Cell, type Table } from "./table";
export { fold, wordsKey } from "./fold";
export { search, type SearchHits } from "./search";
export { matchedWords, queryTerms, searchKey } from "./search-terms";
export { nameOf, openReport, perReport, type OpenReport } from "./open-report";
export { figureFormula, statementFormula } from "./formulas";
export { crossReference, evidenceForCell, MATCH_HEADER, type Match } from "./crossref";
export { parseFormula, FormulaSyntaxError } from "./formula";
export { dateText, dateBasis, dateLabel, isoToSerial, serialToIso } from "./dates";
export { anchoredSpans, focusSpan, focusWords, sourceSegments, type Segment, type SourceKind } from "./source";
export { cardSubject, type CardSubject } from "./cards";
export { Library, type LibraryEntry, type ReportOrigin, type OnDuplicate } from "./library";
export { compareFigure, reportTable, publishedLabel, COMPARE_HEADER, REPORTS_HEADER } from "./compare";
export { compareScope, COMPARE_SCOPES, type CompareScope } from "./compare";
