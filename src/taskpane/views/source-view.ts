import { catalog, focusSpan, sourceSegments } from "../../query";
import { el } from "../dom";
import type { PaneState } from "../state";

/** The report's text, every anchored fact marked, the selected record's passage highlighted. */
export function sourceView(state: PaneState): HTMLElement {
  const current = state.selected ? focusSpan(state.selected.kind, state.selected.id) : undefined;
  const paragraphs: HTMLElement[] = [];
  let paragraph = el("p", {});
  for (const segment of sourceSegments(current)) {
    const text = segment.text.replace(/\n$/, "");
    if (text) {
      const marked = segment.ids.length > 0 || segment.current;
      paragraph.append(
        marked
          ? el("mark", { class: segment.current ? "current" : undefined, "data-ids": segment.ids.join(" ") || undefined }, text)
          : document.createTextNode(text),
      );
    }
    if (segment.text.endsWith("\n")) {
      paragraphs.push(paragraph);
      paragraph = el("p", {});
    }
  }
  if (paragraph.childNodes.length > 0) paragraphs.push(paragraph);
  const meta = catalog.source;
  return el(
    "article",
    { class: "source", "aria-label": "The report's text" },
    el(
      "p",
      { class: "item-meta" },
      `${meta.title}. Published ${meta.published.value} (inferred). Highlighted: every figure, statement and dated event.`,
    ),
    ...paragraphs,
  );
}
