import { el } from "../dom";
import type { PaneState } from "../state";

/**
 * Why a control is disabled, written once. A disabled control stays focusable (aria-disabled, not
 * the `disabled` attribute): a keyboard user can reach it and hear why, and focus never falls to
 * the page when an action disables the control that started it.
 */
export const REASONS = {
  connecting: "Connecting to Office: actions that write to Excel wait for it.",
  outsideExcel: "Open this pane in Excel to insert tables, charts and formulas.",
  busy: "Busy: the last action is still running.",
  sourceHasNoTable: "The Source section has no table: choose Figures, Statements, Timeline or People & groups.",
  reportsHaveNoTable: "The Reports section has no table: choose Figures, Statements, Timeline or People & groups.",
  noRows: "The search shows no rows in this section.",
  noMatches: "There are no matches to write.",
  reportShown: "This report is already shown.",
  reportIsDefault: "This report is already the default: formulas without a [report] argument answer from it.",
} as const;
export type Reason = keyof typeof REASONS;

export const reasonId = (reason: Reason) => `why-${reason.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Why an action that writes to Excel cannot run now, or null when it can. */
export function excelReason(state: Pick<PaneState, "excel" | "busy">): Reason | null {
  if (state.excel === null) return "connecting";
  if (!state.excel) return "outsideExcel";
  return state.busy ? "busy" : null;
}

/** Attributes for a new control: disabled with its reason (tooltip and description), or none. */
export function disabledAttributes(reason: Reason | null): Record<string, string | undefined> {
  return reason ? { "aria-disabled": "true", "aria-describedby": reasonId(reason), title: REASONS[reason] } : {};
}

/** Disables or enables a control that stays on the page; `title` is its tooltip when enabled. */
export function setDisabled(control: HTMLElement, reason: Reason | null, title?: string): void {
  if (reason) {
    control.setAttribute("aria-disabled", "true");
    control.setAttribute("aria-describedby", reasonId(reason));
    control.title = REASONS[reason];
  } else {
    control.removeAttribute("aria-disabled");
    control.removeAttribute("aria-describedby");
    if (title) control.title = title;
    else control.removeAttribute("title");
  }
}

export const isDisabled = (control: Element) => control.getAttribute("aria-disabled") === "true";

/** Runs `action` on click (mouse, Enter, Space) unless the control is disabled. */
export function onActivate(control: HTMLElement, action: () => void): void {
  control.addEventListener("click", (event) => {
    if (isDisabled(control)) {
      event.preventDefault();
      return;
    }
    action();
  });
}

/** Every reason, once, for `aria-describedby` to point at (hidden: the tooltip and the visible notes show them). */
export function reasonsElement(): HTMLElement {
  return el(
    "div",
    { hidden: true, class: "reasons" },
    ...(Object.keys(REASONS) as Reason[]).map((reason) => el("p", { id: reasonId(reason) }, REASONS[reason])),
  );
}
