import type { TeamSource } from "../../../functions/runtime";
import type { TeamConnection } from "./connection";

/**
 * The team library a runtime's functions ask from start (the connection this machine kept), its client loaded at the
 * first `REPORT.COMPARE(…, "team")`: zod and the client stay out of the start-up script.
 */
export function lazyTeamSource(connection: TeamConnection): TeamSource {
  let client: Promise<TeamSource> | undefined;
  const load = () =>
    (client ??= import(/* webpackChunkName: "team-client" */ "../../../team/client").then(
      ({ TeamClient }) => new TeamClient(connection.url, connection.token),
    ));
  return {
    url: connection.url,
    compare: async (where, measure, signal) => (await load()).compare(where, measure, signal),
  };
}
