import { focusSpan, focusWords, publishedLabel, sourceSegments } from "../../query";
import { el } from "../dom";
import { SECTION_LABELS, type PaneState } from "../state";
import type { PaneHandlers } from "./handlers";

/**
 * The report's text, every anchored fact marked. The selected record's own words (a figure's number
 * and qualifier, a statement's quoted words) are highlighted, its sentence more lightly; the first
 * highlighted piece can take focus (`#source-current`). "Back" returns to the list it came from.
 */
export function sourceView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const r = state.report;
  const { selected } = state;
  const context = selected ? focusSpan(r, selected.kind, selected.id) : undefined;
  const words = selected ? focusWords(r, selected.kind, selected.id) : [];
  const paragraphs: HTMLElement[] = [];
  let paragraph = el("p", {});
  let first = true;
  for (const segment of sourceSegments(r, context, words)) {
    const text = segment.text.replace(/\n$/, "");
    if (text) {
      const ids = segment.ids.join(" ") || undefined;
      if (segment.current) {
        paragraph.append(
          el(
            "mark",
            { class: "current", "data-ids": ids, id: first ? "source-current" : undefined, tabindex: first ? "-1" : undefined },
            text,
          ),
        );
        first = false;
      } else if (segment.context) paragraph.append(el("mark", { class: "context", "data-ids": ids }, text));
      else if (ids) paragraph.append(el("mark", { class: "anchored", "data-ids": ids }, text));
      else paragraph.append(text);
    }
    if (segment.text.endsWith("\n")) {
      paragraphs.push(paragraph);
      paragraph = el("p", {});
    }
  }
  if (paragraph.childNodes.length > 0) paragraphs.push(paragraph);
  const meta = r.report.source;
  const back =
    state.returnTo && selected
      ? el(
          "button",
          { class: "action back", type: "button", "aria-keyshortcuts": "Escape" },
          el("span", { "aria-hidden": "true" }, "← "),
          `Back to ${SECTION_LABELS[state.returnTo]}`,
        )
      : null;
  back?.addEventListener("click", () => handlers.back());
  const article = el(
    "article",
    { class: "source ms-font-m", "aria-label": "The report's text" },
    el(
      "p",
      { class: "item-meta ms-font-s" },
      `${meta.title}. Published ${publishedLabel(meta)}. Marked: every figure, statement and dated event${selected ? "; highlighted: the selected one's words, in its sentence" : ""}.`,
    ),
    ...paragraphs,
  );
  if (back) {
    article.addEventListener("keydown", (event) => {
      if (event.key === "Escape") handlers.back();
    });
  }
  return el("div", { class: "source-view" }, back ? el("div", { class: "source-bar" }, back) : null, article);
}
