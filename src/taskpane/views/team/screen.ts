/**
 * Reports › Team library, loaded on demand (its own chunk, with zod, the client and the report checks): nothing of it
 * is in the pane's start-up script. The pane shows `element` where a section's panel goes.
 */
// First: before any zod schema is built (see zod-jitless.ts).
import "../../../model/zod-jitless";
import type { ReviewScreen } from "../../state";
import { teamActions, TeamStore, type TeamActions, type TeamDeps } from "./team-actions";
import { teamView } from "./team-view";

export interface TeamScreen extends ReviewScreen {
  readonly store: TeamStore;
  readonly actions: TeamActions;
}

export function createTeamScreen(deps: TeamDeps): TeamScreen {
  const store = new TeamStore({
    connected: null,
    saved: undefined,
    query: "",
    results: [],
    message: null,
    busy: false,
    pendingReplace: null,
  });
  const closed = new AbortController();
  const actions = teamActions(store, {
    ...deps,
    close: () => {
      closed.abort();
      deps.close();
    },
  });
  const saved = actions.resume();
  // What this machine kept connects at once: the list is there when the screen opens.
  if (saved) void actions.connect(saved.url, saved.token);
  let element: HTMLElement | undefined;
  return {
    store,
    actions,
    get element() {
      return (element ??= teamView(store, actions, deps.library, closed.signal));
    },
  };
}
