import * as chrono from "chrono-node/en";
import type { ReportDate } from "../../model/date";
import type { ExtractContext } from "../context";
import { span } from "../context";
import { isSpace, trimEndWhile } from "../text";

/** A date the text gives, resolved against the publication date and never after it. */
export interface DateFinding {
  start: number;
  end: number;
  date: ReportDate;
  rule: string;
  confidence: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const RELATIVE =
  /\b(?:yesterday|today|tonight|last|this|ago|earlier|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|^(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * Dates by chrono-node (casual English), then our refiners: a date after the publication date is moved back (a
 * weekday by a week, a day and month without a year by a year) or dropped when it is relative to something else
 * ("two days later"); "October 13 and 14" keeps its second day as the end; a time of day alone is not a date.
 * Without a publication date, only dates that write their year are kept.
 */
export function findDates(context: ExtractContext): DateFinding[] {
  const { text, published } = context;
  const reference = published ?? new Date(Date.UTC(2100, 0, 1));
  const results = chrono.casual.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false });
  const findings: DateFinding[] = [];
  // A date on the publication day itself ("on Tuesday" in Tuesday's paper) is not in its future.
  const endOfDay = reference.getTime() + 86_400_000 - 1;
  for (const result of results) {
    const words = trimEndWhile(result.text.replace(/^(?:on|in|at|since|by)\s+/i, ""), (c) => c === "," || isSpace(c));
    const start = result.index + result.text.indexOf(words);
    const component = result.start;
    const certainDay = component.isCertain("day");
    const certainMonth = component.isCertain("month");
    const certainYear = component.isCertain("year");
    const weekday = component.isCertain("weekday") || WEEKDAY.test(words);
    if (/^(?:now|right now|just now)$/i.test(words) || (!certainDay && !certainMonth && !certainYear && !weekday)) {
      context.debug(`date: '${result.text}' is a time of day, not a date`);
      continue;
    }
    if (/\blater\b|\bafter\b|\bfrom now\b|\bnext\b|\btomorrow\b/i.test(words)) {
      context.debug(`date: '${result.text}' counts from another event or is in the future; left undated`);
      continue;
    }
    const relative = RELATIVE.test(result.text) && !/\d{4}/.test(words);
    const yearWritten = /\b\d{4}\b/.test(words);
    if (!published && !yearWritten) continue;
    let date = component.date();
    if (published && date.getTime() > endOfDay) {
      if (weekday && !certainMonth) date = new Date(date.getTime() - 7 * 86400000);
      else if (!yearWritten) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()));
      if (date.getTime() > endOfDay) {
        context.debug(`date: '${result.text}' is after the publication date; dropped`);
        continue;
      }
    }
    const week = /\bweek\b/i.test(words);
    const precision: ReportDate["precision"] = week
      ? "month"
      : certainDay || weekday || relative
        ? /\bmonth\b/i.test(words)
          ? "month"
          : "day"
        : certainMonth
          ? "month"
          : "year";
    const value = precision === "day" ? iso(date) : precision === "month" ? iso(date).slice(0, 7) : iso(date).slice(0, 4);
    let end = start + words.length;
    let endValue: string | undefined;
    const range = /^\s*(?:and|-|–|to)\s*(\d{1,2})\b(?!\s*(?:people|were|was|,\d))/.exec(text.slice(end, end + 12));
    if (precision === "day" && range && Number(range[1]) > date.getUTCDate() && Number(range[1]) <= 31) {
      endValue = `${value.slice(0, 8)}${range[1]!.padStart(2, "0")}`;
      end += range[0].length;
    }
    findings.push({
      start,
      end,
      date: {
        start: value,
        ...(endValue ? { end: endValue } : {}),
        precision,
        basis: relative ? "inferred" : "stated",
        year: yearWritten ? "stated" : "inferred",
        text: span(text, start, end),
        ...(relative ? { note: `'${words}' counted back from the publication date` } : {}),
      },
      rule: relative ? "chrono: relative to the publication date" : "chrono: written date",
      confidence: relative ? 0.6 : 0.85,
    });
  }
  return findings;
}
