/**
 * Keeping keyboard focus across a re-render: views are rebuilt on every state change, so the element
 * that had focus is gone. Its place (the nearest record, by `data-id`, and its position among that
 * record's controls) survives, and focus goes back there, never to the page.
 */
export interface FocusPlace {
  /** The `data-id` of the record around the focused control, or null for the container itself. */
  scope: string | null;
  index: number;
}

const FOCUSABLE = "button, input, select, textarea, a[href], [tabindex]";

/** Where focus is inside `container`, or null when it is elsewhere (or on the container itself). */
export function focusPlace(container: HTMLElement): FocusPlace | null {
  const active = container.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || active === container || !container.contains(active)) return null;
  const record = active.closest<HTMLElement>("[data-id]");
  const scope = record && container.contains(record) ? record : container;
  return {
    scope: scope === container ? null : scope.getAttribute("data-id"),
    index: [...scope.querySelectorAll(FOCUSABLE)].indexOf(active),
  };
}

/** Focuses the control at `place` in the re-rendered container, the nearest one left, or else `fallback`. */
export function restoreFocus(container: HTMLElement, place: FocusPlace, fallback: HTMLElement = container): void {
  const scope = place.scope === null ? container : container.querySelector<HTMLElement>(`[data-id="${CSS.escape(place.scope)}"]`);
  const controls = scope ? [...scope.querySelectorAll<HTMLElement>(FOCUSABLE)] : [];
  const target = controls[Math.min(Math.max(place.index, 0), controls.length - 1)] ?? scope ?? fallback;
  target.focus({ preventScroll: true });
  if (container.ownerDocument.activeElement !== target) fallback.focus({ preventScroll: true });
}
