import type { DraftReport } from "../model/draft";

const pct = (confidence: number) => `${Math.round(confidence * 100)}%`.padStart(4);

/** A draft as a readable list for a person to check: figures, statements, people and places, dates, warnings. */
export function formatReview(draft: DraftReport): string {
  const name = new Map<string, string>([...draft.actors, ...draft.places].map((x) => [x.id, x.name]));
  const lines: string[] = [`Draft: ${draft.source.title}`];
  for (const warning of draft.warnings) lines.push(`! ${warning}`);
  lines.push("", `Figures (${draft.figures.length})`);
  for (const f of draft.figures) {
    const bounds = `low ${f.value.low ?? "-"}, high ${f.value.high ?? "-"}`;
    const source = f.attribution.actor ? `, per ${name.get(f.attribution.actor)} (${f.attribution.basis})` : "";
    lines.push(
      `  ${pct(f.draft.confidence)}  ${f.subject ? name.get(f.subject.id) : "(place?)"} ${f.measure}: ${f.value.best} [${f.qualifier}; ${bounds}] "${f.valueText.exact}"${source}${f.date ? `, ${f.date.start}` : ""}`,
    );
    lines.push(`        ${f.draft.rule}`);
  }
  lines.push("", `Statements (${draft.statements.length})`);
  for (const s of draft.statements) {
    lines.push(
      `  ${pct(s.draft.confidence)}  ${name.get(s.speaker)} (${s.kind}, speaker ${s.speakerBasis}): ${s.quotes.length > 0 ? s.quotes.map((q) => `"${q.exact}"`).join(" … ") : s.text.exact}`,
    );
    lines.push(`        ${s.draft.rule}`);
  }
  lines.push("", `People and groups (${draft.actors.length})`);
  for (const a of draft.actors)
    lines.push(
      `  ${pct(a.draft.confidence)}  ${a.name} [${a.type}]${a.role ? `, ${a.role}` : ""}${a.aliases.length ? ` (also: ${a.aliases.join(", ")})` : ""}`,
    );
  lines.push("", `Places (${draft.places.length})`);
  for (const p of draft.places)
    lines.push(
      `  ${pct(p.draft.confidence)}  ${p.name} [${p.kind}]${p.aliases.length ? ` (also: ${p.aliases.join(", ")})` : ""}`,
    );
  lines.push("", `Dated events (${draft.events.length})`);
  for (const e of draft.events)
    lines.push(
      `  ${pct(e.draft.confidence)}  ${e.date?.start ?? "?"}${e.date?.end ? `/${e.date.end}` : ""} (${e.date?.precision}, ${e.date?.basis}): ${e.summary}`,
    );
  lines.push("", `Numbers that are not figures (${draft.otherNumerals.length})`);
  for (const n of draft.otherNumerals) lines.push(`  "${n.text.exact}": ${n.reason}`);
  return `${lines.join("\n")}\n`;
}
