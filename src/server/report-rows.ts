import type { PlaceGeo } from "../model/actor";
import type { Report } from "../model/report";
import { compareRow } from "../query/compare";
import { nameKey } from "../query/fold";
import { openReport } from "../query/open-report";

/** A place or group as the library stores it: its key across reports and every name that finds it. */
export interface SubjectRow {
  subjectId: string;
  placeKey: string;
  name: string;
  names: string[];
  nameKeys: string[];
}

export interface FigureRow {
  figureId: string;
  placeKey: string;
  subjectName: string;
  measure: string;
  best: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  compareRow: unknown[];
}

/** `geonames:<id>` for a place the gazetteer matched with an id (`geo.geonamesId`), else the kind and folded name. */
export function placeKey(kind: "place" | "actor", record: { name: string; geo?: PlaceGeo }): string {
  const geo = kind === "place" ? record.geo : undefined;
  return geo?.matched && geo.geonamesId !== undefined ? `geonames:${geo.geonamesId}` : `${kind}:${nameKey(record.name)}`;
}

/** The first day a report's publication date covers ("2023-10" -> "2023-10-01"), for ranges and ordering. */
export function publishedOn(report: Report): string {
  const { value, notBefore } = report.source.published;
  const at = value.length >= notBefore.length ? value : notBefore;
  const [year, month = "01", day = "01"] = at.split("-");
  return `${year}-${month}-${day}`;
}

/** What a version adds to the query tables: its places and groups, and its figures with their compare rows. */
export function rowsOf(report: Report): { subjects: SubjectRow[]; figures: FigureRow[] } {
  const subjects = new Map<string, SubjectRow>();
  for (const [kind, records] of [
    ["place", report.places],
    ["actor", report.actors],
  ] as const) {
    for (const record of records) {
      const names = [...new Set([record.name, ...record.aliases, ...(record.lookupOnly ?? [])])];
      subjects.set(record.id, {
        subjectId: record.id,
        placeKey: placeKey(kind, record),
        name: record.name,
        names,
        nameKeys: [...new Set(names.map(nameKey))],
      });
    }
  }
  const open = openReport(report);
  const figures = report.figures.map((figure) => {
    const subject = subjects.get(figure.subject.id);
    return {
      figureId: figure.id,
      placeKey: subject?.placeKey ?? `${figure.subject.kind}:${figure.subject.id}`,
      subjectName: subject?.name ?? figure.subject.id,
      measure: figure.measure,
      best: figure.value.best,
      low: figure.value.low,
      high: figure.value.high,
      qualifier: figure.qualifier,
      compareRow: compareRow(open, figure, ""),
    };
  });
  return { subjects: [...subjects.values()], figures };
}
