import { dateLabel, nameOf, timeline } from "../../query";
import type { PaneState } from "../state";
import type { PaneHandlers } from "./handlers";
import { itemButton, itemList } from "./items";

export function timelineView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const r = state.report;
  const events = timeline(r).filter((e) => state.hits.events.has(e.id));
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(r, id)).join(", ");
  return itemList(
    "Timeline",
    state,
    handlers,
    events.map((e) =>
      itemButton(state, handlers, {
        kind: "event",
        id: e.id,
        title: e.date ? dateLabel(e.date) : "Undated",
        meta: [names(e.actors), names(e.places)].filter(Boolean).join(" · "),
        text: e.summary,
      }),
    ),
  );
}
