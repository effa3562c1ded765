import { aliasLabels } from "./actors";
import type { OpenReport } from "./open-report";
import type { Table } from "./table";

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

export const PLACE_HEADER = ["name", "kind", "aliases", "figures", "first mention", "id"] as const;

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
    ]),
  };
}
