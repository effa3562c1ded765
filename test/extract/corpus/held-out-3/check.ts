/**
 * What a held-out-3 truth must satisfy against its own text: the checks of ../held-out/check.ts (a subset of
 * ../../articles/README.md's list), plus NFC and LF, and the quote rules of that README (a double-quoted passage of
 * three words or more is a quote span, one of one or two words is not, and every quote span sits between marks).
 */
import type { Report } from "../../../../src/model/report";
import { inside, problemsOf as heldOutProblemsOf } from "../held-out/check";

export function problemsOf(r: Report): string[] {
  const text = r.source.text;
  const problems = heldOutProblemsOf(r);
  if (text !== text.normalize("NFC")) problems.push("text is not NFC");
  if (text.includes("\r")) problems.push("text has CR line ends");
  const quoteSpans = r.statements.flatMap((s) => s.quotes);
  for (const s of r.statements) {
    if (s.kind === "paraphrase" && s.quotes.length > 0) problems.push(`${s.id}: a paraphrase with quote spans`);
    if (s.kind !== "paraphrase" && s.quotes.length === 0) problems.push(`${s.id}: a ${s.kind} with no quote span`);
    for (const q of s.quotes) {
      const before = text.slice(0, q.start).trimEnd().slice(-1);
      const after = text.slice(q.end).match(/^[^\n]?/)![0];
      const atLineEnd = q.end === text.length || text[q.end] === "\n";
      if (!/["“‘']/.test(before)) problems.push(`${s.id}: quote "${q.exact.slice(0, 30)}" has no opening mark`);
      if (!/["”’']/.test(after) && !atLineEnd) problems.push(`${s.id}: quote "${q.exact.slice(0, 30)}" has no closing mark`);
      if (!inside(q, s.text)) problems.push(`${s.id}: quote outside the statement's text`);
    }
  }
  for (const m of text.matchAll(/["“]([^"“”\n]+)["”]/g)) {
    const span = { start: m.index + 1, end: m.index + 1 + m[1]!.length, exact: m[1]! };
    const words = m[1]!.trim().split(/\s+/).length;
    const quoted = quoteSpans.some((q) => q.start < span.end && span.start < q.end);
    if (words >= 3 && !quoted) problems.push(`"${m[1]!.slice(0, 30)}" (${words} words in quote marks) is no quote span`);
    if (words < 3 && quoted) problems.push(`"${m[1]}" (a scare quote of ${words} words) is a quote span`);
  }
  return problems;
}
