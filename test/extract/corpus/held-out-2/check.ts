/**
 * What a held-out-2 truth must satisfy against its own text: the checks of ../held-out/check.ts (a subset of
 * ../../articles/README.md's list), plus NFC and LF, and the quote rules of that README (a double-quoted passage of
 * three words or more is a quote span, one of one or two words is not, and every quote span sits between marks).
 */
import type { Report } from "../../../../src/model/report";
import type { Span } from "../../../../src/model/span";

const NUMBER_WORDS =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|hundred|thousand|million)\b|\d[\d,.]*/gi;

function spansIn(value: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(value)) value.forEach((v) => spansIn(v, out));
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.exact === "string") out.push(o as unknown as Span);
    else Object.values(o).forEach((v) => spansIn(v, out));
  }
  return out;
}

const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

export function problemsOf(r: Report): string[] {
  const text = r.source.text;
  const problems: string[] = [];
  const { source: _source, ...facts } = r;
  for (const s of spansIn(facts)) {
    if (text.slice(s.start, s.end) !== s.exact) problems.push(`span ${s.start}-${s.end} is not "${s.exact}"`);
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 150 || words > 450) problems.push(`${words} words (150-450)`);
  const ids = new Set([...r.actors, ...r.places].map((x) => x.id));
  for (const x of [...r.actors, ...r.places]) {
    const names = [x.name, ...x.aliases].map((n) => n.toLowerCase());
    for (const m of x.mentions) if (!names.includes(m.exact.toLowerCase())) problems.push(`${x.id}: mention "${m.exact}" is no name or alias`);
  }
  for (const f of r.figures) {
    if (!ids.has(f.subject.id)) problems.push(`${f.id}: subject ${f.subject.id} unknown`);
    if (f.attribution.actor && !ids.has(f.attribution.actor)) problems.push(`${f.id}: source ${f.attribution.actor} unknown`);
    if (!inside(f.valueText, f.evidence)) problems.push(`${f.id}: valueText outside evidence`);
    if (f.qualifier !== "exact" && f.qualifier !== "range" && !f.valueText.exact.toLowerCase().startsWith(f.qualifier))
      problems.push(`${f.id}: valueText "${f.valueText.exact}" does not start with "${f.qualifier}"`);
  }
  for (const s of r.statements) if (!ids.has(s.speaker)) problems.push(`${s.id}: speaker ${s.speaker} unknown`);
  const covered = [...r.figures.flatMap((f) => [f.valueText, ...(f.parts ?? []).map((p) => p.text), ...(f.date?.text ? [f.date.text] : [])]), ...r.otherNumerals.map((n) => n.text), ...r.events.flatMap((e) => (e.date?.text ? [e.date.text] : [])), ...r.statements.flatMap((s) => (s.date?.text ? [s.date.text] : []))];
  for (const m of text.matchAll(NUMBER_WORDS)) {
    const span = { start: m.index, end: m.index + m[0].replace(/[.,]$/, "").length, exact: m[0] };
    if (!covered.some((c) => inside(span, c))) problems.push(`numeral "${m[0]}" at ${m.index} is in no figure, date or listed numeral`);
  }
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
