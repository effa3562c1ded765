import { fail, ok, type Result } from "../model/failure";
import type { ReportEvent } from "../model/event";
import { type Argument, isBlank } from "./arguments";
import { dateBasis, isoEndSerial, isoToSerial } from "./dates";
import { nameOf, perReport, type ReportIndex } from "./indexes";
import type { Cell, Table } from "./table";

/** An Excel date from a serial number or ISO text ("2023-10-14", "2023-10"). */
function dateArgument(value: Argument, argument: string, end: boolean): Result<number | undefined> {
  if (isBlank(value)) return ok(undefined);
  if (typeof value === "number" && Number.isFinite(value) && value > 0) return ok(end ? Math.floor(value) : Math.ceil(value));
  if (typeof value === "string" && /^\s*\d{4}(-\d{2}(-\d{2})?)?\s*$/.test(value)) {
    const iso = value.trim();
    const serial = end ? isoEndSerial(iso) : isoToSerial(iso);
    if (Number.isFinite(serial)) return ok(serial);
  }
  return fail({ code: "bad-date", argument, input: String(value) });
}

export const EVENT_HEADER = ["date", "end date", "what happened", "actors", "places", "date basis", "evidence", "id"] as const;

export function eventRow(r: ReportIndex, event: ReportEvent): Cell[] {
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(r, id)).join("; ");
  return [
    event.date ? isoToSerial(event.date.start) : "",
    // A date known only as "after" a day has no end the report gives.
    event.date && event.date.bound !== "after" ? isoEndSerial(event.date.end ?? event.date.start) : "",
    event.summary,
    names(event.actors),
    names(event.places),
    event.date ? dateBasis(event.date) : "undated",
    event.evidence.exact,
    event.id,
  ];
}

/** Events in date order, undated ones last, ties in report order. */
export const timeline = perReport((r): readonly ReportEvent[] =>
  r.report.events
    .map((event, order) => ({ event, order, at: event.date ? isoToSerial(event.date.start) : Infinity }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ event }) => event),
);

/** `REPORT.EVENTS`: the timeline, or the events that overlap [from, to]. Undated events only without bounds. */
export function eventTable(r: ReportIndex, from?: Argument, to?: Argument): Result<Table> {
  const start = dateArgument(from, "from", false);
  if (!start.ok) return start;
  const end = dateArgument(to, "to", true);
  if (!end.ok) return end;
  const bounded = start.value !== undefined || end.value !== undefined;
  const events = timeline(r).filter((event) => {
    if (!event.date) return !bounded;
    const first = isoToSerial(event.date.start);
    const last = isoEndSerial(event.date.end ?? event.date.start);
    return (start.value === undefined || last >= start.value) && (end.value === undefined || first <= end.value);
  });
  if (events.length === 0) return fail({ code: "nothing-matches", filter: "those dates" });
  return ok({ header: EVENT_HEADER, rows: events.map((e) => eventRow(r, e)) });
}
