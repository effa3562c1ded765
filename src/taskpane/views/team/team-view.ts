import { el, replaceChildren } from "../../dom";
import { actionButton } from "../reports-view";
import type { Library } from "../../../query";
import { workbookCopy, type TeamActions, type TeamState, type TeamStore } from "./team-actions";

const button = actionButton;

const field = (id: string, label: string, input: HTMLInputElement) =>
  el("div", { class: "review-field" }, el("label", { for: id, class: "ms-font-s" }, label), input);

/**
 * The Team library screen: the forms are built once (typed text and focus stay), the lists and the message follow
 * the team state and the library until `closed` is aborted.
 */
export function teamView(store: TeamStore, actions: TeamActions, library: Library, closed: AbortSignal): HTMLElement {
  const url = el("input", {
    id: "team-url",
    type: "url",
    class: "ms-font-m",
    autocomplete: "url",
    placeholder: "https://library.example.org",
  });
  const token = el("input", { id: "team-token", type: "password", class: "ms-font-m", autocomplete: "off" });
  const connect = el(
    "form",
    { class: "team-connect", "aria-label": "Connect to a team library" },
    field("team-url", "Library address", url),
    field("team-token", "Token", token),
    el("button", { class: "action primary", type: "submit" }, "Connect"),
  );
  connect.addEventListener("submit", (event) => {
    event.preventDefault();
    void actions.connect(url.value, token.value);
  });
  const query = el("input", { id: "team-query", type: "search", class: "ms-font-m", autocomplete: "off" });
  const search = el(
    "form",
    { class: "team-search", role: "search", "aria-label": "Search the team library" },
    field("team-query", "Search the team library", query),
    el("button", { class: "action", type: "submit" }, "Search"),
  );
  search.addEventListener("submit", (event) => {
    event.preventDefault();
    void actions.search(query.value);
  });
  const connectedAs = el("p", { class: "item-meta", id: "team-connected" });
  const disconnect = button("Disconnect", () => actions.disconnect());
  const message = el("div", { id: "team-message", role: "status", "aria-live": "polite" });
  const results = el("ul", { class: "list", id: "team-results", "aria-label": "Reports in the team library" });
  const publishList = el("ul", { class: "list", id: "team-publish", "aria-label": "This workbook's reports to publish" });
  const connectedOnly = el(
    "div",
    {},
    el("div", { class: "toolbar" }, connectedAs, disconnect),
    search,
    results,
    el("h3", { class: "ms-font-m" }, "Publish from this workbook"),
    publishList,
  );

  const render = (state: TeamState) => {
    if (state.saved && !url.value) url.value = state.saved.url;
    if (state.saved && !token.value) token.value = state.saved.token;
    connect.hidden = state.connected !== null;
    connectedOnly.hidden = state.connected === null;
    connectedAs.textContent = state.connected ? `Connected to ${state.connected}` : "";
    message.className = state.message ? `status ${state.message.tone} ms-font-m` : "";
    message.textContent = state.message?.text ?? "";
    const pending = state.pendingReplace;
    replaceChildren(
      results,
      ...state.results.map((summary) =>
        el(
          "li",
          { class: "report", "data-id": summary.id },
          el("span", { class: "item-title" }, summary.title),
          el(
            "span",
            { class: "item-meta" },
            [
              `version ${summary.version}`,
              summary.outlet ?? "outlet unknown",
              `published ${summary.published}`,
              `by ${summary.publishedBy}`,
            ].join(" · "),
          ),
          el("span", { class: "item-meta team-copy" }, workbookCopy(library, summary, state.connected ?? "")),
          el(
            "div",
            { class: "row-actions" },
            ...(pending?.id === summary.id
              ? [button("Replace", () => void actions.addToWorkbook(summary)), button("Cancel", () => actions.cancelReplace())]
              : [
                  button("Add to workbook", () => void actions.addToWorkbook(summary), {
                    "aria-label": `Add “${summary.title}” to workbook`,
                  }),
                ]),
          ),
        ),
      ),
    );
    const own = library.list().filter((entry) => entry.origin === "workbook");
    replaceChildren(
      publishList,
      ...(own.length === 0
        ? [
            el(
              "li",
              { class: "item-meta" },
              "This workbook has no reports of its own yet: add one (Add a report…) to publish it.",
            ),
          ]
        : own.map((entry) => {
            const from = entry.report.teamLibrary;
            return el(
              "li",
              { class: "report", "data-id": entry.report.source.id },
              el("span", { class: "item-title" }, entry.report.source.title),
              el(
                "span",
                { class: "item-meta" },
                from && from.url === state.connected ? `from the library's version ${from.version}` : "not yet in this library",
              ),
              el(
                "div",
                { class: "row-actions" },
                button("Publish", () => void actions.publish(entry.report.source.id), {
                  "aria-label": `Publish “${entry.report.source.title}”`,
                  ...(state.busy ? { "aria-disabled": "true" } : {}),
                }),
              ),
            );
          })),
    );
  };
  store.subscribe(render);
  // The library outlives the screen: once it is closed, its view stops following the library.
  const stopFollowing = library.onChange(() => render(store.state));
  closed.addEventListener("abort", stopFollowing, { once: true });

  return el(
    "section",
    { class: "team-library", "aria-labelledby": "team-heading" },
    el(
      "div",
      { class: "toolbar" },
      el("h2", { class: "ms-font-l", id: "team-heading" }, "Team library"),
      button("Back to reports", () => actions.close()),
    ),
    connect,
    message,
    connectedOnly,
  );
}
