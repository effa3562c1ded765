import { report } from "../dataset/report";
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
      a.aliases.join("; "),
      statementsBySpeaker.get(a.id)?.length ?? 0,
      a.mentions[0]!.exact,
      a.id,
    ]),
  };
}
