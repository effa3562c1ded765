import { dateLabel, speakerOf, statementFormula } from "../../query";
import type { PaneState } from "../state";
import type { PaneHandlers } from "./handlers";
import { formulaButton, itemButton, itemList } from "./items";

const KIND_LABELS = { quote: "Direct quote", paraphrase: "Paraphrase", mixed: "Quote and paraphrase" } as const;

export function statementsView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const r = state.report;
  const statements = r.report.statements.filter((s) => state.hits.statements.has(s.id));
  return itemList(
    "Statements",
    state,
    handlers,
    statements.map((s) => {
      const speaker = speakerOf(r, s);
      const setting =
        s.settingBasis === "implied" || s.settingBasis === "inferred" ? `${s.setting} (${s.settingBasis})` : s.setting;
      return itemButton(state, handlers, {
        kind: "statement",
        id: s.id,
        title: speaker.name,
        meta: [speaker.role, s.date ? dateLabel(s.date) : "undated", setting].join(" · "),
        text: s.text.exact,
        badges: [KIND_LABELS[s.kind]],
        extra: formulaButton(state, handlers, statementFormula(r, s, state.reportArgument)),
      });
    }),
  );
}
