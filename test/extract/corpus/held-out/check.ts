/** What a held-out truth must satisfy against its own text (a subset of ../../articles/README.md's list). */
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

export const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

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
  return problems;
}
