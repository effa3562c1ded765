import { attributedTo, catalog, dateLabel, figureFormula, figureValueLabel, subjectName } from "../../query";
import { el } from "../dom";
import type { PaneState } from "../state";
import type { PaneHandlers } from "./handlers";
import { emptyList, formulaButton, itemButton } from "./items";

export function figuresView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const figures = catalog.figures.filter((f) => state.hits.figures.has(f.id));
  if (figures.length === 0) return emptyList(state.query);
  return el(
    "ul",
    { class: "list", "aria-label": "Figures" },
    ...figures.flatMap((f) => [
      itemButton(
        state,
        handlers,
        "figure",
        f.id,
        `${subjectName(f)} · ${f.measure}: ${figureValueLabel(f)}`,
        [`Attributed to ${attributedTo(f) ?? "no one named in the report"}`, f.date ? dateLabel(f.date) : "undated"].join(" · "),
        `“${f.valueText.exact}” — ${f.evidence.exact}`,
      ),
      formulaButton(state, handlers, figureFormula(f)),
    ]),
  );
}
