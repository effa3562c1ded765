import { el } from "../dom";
import type { PaneState } from "../state";
import { disabledAttributes, excelReason, onActivate } from "./disabled";
import type { PaneHandlers } from "./handlers";

/** What goes with the status line (which the pane keeps as one live region): the overwrite confirmation and the cross-reference results. */
export function statusView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const parts: HTMLElement[] = [];
  if (state.pendingOverwrite) {
    const replace = el("button", { class: "action", type: "button" }, `Replace ${state.pendingOverwrite.address}`);
    const cancel = el("button", { class: "action", type: "button" }, "Cancel");
    replace.addEventListener("click", () => handlers.confirmOverwrite());
    cancel.addEventListener("click", () => handlers.cancelOverwrite());
    parts.push(el("div", { class: "toolbar" }, replace, cancel));
  }
  if (state.workbookReadFailed) {
    const retry = el("button", { class: "action", type: "button", id: "retry-workbook-read" }, "Try again");
    retry.addEventListener("click", () => handlers.retryWorkbookRead());
    parts.push(el("div", { class: "toolbar" }, retry));
  }
  if (state.matches) {
    const reason = excelReason(state) ?? (state.matches.items.length === 0 ? "noMatches" : null);
    const write = el("button", { class: "action", type: "button", ...disabledAttributes(reason) }, "Write matches as table");
    onActivate(write, () => handlers.writeMatches());
    parts.push(
      el(
        "section",
        { class: "matches", "aria-label": state.matches.title },
        el("h2", { class: "ms-font-m" }, state.matches.title),
        state.matches.items.length === 0
          ? el("p", { class: "empty" }, "The report has nothing for these cells.")
          : el(
              "ul",
              { class: "list" },
              ...state.matches.items.map((m) => {
                const item = el(
                  "button",
                  { class: "item", type: "button" },
                  el("span", { class: "item-title" }, el("span", { class: "badge" }, m.kind), m.label),
                  el("span", { class: "item-meta" }, `For “${m.input}” · ${m.detail}`),
                  el("span", { class: "item-text" }, m.evidence.exact),
                );
                item.addEventListener("click", () => handlers.select(m.kind, m.id));
                return el("li", {}, item);
              }),
            ),
        write,
      ),
    );
  }
  return el("div", {}, ...parts);
}
