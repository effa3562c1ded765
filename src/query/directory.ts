import { report } from "../dataset/report";
import { aliasLabels } from "./actors";
import { actorsById, statementsBySpeaker } from "./indexes";
import type { Table } from "./table";

export const ACTOR_HEADER = ["name", "type", "role", "affiliation", "aliases", "statements", "first mention", "id"] as const;

/** Everyone in the report, one row each. */
export function actorTable(): Table {
  return {
    header: ACTOR_HEADER,
    rows: report.actors.map((a) => [
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
export function placeTable(): Table {
  return {
    header: PLACE_HEADER,
    rows: report.places.map((p) => [
      p.name,
      p.kind,
      aliasLabels(p).join("; "),
      report.figures.filter((f) => f.subject.id === p.id).length,
      p.mentions[0]!.exact,
      p.id,
    ]),
  };
}
