import { fail, ok, type Result } from "../model/failure";
import type { Figure } from "../model/figure";
import type { SourceMeta } from "../model/source";
import { type Argument, requiredText } from "./arguments";
import { isoToSerial } from "./dates";
import { attributedTo, findFigure, subjectName } from "./figures";
import type { OpenReport } from "./open-report";
import type { Library, LibraryEntry } from "./library";
import type { Cell, Table } from "./table";

export const REPORTS_HEADER = [
  "id",
  "title",
  "outlet",
  "published date",
  "published",
  "url",
  "figures",
  "statements",
  "events",
  "people and groups",
  "places",
  "origin",
  "default",
] as const;

/** The publication date as the report gives it: "2023-10 (month, inferred; not before 2023-10-15)". */
export function publishedLabel(source: SourceMeta): string {
  const { value, precision, inferred, notBefore } = source.published;
  const how = [precision, ...(inferred ? ["inferred"] : [])].join(", ");
  return notBefore && notBefore !== value ? `${value} (${how}; not before ${notBefore})` : `${value} (${how})`;
}

function reportRow(entry: LibraryEntry, isDefault: boolean): Cell[] {
  const { report } = entry;
  const { source } = report;
  return [
    source.id,
    source.title,
    source.outlet ?? "",
    isoToSerial(source.published.value),
    publishedLabel(source),
    source.url ?? "",
    report.figures.length,
    report.statements.length,
    report.events.length,
    report.actors.length,
    report.places.length,
    entry.origin,
    isDefault,
  ];
}

/** `REPORT.REPORTS`: the library, oldest first. */
export function reportTable(library: Library): Table {
  return {
    header: REPORTS_HEADER,
    rows: library.list().map((entry) => reportRow(entry, entry.report.source.id === library.defaultReportId)),
  };
}

export const COMPARE_HEADER = [
  "report",
  "published date",
  "value",
  "low",
  "high",
  "qualifier",
  "as written",
  "attributed to",
  "evidence",
  "matched",
  "published",
  "report id",
] as const;

/**
 * The "matched" cell: what the figure is about in its report, and the name that found it, or the GeoNames id that did
 * ("Quetta (as 'QUETTA', by GeoNames id 1167528)").
 */
export const matchedLabel = (subjectName: string, matchedAs: string, geonamesId?: number): string =>
  geonamesId === undefined
    ? `${subjectName} (as '${matchedAs}')`
    : `${subjectName} (as '${matchedAs}', by GeoNames id ${geonamesId})`;

/** One report's row of `REPORT.COMPARE` (also what the team library stores for each figure it holds). */
export function compareRow(r: OpenReport, f: Figure, matchedAs: string, geonamesId?: number): Cell[] {
  return [
    r.report.source.title,
    isoToSerial(r.report.source.published.value),
    f.value.best,
    f.value.low ?? "",
    f.value.high ?? "",
    f.qualifier,
    f.valueText.exact,
    attributedTo(r, f) ?? "not stated",
    f.evidence.exact,
    matchedLabel(subjectName(r, f), matchedAs, geonamesId),
    publishedLabel(r.report.source),
    r.report.source.id,
  ];
}

/**
 * What a place or group is called across the library: the input, then the name and aliases it has in each report
 * that knows it ("Gaza" -> "Gaza Strip", "the Gaza Strip"), so a report that writes it another way still matches.
 */
function namesAcross(entries: readonly LibraryEntry[], input: string): string[] {
  const names = [input];
  for (const { open } of entries) {
    const subject = open.subjectIndex.find(input);
    if (!subject) continue;
    const known = open.placesById.get(subject.id) ?? open.actorsById.get(subject.id);
    for (const name of [subject.name, ...(known?.aliases ?? [])]) if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The GeoNames ids the input has in the reports that know it as a place matched in the gazetteer. */
function geonamesIdsAcross(entries: readonly LibraryEntry[], input: string): Set<number> {
  const ids = new Set<number>();
  for (const { open } of entries) {
    const subject = open.subjectIndex.find(input);
    const geo = subject ? open.placesById.get(subject.id)?.geo : undefined;
    if (geo?.matched && geo.geonamesId !== undefined) ids.add(geo.geonamesId);
  }
  return ids;
}

/** A report's place with one of these GeoNames ids, if it has one. */
function placeByGeonamesId(r: OpenReport, ids: ReadonlySet<number>): { name: string; geonamesId: number } | undefined {
  if (ids.size === 0) return undefined;
  for (const place of r.report.places) {
    const geo = place.geo;
    if (geo?.matched && geo.geonamesId !== undefined && ids.has(geo.geonamesId))
      return { name: place.name, geonamesId: geo.geonamesId };
  }
  return undefined;
}

/**
 * `REPORT.COMPARE`: one figure as every report gives it, oldest report first: the toll over time. Each report
 * resolves the place or group by its own names and aliases ("Gaza" may be "Gaza Strip" in one, "the Gaza Strip" in
 * another, matched through the names the place has in the reports that know the input); the "matched" column names
 * what it matched in that report and by which name, so two different places are never shown as one without saying so.
 * A place the gazetteer matched is found by its GeoNames id first ("Quetta" in one report, "QUETTA" or "Kwatah" in
 * another), and the "matched" column says so.
 */
export function compareFigure(library: Library, where: Argument, measure: Argument): Result<Table> {
  const place = requiredText(where, "where", "a place or group name");
  if (!place.ok) return place;
  const entries = library.list();
  const names = namesAcross(entries, place.value);
  const geonamesIds = geonamesIdsAcross(entries, place.value);
  const rows: Cell[][] = [];
  let firstFailure: Result<never> | undefined;
  let knownAnywhere = false;
  for (const entry of entries) {
    const r = entry.open;
    // The GeoNames id first; then the name as typed; else the other names the place has in the reports that know it.
    const byId = placeByGeonamesId(r, geonamesIds);
    const matchedAs = byId?.name ?? names.find((name) => r.subjectIndex.find(name)) ?? place.value;
    const figure = findFigure(r, matchedAs, measure);
    if (!figure.ok) {
      const { code } = figure.failure;
      if (code === "unknown-choice" || code === "missing" || code === "wrong-type") return figure;
      if (code === "not-reported") knownAnywhere = true;
      firstFailure ??= figure;
      continue;
    }
    knownAnywhere = true;
    rows.push(compareRow(r, figure.value, matchedAs, byId?.geonamesId));
  }
  if (rows.length > 0) return ok({ header: COMPARE_HEADER, rows });
  if (!knownAnywhere && firstFailure) return firstFailure;
  const which = typeof measure === "string" ? measure.trim() : String(measure);
  return fail({ code: "not-compared", subject: place.value, measure: which, reports: entries.length });
}

/** Where `REPORT.COMPARE` looks: this workbook's reports (the default) or the team library's. */
export const COMPARE_SCOPES = ["workbook", "team"] as const;
export type CompareScope = (typeof COMPARE_SCOPES)[number];

export function compareScope(scope: Argument): Result<CompareScope> {
  if (scope === undefined || scope === null || scope === "") return ok("workbook");
  const text = requiredText(scope, "scope", `"workbook" or "team"`);
  if (!text.ok) return text;
  const found = COMPARE_SCOPES.find((s) => s === text.value.trim().toLowerCase());
  return found ? ok(found) : fail({ code: "unknown-choice", argument: "scope", input: text.value, choices: COMPARE_SCOPES });
}
