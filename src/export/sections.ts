import {
  EVENT_HEADER,
  FIGURE_HEADER,
  STATEMENT_HEADER,
  actorTable,
  casualtiesByPlace,
  eventTable,
  figureTable,
  placeTable,
  publishedLabel,
  statementTable,
  type OpenReport,
  type Table,
} from "../query";
import type { Result } from "../model/failure";

/** One section of the exported workbook: a sheet holding one table, and a CSV file. */
export interface ExportSection {
  sheet: string;
  tableName: string;
  file: string;
  table: Table;
}

/** The whole table, or its header alone for a report that has none of its records (a draft with no statements). */
const all = (result: Result<Table>, header: readonly string[]): Table => {
  if (result.ok) return result.value;
  if (result.failure.code === "nothing-matches") return { header, rows: [] };
  throw new Error(`export: ${result.failure.code}`);
};

function sourceTable(r: OpenReport): Table {
  const text = r.report.source.text;
  const rows: Table["rows"] = [];
  let start = 0;
  text.split("\n").forEach((paragraph, i) => {
    if (paragraph) rows.push([i + 1, start, start + paragraph.length, paragraph]);
    start += paragraph.length + 1;
  });
  return { header: ["paragraph", "start", "end", "text"], rows };
}

/** Every section of a report, as the workbook and the CSVs carry it. */
export function exportSections(r: OpenReport): ExportSection[] {
  const { header, rows } = casualtiesByPlace(r);
  const casualties: Table = { header, rows };
  return [
    { sheet: "Figures", tableName: "Figures", file: "figures.csv", table: all(figureTable(r), FIGURE_HEADER) },
    { sheet: "Casualties", tableName: "Casualties", file: "casualties.csv", table: casualties },
    { sheet: "Statements", tableName: "Statements", file: "statements.csv", table: all(statementTable(r), STATEMENT_HEADER) },
    { sheet: "Timeline", tableName: "Timeline", file: "timeline.csv", table: all(eventTable(r), EVENT_HEADER) },
    { sheet: "People & groups", tableName: "PeopleAndGroups", file: "people-and-groups.csv", table: actorTable(r) },
    { sheet: "Places", tableName: "Places", file: "places.csv", table: placeTable(r) },
    { sheet: "Source", tableName: "Source", file: "source.csv", table: sourceTable(r) },
  ];
}

/** The About sheet: where the data comes from and how to read it. */
export function aboutLines(r: OpenReport): string[] {
  const { source } = r.report;
  return [
    "Report Data: a news report as sourced, spreadsheet-ready data",
    `Report: ${source.title} (id ${source.id})`,
    ...(source.outlet ? [`Outlet: ${source.outlet}`] : []),
    ...(source.url ? [`URL: ${source.url}`] : []),
    `Published: ${publishedLabel(source)}. ${source.published.basis}`,
    `Source text: ${source.file ?? "the report's text"}, sha256 ${source.sha256}; offsets (start, end) count UTF-16 code units (a JavaScript string index; the same as code points unless the text has an emoji or other astral character), end exclusive, no normalization.`,
    "Every row carries the report's own words (evidence, as written) and an id you can look up in the add-in.",
    "Qualifiers are the report's: 'exact' when the number stands alone; 'at least', 'more than' and 'over' are lower bounds (low = value); 'about' and 'approximately' are approximations (no bounds).",
    "'Attributed to' is the body behind a number, in the report's words; '(implied)' means a neighbouring sentence names it, '(inferred)' that we worked it out.",
    "Dates: the report never writes 2023, so October dates have an inferred year; 'date basis' gives each date's precision and how it is known.",
    "Casualties: blank means the report gives no such figure (never 0).",
    "Places: GeoNames id, country, first-level division and coordinates (lat, lon) come from GeoNames (https://www.geonames.org/), CC BY 4.0; 'no match in GeoNames' means the name matched nothing there.",
    "Text that a spreadsheet could read as a formula (starting with =, +, -, @) is kept as text with a leading apostrophe.",
  ];
}
