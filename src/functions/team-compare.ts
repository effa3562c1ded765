import { fail, type Result } from "../model/failure";
import { messageOf } from "../model/error-message";
import { optionalFlag, requiredText } from "../query/arguments";
import { compareFigure, spill, type Cell, type Library, type Table } from "../query";
import { teamCompareTable, withOfflineNote } from "../query/team-compare";
import { valueOrError } from "./excel-error";
import type { TeamSource } from "./runtime";

/** The longest `REPORT.COMPARE` waits for the team library before it answers from the workbook. */
export const TEAM_COMPARE_WAIT_MS = 5_000;

const isUnreachable = (error: unknown) => (error as { unreachable?: unknown } | null)?.unreachable === true;

/**
 * `REPORT.COMPARE(where, measure, hxl, "team")`: the team library's answer, within a bounded wait; when it cannot be
 * reached (or none is connected), the workbook's own reports, with a last row saying so.
 */
export async function compareAcrossTeam(
  team: TeamSource | undefined,
  library: Library,
  where: unknown,
  measure: unknown,
  hxl: unknown,
): Promise<Cell[][]> {
  valueOrError(optionalFlag(hxl, "hxl"));
  const place = valueOrError(requiredText(where, "where", "a place or group name"));
  const figure = valueOrError(requiredText(measure, "measure", "a measure such as killed"));
  const offline = (why: string) => {
    const local = compareFigure(library, place, figure);
    return valueOrError(spill(() => (local.ok ? { ok: true, value: withOfflineNote(local.value, why) } : local), hxl));
  };
  if (!team) return offline("no team library is connected: Reports › Team library connects one");
  let answer: Result<Table>;
  try {
    const reply = await team.compare(place, figure, AbortSignal.timeout(TEAM_COMPARE_WAIT_MS));
    answer = teamCompareTable(reply, place, figure);
  } catch (error) {
    if (isUnreachable(error)) return offline(messageOf(error));
    answer = fail({ code: "team-refused", url: team.url, reason: messageOf(error) });
  }
  return valueOrError(spill(() => answer, hxl));
}
