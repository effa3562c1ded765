import type { DraftEdit } from "../../model/draft";
import type { ReviewItem, ReviewState } from "./state";

const fmt = (n: number) => n.toLocaleString("en-US");
const clip = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type Draft = NonNullable<ReviewState["draft"]>;
type Record =
  | Draft["figures"][number]
  | Draft["statements"][number]
  | Draft["events"][number]
  | Draft["actors"][number]
  | Draft["places"][number];
/** Each draft's records by id, built once: the list describes every item, and a draft may have a thousand. */
const byIdOf = new WeakMap<Draft, Map<string, Record>>();
function byId(draft: Draft): Map<string, Record> {
  let found = byIdOf.get(draft);
  if (!found) {
    found = new Map<string, Record>();
    for (const x of [...draft.figures, ...draft.statements, ...draft.events, ...draft.actors, ...draft.places])
      found.set(x.id, x);
    byIdOf.set(draft, found);
  }
  return found;
}

/** An item as the review list shows it, with the reviewer's edit applied: a title line and a detail line. */
export function describeItem(state: ReviewState, item: ReviewItem): { title: string; detail: string } {
  const draft = state.draft!;
  const decision = state.decisions[item.id];
  const edit: DraftEdit = decision?.status === "accepted" ? (decision.edit ?? {}) : {};
  const records = byId(draft);
  const nameOf = (id: string | null | undefined) => {
    const named = id ? records.get(id) : undefined;
    return named && "name" in named ? named.name : (id ?? undefined);
  };
  switch (item.kind) {
    case "figure": {
      const f = records.get(item.id) as Draft["figures"][number];
      const qualifier = edit.qualifier ?? f.qualifier;
      const best = edit.value?.best ?? f.value.best;
      const where = nameOf(edit.subject?.id ?? f.subject?.id) ?? "no place or group";
      const credited = edit.source ? edit.source.actor : f.attribution.actor;
      const source = credited ? ` · per ${nameOf(credited)}` : "";
      const date = edit.date !== undefined ? edit.date?.start : f.date?.start;
      const unit = (edit.unit ?? f.unit) === "people" ? "" : ` ${edit.unit ?? f.unit}`;
      return {
        title: `${where} · ${edit.measure ?? f.measure}: ${qualifier === "exact" ? "" : `${qualifier} `}${fmt(best)}${unit}`,
        detail: `“${clip(f.valueText.exact, 60)}”${source}${date ? ` · ${date}` : ""}`,
      };
    }
    case "statement": {
      const s = records.get(item.id) as Draft["statements"][number];
      const words = s.quotes.length > 0 ? s.quotes.map((q) => q.exact).join(" … ") : s.text.exact;
      return {
        title: `${nameOf(edit.speaker ?? s.speaker)} (${s.kind}${edit.speaker ? "" : `, speaker ${s.speakerBasis}`})`,
        detail: `“${clip(words)}”`,
      };
    }
    case "event": {
      const e = records.get(item.id) as Draft["events"][number];
      const date = e.date
        ? `${e.date.start}${e.date.end ? `/${e.date.end}` : ""} (${e.date.precision}, ${e.date.basis})`
        : "undated";
      return { title: date, detail: clip(e.summary) };
    }
    case "actor": {
      const a = records.get(item.id) as Draft["actors"][number];
      const also = a.aliases.length > 0 ? ` · also ${a.aliases.slice(0, 3).join(", ")}` : "";
      return { title: `${a.name} (${a.type})`, detail: `${a.role || "no role given"}${also}` };
    }
    case "place": {
      const p = records.get(item.id) as Draft["places"][number];
      const also = p.aliases.length > 0 ? ` · also ${p.aliases.slice(0, 3).join(", ")}` : "";
      return {
        title: `${p.name} (${p.kind})`,
        detail: `${p.mentions.length} mention${p.mentions.length === 1 ? "" : "s"}${also}`,
      };
    }
  }
}

/** What an item's decision reads as in the list. */
export function statusLabel(state: ReviewState, id: string): "accepted" | "edited" | "rejected" | "unreviewed" {
  const decision = state.decisions[id];
  if (!decision) return "unreviewed";
  if (decision.status === "rejected") return "rejected";
  return decision.edit ? "edited" : "accepted";
}
