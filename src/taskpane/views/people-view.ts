import type { Actor } from "../../model/actor";
import { fold, nameOf, statementsBy } from "../../query";
import type { PaneState } from "../state";
import type { PaneHandlers } from "./handlers";
import { itemButton, itemList } from "./items";

const TYPE_LABELS: Record<Actor["type"], string> = {
  person: "Person",
  group: "Group",
  organization: "Organization",
  state: "State",
};

/** The report's other names for someone, apart from names it never writes (kept only to help lookups). */
function otherNames(aliases: readonly string[], lookupOnly: readonly string[] = []): string | undefined {
  const written = aliases.filter((n) => !lookupOnly.includes(n));
  const help = aliases.filter((n) => lookupOnly.includes(n));
  const parts = [
    written.length ? `Also: ${written.join(", ")}` : "",
    help.length ? `Not in the report (lookup help): ${help.join(", ")}` : "",
  ];
  return parts.filter(Boolean).join(" · ") || undefined;
}

export function peopleView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const r = state.report;
  const actors = r.report.actors.filter((a) => state.hits.actors.has(a.id));
  return itemList(
    "People and groups",
    state,
    handlers,
    actors.map((a) => {
      const statements = statementsBy(r, a.id).length;
      return itemButton(state, handlers, {
        kind: "actor",
        id: a.id,
        title: a.name,
        badges: [TYPE_LABELS[a.type]],
        meta: [
          // A state's role is often just "State": the badge already says it.
          fold(a.role) === fold(a.type) ? null : a.role,
          a.affiliation && nameOf(r, a.affiliation),
          statements ? `${statements} statement${statements > 1 ? "s" : ""}` : null,
        ]
          .filter(Boolean)
          .join(" · "),
        text: otherNames(a.aliases, a.lookupOnly),
      });
    }),
  );
}
