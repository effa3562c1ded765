/**
 * The report's spans count Unicode code points (src/model/span.ts); the rules work on JavaScript string indexes
 * (UTF-16 code units). The two differ only past an astral character (an emoji, a rare CJK character): there, every
 * span of the finished draft is moved to code points, once, at the end.
 */

interface SpanLike {
  start: number;
  end: number;
  exact: string;
}

const isSpan = (value: object): value is SpanLike =>
  typeof (value as SpanLike).start === "number" &&
  typeof (value as SpanLike).end === "number" &&
  typeof (value as SpanLike).exact === "string";

/** Moves every span in `value` (any depth, each object once) from UTF-16 offsets in `text` to code points. */
export function spansToCodePoints<T extends object>(text: string, value: T): T {
  if (!/[\uD800-\uDFFF]/.test(text)) return value;
  // codePointAt[i]: code points before UTF-16 index i.
  const codePointAt = new Uint32Array(text.length + 1);
  for (let i = 0, n = 0; i <= text.length; i++) {
    codePointAt[i] = n;
    const c = text.charCodeAt(i);
    if (!(c >= 0xd800 && c <= 0xdbff && i + 1 < text.length)) n++;
    else {
      codePointAt[i + 1] = n; // the low half sits inside the same code point
      i++;
      n++;
    }
  }
  const seen = new Set<object>();
  // Iteration, not recursion: a draft's depth is small, but nothing here may overflow a stack.
  const stack: object[] = [value];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (seen.has(item)) continue;
    seen.add(item);
    if (isSpan(item)) {
      item.start = codePointAt[item.start]!;
      item.end = codePointAt[item.end]!;
    }
    for (const child of Object.values(item)) if (child !== null && typeof child === "object") stack.push(child as object);
  }
  return value;
}
