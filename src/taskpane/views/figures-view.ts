import { attributedTo, dateLabel, figureFormula, figureValueLabel, subjectName } from "../../query";
import type { PaneState } from "../state";
import type { PaneHandlers } from "./handlers";
import { chartAcrossButton, formulaButton, itemButton, itemList } from "./items";

export function figuresView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const r = state.report;
  const figures = r.report.figures.filter((f) => state.hits.figures.has(f.id));
  return itemList(
    "Figures",
    state,
    handlers,
    figures.map((f) =>
      itemButton(state, handlers, {
        kind: "figure",
        id: f.id,
        title: `${subjectName(r, f)} · ${f.measure}: ${figureValueLabel(f)}`,
        meta: [
          `Attributed to ${attributedTo(r, f) ?? "no one named in the report"}`,
          f.date ? dateLabel(f.date) : "undated",
        ].join(" · "),
        text: `“${f.valueText.exact}” — ${f.evidence.exact}`,
        extra: formulaButton(
          state,
          handlers,
          figureFormula(r, f, state.reportArgument),
          state.library.length > 1 ? chartAcrossButton(state, handlers, subjectName(r, f), f.measure) : undefined,
        ),
      }),
    ),
  );
}
