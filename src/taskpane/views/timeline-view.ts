import { dateLabel, nameOf, timeline } from "../../query";
import { el } from "../dom";
import type { PaneState } from "../state";
import type { PaneHandlers } from "./handlers";
import { emptyList, itemButton } from "./items";

export function timelineView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const events = timeline.filter((e) => state.hits.events.has(e.id));
  if (events.length === 0) return emptyList(state.query);
  const names = (ids: readonly string[]) => ids.map(nameOf).join(", ");
  return el(
    "ul",
    { class: "list", "aria-label": "Timeline" },
    ...events.map((e) =>
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
