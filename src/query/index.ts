/** The query layer: pure lookups over the dataset, shared by the custom functions, the CLI and the task pane. */
export { casualty, figureTable, findFigure, attributedTo, subjectName, FIGURE_FIELDS, FIGURE_HEADER } from "./figures";
export { statementText, statementTable, statementsContaining, whoSaid, speakerOf, STATEMENT_HEADER } from "./statements";
export { actorField, findActor, ACTOR_FIELDS } from "./actors";
export { eventTable, timeline, EVENT_HEADER } from "./events";
export { tableToMatrix, type Cell, type Table } from "./table";
export { fold, wordsKey } from "./fold";
