import type { ReportDate } from "../model/date";

const EXCEL_EPOCH_OFFSET = 25569; // days from 1899-12-30 (Excel's day 0) to 1970-01-01
const MS_PER_DAY = 86_400_000;

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as an Excel serial day number, at its first day. */
export function isoToSerial(iso: string): number {
  const [year, month = 1, day = 1] = iso.split("-").map(Number);
  return Date.UTC(year!, month - 1, day) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/** Last day covered by an ISO date of any precision ("2023-10" ends on 2023-10-31). */
export function isoEndSerial(iso: string): number {
  const parts = iso.split("-").map(Number);
  const [year, month, day] = parts;
  if (day !== undefined) return isoToSerial(iso);
  if (month !== undefined) return Date.UTC(year!, month, 0) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  return Date.UTC(year!, 11, 31) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/** Excel's calendar: serial 1 is 1900-01-01, the last day it knows is 9999-12-31. */
export const FIRST_SERIAL = 1;
export const LAST_SERIAL = 2_958_465;

/** A day of Excel's calendar as a serial; Excel counts a 29 February 1900 that never was, so days before March 1900 are one less. */
function daySerial(year: number, month: number, day: number): number {
  const serial = Date.UTC(year, month - 1, day) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  return serial < 61 ? serial - 1 : serial;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A date the user typed as YYYY, YYYY-MM or YYYY-MM-DD, as the first and last serial days it
 * covers; or why it is not a date of Excel's calendar (2023-02-30 does not roll over into March,
 * and 0079 is not 1979).
 */
export function parseIsoDate(text: string): { first: number; last: number } | { problem?: string } {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return {};
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1900) return { problem: "Excel dates start in 1900" };
  if (month !== undefined && (month < 1 || month > 12)) return { problem: `there is no month ${month}` };
  if (month !== undefined && day !== undefined && (day < 1 || day > daysIn(year, month))) {
    return { problem: `${text.trim().slice(0, 7)} has no day ${day}` };
  }
  const first = daySerial(year, month ?? 1, day ?? 1);
  const last =
    day !== undefined ? first : month !== undefined ? daySerial(year, month, daysIn(year, month)) : daySerial(year, 12, 31);
  return { first, last };
}

export function serialToIso(serial: number): string {
  return new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date as the report gives it, at its precision: "2023-10-14", "2023-10", "2023-10-13/2023-10-14", "after 2023-10-07". */
export function dateText(date: ReportDate): string {
  if (date.bound === "after") return `after ${date.start}`;
  return date.end ? `${date.start}/${date.end}` : date.start;
}

/** How the date is known, in words: "day, year inferred", "day, date implied", "after this day, year inferred". */
export function dateBasis(date: ReportDate): string {
  const parts: string[] = [date.bound === "after" ? `after this ${date.precision}` : date.precision];
  if (date.basis !== "stated") parts.push(`date ${date.basis}`);
  else if (date.year === "inferred") parts.push("year inferred");
  return parts.join(", ");
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The date for people: "14 October 2023 (year inferred)", "13–14 October 2023", "November 2018", "after 7 October 2023". */
export function dateLabel(date: ReportDate): string {
  const [year, month, day] = date.start.split("-").map(Number);
  const monthName = month ? MONTHS[month - 1] : undefined;
  const endDay = date.end ? Number(date.end.split("-")[2]) : undefined;
  const days = day !== undefined ? (endDay !== undefined && endDay !== day ? `${day}–${endDay} ` : `${day} `) : "";
  const when = monthName ? `${days}${monthName} ${year}` : String(year);
  const text = date.bound === "after" ? `after ${when}` : when;
  const how = date.basis !== "stated" ? `date ${date.basis}` : date.year === "inferred" ? "year inferred" : "";
  return how ? `${text} (${how})` : text;
}
