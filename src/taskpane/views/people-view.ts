import { nameOf, statementsBy } from "../../query";
import type { PaneState } from "../state";
import type { PaneHandlers } from "./handlers";
import { itemButton, itemList } from "./items";

export function peopleView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const r = state.report;
  const actors = r.report.actors.filter((a) => state.hits.actors.has(a.id));
  return itemList(
    "People and groups",
    state.query,
    actors.map((a) => {
      const statements = statementsBy(r, a.id).length;
      return itemButton(state, handlers, {
        kind: "actor",
        id: a.id,
        title: a.name,
        meta: [
          a.role,
          a.type,
          a.affiliation && nameOf(r, a.affiliation),
          statements ? `${statements} statement${statements > 1 ? "s" : ""}` : null,
        ]
          .filter(Boolean)
          .join(" · "),
        text: a.aliases.length ? `Also: ${a.aliases.join(", ")}` : undefined,
      });
    }),
  );
}
