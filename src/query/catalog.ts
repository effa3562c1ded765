import { report } from "../dataset/report";

/** Read-only views of the dataset for surfaces that list everything (the task pane). */
export const catalog = {
  figures: report.figures,
  statements: report.statements,
  events: report.events,
  actors: report.actors,
  places: report.places,
  topics: report.topics,
  source: report.source,
} as const;
