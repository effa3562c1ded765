/** A span as it may sit in a report value: numeric offsets, and its words unless a bundle left them out. */
export interface SpanAt {
  start: number;
  end: number;
  exact?: string;
}

/**
 * Every span in `value` (an object with numeric `start` and `end`; dates, whose `start` is text, are not), with the
 * path that says where it sits ("figures.0.valueText"). The one walk over a report's spans: the dataset check, the
 * bundle's packing of span words and the tests all use it. The spans are the objects themselves, not copies.
 */
export function spansIn(value: unknown, path = ""): Array<{ path: string; span: SpanAt }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => spansIn(item, `${path}.${i}`));
  if (value === null || typeof value !== "object") return [];
  const record = value as Record<string, unknown>;
  if (typeof record.start === "number" && typeof record.end === "number") return [{ path, span: record as unknown as SpanAt }];
  return Object.entries(record).flatMap(([key, child]) => spansIn(child, path ? `${path}.${key}` : key));
}
