/** The query layer: pure lookups over the dataset, shared by the custom functions, the CLI and the task pane. */
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
export { nameOf } from "./indexes";
export { figureFormula, statementFormula } from "./formulas";
export { crossReference, evidenceForCell, MATCH_HEADER, type Match } from "./crossref";
export { parseFormula, FormulaSyntaxError } from "./formula";
export { dateText, dateBasis, dateLabel, isoToSerial, serialToIso } from "./dates";
export { catalog } from "./catalog";
export { anchoredSpans, focusSpan, sourceSegments, type Segment, type SourceKind } from "./source";
export { cardSubject, type CardSubject } from "./cards";
