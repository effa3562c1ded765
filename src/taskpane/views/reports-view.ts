import { counted } from "../../model/count";
import { publishedLabel } from "../../query";
import { el } from "../dom";
import type { PaneState } from "../state";
import { disabledAttributes, onActivate } from "./disabled";
import type { PaneHandlers } from "./handlers";

/** A row's action button: activated by click, Enter or Space (onActivate), its attributes as given. */
export const actionButton = (
  label: string,
  onClick: () => void,
  attributes: Record<string, string | boolean | undefined> = {},
) => {
  const b = el("button", { class: "action", type: "button", ...attributes }, label);
  onActivate(b, onClick);
  return b;
};
const button = actionButton;

/** The library: every report with its source and counts; show one, make it the default, remove it, add a file. */
export function reportsView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const { library } = state;
  const file = el("input", { type: "file", accept: ".json,application/json", id: "report-file", class: "visually-hidden" });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (chosen) handlers.addReportFile(chosen);
    file.value = "";
  });
  const add = el("label", { class: "action primary", for: "report-file" }, "Add report file…");
  const items = library.map((entry) => {
    const { source, figures, statements } = entry.report;
    const shown = source.id === state.report.report.source.id;
    const isDefault = entry.isDefault;
    const pending = state.pendingRemoval === source.id;
    const actions = pending
      ? [
          el("span", { class: "item-meta" }, `Remove “${source.title}” from this workbook?`),
          button("Remove", () => handlers.confirmRemoveReport()),
          button("Cancel", () => handlers.cancelRemoveReport()),
        ]
      : [
          button(shown ? "Shown" : "Show", () => handlers.showReport(source.id), {
            "aria-pressed": String(shown),
            ...disabledAttributes(shown ? "reportShown" : null),
          }),
          button(isDefault ? "Default" : "Make default", () => handlers.setDefaultReport(source.id), {
            ...disabledAttributes(isDefault ? "reportIsDefault" : state.busy ? "busy" : null),
          }),
          button("Save report file", () => handlers.saveReportFile(source.id), {
            "aria-label": `Save report file of “${source.title}”`,
          }),
          entry.origin === "bundled"
            ? null
            : button("Remove…", () => handlers.removeReport(source.id), disabledAttributes(state.busy ? "busy" : null)),
        ];
    return el(
      "li",
      { class: shown ? "report current" : "report", "data-id": source.id },
      el("span", { class: "item-title" }, isDefault ? el("span", { class: "badge" }, "default") : null, source.title),
      el(
        "span",
        { class: "item-meta" },
        [
          source.outlet ?? "outlet unknown",
          `published ${publishedLabel(source)}`,
          counted(figures.length, "figure"),
          counted(statements.length, "statement"),
          entry.origin,
        ]
          .filter(Boolean)
          .join(" · "),
      ),
      el("span", { class: "item-meta" }, `[report] argument: "${source.id.replace(/^report:/, "")}"`),
      el("div", { class: "row-actions" }, ...actions),
    );
  });
  const conflict = state.pendingImport
    ? el(
        "div",
        { class: "status error", role: "alert" },
        `The library already has a report with id “${state.pendingImport.id}”. `,
        button("Replace it", () => handlers.resolveImport("replace")),
        button("Keep both", () => handlers.resolveImport("keep-both")),
        button("Cancel", () => handlers.resolveImport("cancel")),
      )
    : null;
  const problems = state.importProblems
    ? el(
        "section",
        { class: "matches", "aria-label": "Problems in the report file" },
        el("h2", { class: "ms-font-m" }, `Not imported: ${state.importProblems.file}`),
        el("ul", { class: "list" }, ...state.importProblems.lines.map((line) => el("li", { class: "item-text" }, line))),
        state.importProblems.orphans
          ? button(
              `Keep it without its ${state.importProblems.orphans.count} orphan${state.importProblems.orphans.count === 1 ? "" : "s"} (drops ${state.importProblems.orphans.dropped.length} record${state.importProblems.orphans.dropped.length === 1 ? "" : "s"} or mention${state.importProblems.orphans.dropped.length === 1 ? "" : "s"})`,
              () => handlers.keepWithoutOrphans(),
              { id: "keep-without-orphans" },
            )
          : null,
      )
    : null;
  return el(
    "section",
    { class: "reports", "aria-label": "Reports in the library" },
    el(
      "div",
      { class: "toolbar" },
      add,
      file,
      button("Add a report…", () => handlers.openReview(), { id: "add-report" }),
      button("Team library…", () => handlers.openTeamLibrary(), { id: "team-library" }),
    ),
    conflict,
    problems,
    el("ul", { class: "list" }, ...items),
  );
}
