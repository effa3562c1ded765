import { checkReport, type ReportIssue } from "./check-report";
import type { Report } from "./report";

/** Rounds of dropping what a dropped record leaves broken (a statement whose speaker went): bounded. */
const MAX_ROUNDS = 5;
const RECORD_LISTS = new Set(["actors", "places", "figures", "statements", "events", "otherNumerals", "nonMentions"]);

/** A path's record ("figures.3") and, for a mention of an actor or a place, the mention ("actors.2.mentions.1"). */
function target(path: string): { list: string; index: number; mention?: number } | undefined {
  const parts = path.split(".");
  const index = Number(parts[1]);
  if (!RECORD_LISTS.has(parts[0]!) || !Number.isInteger(index)) return undefined;
  const mention = parts[2] === "mentions" && parts.length === 4 ? Number(parts[3]) : undefined;
  return { list: parts[0]!, index, ...(mention !== undefined && Number.isInteger(mention) ? { mention } : {}) };
}

const recordName = (report: Report, list: string, index: number) => {
  const record = (report as unknown as Record<string, Array<{ id?: string }>>)[list]?.[index];
  return `${list}.${index}${record?.id ? ` (${record.id})` : ""}`;
};

/**
 * The report without its orphans: a lost mention of an actor or a place is dropped from its mentions, any other
 * orphan drops its record (a figure, a statement, an event... whose words are no longer in the text); then what that
 * leaves broken (a statement whose speaker was dropped, an actor left with no mention) is dropped too, a few rounds
 * at most. Undefined when the report still has problems after that. Says what it dropped.
 */
export function withoutOrphans(
  report: Report,
  orphans: readonly ReportIssue[],
): { report: Report; dropped: string[] } | undefined {
  let current = structuredClone(report);
  let issues: readonly ReportIssue[] = orphans;
  const dropped: string[] = [];
  for (let round = 0; round < MAX_ROUNDS && issues.length > 0; round++) {
    const records = new Map<string, Set<number>>();
    const mentions = new Map<string, Set<number>>();
    for (const issue of issues) {
      const at = target(issue.path);
      if (!at) return undefined;
      if (at.mention !== undefined) {
        const key = `${at.list}.${at.index}`;
        mentions.set(key, (mentions.get(key) ?? new Set()).add(at.mention));
      } else records.set(at.list, (records.get(at.list) ?? new Set()).add(at.index));
    }
    const lists = current as unknown as Record<string, Array<Record<string, unknown>>>;
    for (const [key, gone] of mentions) {
      const [list, index] = key.split(".") as [string, string];
      const record = lists[list]![Number(index)]!;
      record.mentions = (record.mentions as unknown[]).filter((_, i) => !gone.has(i));
      dropped.push(`${recordName(current, list, Number(index))}: ${gone.size} mention${gone.size === 1 ? "" : "s"}`);
    }
    for (const [list, gone] of records) {
      for (const index of [...gone].sort((a, b) => a - b)) dropped.push(recordName(current, list, index));
      lists[list] = lists[list]!.filter((_, i) => !gone.has(i));
    }
    const checked = checkReport(current);
    if (checked.report) return { report: checked.report, dropped };
    issues = checked.issues;
    current = structuredClone(current);
  }
  return undefined;
}
