import { toCsv } from "../export/csv";
import type { Cell } from "../query";
import { cardProperties, isCard } from "./format-card";

/**
 * A formula's value as RFC 4180 CSV by the export's own writer (dates as YYYY-MM-DD, formulas neutralized): a
 * table as it spills, header first; a card as "property","value" rows; a single value as a column headed "value".
 */
export function valueAsCsv(value: unknown): string {
  if (Array.isArray(value)) {
    const [header = [], ...rows] = value as Cell[][];
    return toCsv({ header: header.map(String), rows });
  }
  if (isCard(value))
    return toCsv({ header: ["property", "value"], rows: cardProperties(value).map(([name, text]) => [name, text]) });
  return toCsv({ header: ["value"], rows: [[value as Cell]] });
}
