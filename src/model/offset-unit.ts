import { spansIn } from "./spans-in";

/**
 * The unit span offsets count. This add-in writes UTF-16 code units (a JavaScript string index, as the W3C
 * TextPositionSelector does in browsers). Files written before said "unicode code point" while counting the same
 * units for every text without astral characters; such a file is read as code points and converted at the edge, so
 * a text with an emoji reads right in either unit.
 */
export const UTF16_UNIT = "utf-16 code unit";
export const CODE_POINT_UNIT = "unicode code point";
export const OFFSET_UNITS = [UTF16_UNIT, CODE_POINT_UNIT] as const;

/** For each code point index of `text` (and its end), the UTF-16 index where it starts. */
function unitIndexes(text: string): Uint32Array {
  const indexes = new Uint32Array([...text].length + 1);
  let unit = 0;
  let point = 0;
  for (const character of text) {
    indexes[point++] = unit;
    unit += character.length;
  }
  indexes[point] = unit;
  return indexes;
}

/**
 * A report-shaped value whose `source.offsetUnit` says code points, as a copy with every span's offsets in UTF-16
 * code units and the unit saying so; any other value as it is. An offset that is no code point index of the text is
 * left as it is, for the report's check to name.
 */
export function withUtf16Offsets(value: unknown): unknown {
  const source = (value as { source?: { offsetUnit?: unknown; text?: unknown } } | null)?.source;
  if (typeof source !== "object" || source === null || source.offsetUnit !== CODE_POINT_UNIT) return value;
  if (typeof source.text !== "string") return value;
  const copy = structuredClone(value) as { source: { offsetUnit: string; text: string } };
  copy.source.offsetUnit = UTF16_UNIT;
  // Without astral characters a code point is a code unit: nothing moves.
  if (!/[\uD800-\uDBFF]/.test(source.text)) return copy;
  const indexes = unitIndexes(source.text);
  const toUnits = (n: number) => (Number.isInteger(n) && n >= 0 && n < indexes.length ? indexes[n]! : n);
  for (const span of new Set(spansIn({ ...copy, source: undefined }).map((s) => s.span))) {
    span.start = toUnits(span.start);
    span.end = toUnits(span.end);
  }
  return copy;
}
