import { aliasLabels } from "./actors";
import type { OpenReport } from "./open-report";
import type { Place } from "../model/actor";
import type { Cell, Table } from "./table";

export const ACTOR_HEADER = ["name", "type", "role", "affiliation", "aliases", "statements", "first mention", "id"] as const;

/** Everyone in the report, one row each. */
export function actorTable(r: OpenReport): Table {
  const { actorsById, statementsBySpeaker } = r;
  return {
    header: ACTOR_HEADER,
    rows: r.report.actors.map((a) => [
      a.name,
      a.type,
      a.role,
      a.affiliation ? (actorsById.get(a.affiliation)?.name ?? a.affiliation) : "",
      aliasLabels(a).join("; "),
      statementsBySpeaker.get(a.id)?.length ?? 0,
      a.mentions[0]!.exact,
      a.id,
    ]),
  };
}

export const PLACE_HEADER = [
  "name",
  "kind",
  "aliases",
  "figures",
  "first mention",
  "id",
  "gazetteer",
  "geonames id",
  "country",
  "division",
  "lat",
  "lon",
] as const;

/** What the gazetteer says of a place: its GeoNames entry, that it matched nothing, or that nobody looked it up. */
function geoCells(p: Place): Cell[] {
  const geo = p.geo;
  if (!geo) return ["not looked up", "", "", "", "", ""];
  if (!geo.matched) return ["no match in GeoNames", "", "", "", "", ""];
  return [
    `GeoNames ${geo.level}: ${geo.name}`,
    geo.geonamesId ?? "",
    geo.country,
    geo.division ?? "",
    geo.lat ?? "",
    geo.lon ?? "",
  ];
}

/** Every place in the report, with how many figures it has. */
export function placeTable(r: OpenReport): Table {
  return {
    header: PLACE_HEADER,
    rows: r.report.places.map((p) => [
      p.name,
      p.kind,
      aliasLabels(p).join("; "),
      r.figuresBySubject.get(p.id)?.length ?? 0,
      p.mentions[0]!.exact,
      p.id,
      ...geoCells(p),
    ]),
  };
}
