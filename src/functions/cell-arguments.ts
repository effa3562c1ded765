import { fail, ok, type Result } from "../model/failure";

/*
 * What Excel passes for an `any` parameter, made the same on every host before the query layer
 * sees it. With `allowCustomDataForDataTypeAny` (which the metadata generator sets), a cell
 * holding a data type arrives as its JSON value: a card ({ type: "Entity" }), or a number with a
 * format ({ type: "Double", numberFormat }) such as the dates REPORT.EVENTS spills.
 */

type RichValue = { type: string; basicValue?: unknown; text?: unknown };

const isRichValue = (value: unknown): value is RichValue =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as RichValue).type === "string";

/** Rich values that stand for a plain value: the value itself. */
const BASIC_TYPES = new Set(["Double", "FormattedNumber", "String", "Boolean"]);

function richValueName(value: RichValue): string {
  const label = typeof value.text === "string" && value.text ? ` ('${value.text}')` : "";
  return value.type === "Entity" || value.type === "LinkedEntity" ? `a card${label}` : `a ${value.type} value${label}`;
}

/**
 * A date argument from a cell: a blank cell is no bound on every host (desktop Excel passes an
 * empty cell as 0, Excel on the web as null: office-js #4702; day 0 is no date); a formatted
 * number is its number; a card is refused with a clear #VALUE! message.
 */
export function dateFromCell(value: unknown, argument: string): Result<unknown> {
  if (value === null || value === undefined || value === 0) return ok(undefined);
  if (!isRichValue(value)) return ok(value);
  if (BASIC_TYPES.has(value.type) && value.basicValue !== undefined) return dateFromCell(value.basicValue, argument);
  return fail({
    code: "wrong-type",
    argument,
    expected: "a date (an Excel date or YYYY-MM-DD text); for a card's date use its property, e.g. =A1.Date",
    got: richValueName(value),
  });
}
