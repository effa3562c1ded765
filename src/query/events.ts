import { fail, ok, type Result } from "../model/failure";
import type { ReportEvent } from "../model/event";
import { type Argument, isBlank, notACell } from "./arguments";
import { dateBasis, FIRST_SERIAL, isoEndSerial, isoToSerial, LAST_SERIAL, parseIsoDate, serialToIso } from "./dates";
import { nameOf, perReport, type OpenReport } from "./open-report";
import type { Cell, Table } from "./table";

/** A day given as an Excel date: the first and last serial days it covers (a month covers 28 to 31). */
interface DayRange {
  first: number;
  last: number;
}

/** An Excel date from a serial number or ISO text ("2023-10-14", "2023-10"), within Excel's calendar. */
function dateArgument(value: Argument, argument: string): Result<DayRange | undefined> {
  const range = notACell(value, argument);
  if (range) return range;
  if (isBlank(value)) return ok(undefined);
  if (typeof value === "number" && Number.isFinite(value)) {
    const day = Math.floor(value);
    if (day >= FIRST_SERIAL && day <= LAST_SERIAL) return ok({ first: day, last: day });
    const reason = `Excel dates run from ${FIRST_SERIAL} (1900-01-01) to ${LAST_SERIAL} (9999-12-31)`;
    return fail({ code: "bad-date", argument, input: String(value), reason });
  }
  if (typeof value === "string") {
    const parsed = parseIsoDate(value);
    if ("first" in parsed) return ok(parsed);
    return fail({ code: "bad-date", argument, input: value.trim(), reason: parsed.problem });
  }
  return fail({ code: "bad-date", argument, input: String(value) });
}

export const EVENT_HEADER = ["date", "end date", "what happened", "actors", "places", "date basis", "evidence", "id"] as const;

export function eventRow(r: OpenReport, event: ReportEvent): Cell[] {
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
export function eventTable(r: OpenReport, from?: Argument, to?: Argument): Result<Table> {
  const lower = dateArgument(from, "from");
  if (!lower.ok) return lower;
  const upper = dateArgument(to, "to");
  if (!upper.ok) return upper;
  const start = lower.value?.first;
  const end = upper.value?.last;
  if (start !== undefined && end !== undefined && start > end) {
    return fail({ code: "dates-reversed", from: serialToIso(start), to: serialToIso(end) });
  }
  const bounded = start !== undefined || end !== undefined;
  const events = timeline(r).filter((event) => {
    if (!event.date) return !bounded;
    const first = isoToSerial(event.date.start);
    const last = isoEndSerial(event.date.end ?? event.date.start);
    return (start === undefined || last >= start) && (end === undefined || first <= end);
  });
  if (events.length === 0) return fail({ code: "nothing-matches", filter: "those dates" });
  return ok({ header: EVENT_HEADER, rows: events.map((e) => eventRow(r, e)) });
}
