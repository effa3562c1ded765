/**
 * The review, loaded on demand when the reviewer asks to add a report (its own chunk, with zod and the report checks;
 * the extractor loads later still, when they draft). The pane shows `element` where a section's panel goes.
 */
// First: before any zod schema is built (see zod-jitless.ts).
import "../../model/zod-jitless";
import type { ReviewScreen } from "../state";
import { reviewActions, ReviewStore, type ReviewActions, type ReviewDeps } from "./actions";
import { reviewView } from "./view";

export interface ReviewScreenHandle extends ReviewScreen {
  readonly store: ReviewStore;
  readonly actions: ReviewActions;
}

export function createReviewScreen(deps: ReviewDeps): ReviewScreenHandle {
  const store = new ReviewStore();
  const actions = reviewActions(store, deps);
  let element: HTMLElement | undefined;
  return {
    store,
    actions,
    // Built when first shown: the actions work without a document (the pane's Node tests drive them directly).
    get element() {
      return (element ??= reviewView(store, actions));
    },
  };
}
