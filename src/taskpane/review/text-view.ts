/**
 * The article's text beside the review list: the active item's words in a <mark>, their sentence in a lighter one,
 * scrolled into view; and the words the reviewer selects, as offsets into the text.
 */
import { el } from "../dom";
import type { ReviewItem } from "./state";

export interface TextView {
  element: HTMLElement;
  /** Marks the item's words (and its sentence) and scrolls them into view. */
  show(item: ReviewItem | undefined): void;
  /** The last words selected in the text, as offsets; undefined when there is no selection in it. */
  selection(): { start: number; end: number } | undefined;
}

/** Offsets in `container`'s text of a DOM range inside it (the container holds the source text and nothing else). */
export function offsetsIn(container: Node, range: Range): { start: number; end: number } | undefined {
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return undefined;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : undefined;
}

export function textView(text: string, onSelect: (selected: { start: number; end: number } | undefined) => void): TextView {
  const body = el("div", {
    class: "review-text",
    id: "review-text-view",
    tabindex: "0",
    role: "region",
    "aria-label": "Article text (select words here to add a fact)",
  });
  body.textContent = text;
  let selected: { start: number; end: number } | undefined;
  // The selection is followed as it changes, so a later click on a button (which may clear it) cannot lose it.
  const follow = () => {
    if (!body.isConnected) return document.removeEventListener("selectionchange", follow);
    const chosen = document.getSelection();
    // A DOM Selection, not an Office proxy: nothing to load or sync.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    const range = chosen && !chosen.isCollapsed && chosen.rangeCount > 0 ? chosen.getRangeAt(0) : undefined;
    if (!range) return;
    const offsets = offsetsIn(body, range);
    if (!offsets) return;
    selected = offsets;
    onSelect(offsets);
  };
  document.addEventListener("selectionchange", follow);

  const show = (item: ReviewItem | undefined) => {
    if (!item) {
      body.textContent = text;
      return;
    }
    const { words, context } = item;
    const outer = context && context.start <= words.start && context.end >= words.end ? context : undefined;
    const from = outer?.start ?? words.start;
    const to = outer?.end ?? words.end;
    const current = el("mark", { class: "current" }, text.slice(words.start, words.end));
    body.replaceChildren(
      text.slice(0, from),
      ...(outer ? [el("mark", { class: "context" }, text.slice(from, words.start))] : []),
      current,
      ...(outer ? [el("mark", { class: "context" }, text.slice(words.end, to))] : []),
      text.slice(to),
    );
    // Scrolls the text box only (not the page), so the list the reviewer works in stays where it is.
    const top = current.offsetTop - body.clientHeight / 3;
    body.scrollTop = Math.max(0, top);
  };
  return { element: body, show, selection: () => selected };
}
