import { focusSpan, publishedLabel, sourceSegments } from "../../query";
import { el } from "../dom";
import type { PaneState } from "../state";

/** The report's text, every anchored fact marked, the selected record's passage highlighted. */
export function sourceView(state: PaneState): HTMLElement {
  const r = state.report;
  const current = state.selected ? focusSpan(r, state.selected.kind, state.selected.id) : undefined;
  const paragraphs: HTMLElement[] = [];
  let paragraph = el("p", {});
  for (const segment of sourceSegments(r, current)) {
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
  const meta = r.report.source;
  return el(
    "article",
    { class: "source", "aria-label": "The report's text" },
    el(
      "p",
      { class: "item-meta" },
      `${meta.title}. Published ${publishedLabel(meta)}. Highlighted: every figure, statement and dated event.`,
    ),
    ...paragraphs,
  );
}
