import { focusSpan, focusWords, matchedWords, publishedLabel, sourceSegments } from "../../query";
import { el } from "../dom";
import { SECTION_LABELS, type PaneState } from "../state";
import type { PaneHandlers } from "./handlers";
import { markHits } from "./highlight";

/**
 * The report's text, every anchored fact marked. The selected record's own words (a figure's number
 * and qualifier, a statement's quoted words) are highlighted, its sentence more lightly; the first
 * highlighted piece can take focus (`#source-current`). While a search is active, the words it finds are marked as
 * in the lists, inside those marks. "Back" returns to the list it came from.
 */
export function sourceView(state: PaneState, handlers: PaneHandlers): HTMLElement {
  const r = state.report;
  const { selected } = state;
  const context = selected ? focusSpan(r, selected.kind, selected.id) : undefined;
  const words = selected ? focusWords(r, selected.kind, selected.id) : [];
  // Found in the whole text, so a word a span boundary cuts ("Khamenei" + "'s") is still found whole.
  const hits = matchedWords(r.report.source.text, state.hits.terms);
  const paragraphs: HTMLElement[] = [];
  let paragraph = el("p", {});
  let first = true;
  for (const segment of sourceSegments(r, context, words)) {
    const text = segment.text.replace(/\n$/, "");
    if (text) {
      const pieces = markHits(text, hits, segment.start);
      const ids = segment.ids.join(" ") || undefined;
      if (segment.current) {
        paragraph.append(
          el(
            "mark",
            { class: "current", "data-ids": ids, id: first ? "source-current" : undefined, tabindex: first ? "-1" : undefined },
            ...pieces,
          ),
        );
        first = false;
      } else if (segment.context) paragraph.append(el("mark", { class: "context", "data-ids": ids }, ...pieces));
      else if (ids) paragraph.append(el("mark", { class: "anchored", "data-ids": ids }, ...pieces));
      else paragraph.append(...pieces);
    }
    if (segment.text.endsWith("\n")) {
      paragraphs.push(paragraph);
      paragraph = el("p", {});
    }
  }
  if (paragraph.childNodes.length > 0) paragraphs.push(paragraph);
  const meta = r.report.source;
  const searchNote =
    state.hits.terms.length > 0
      ? `; also marked: ${hits.length || "no"} word${hits.length === 1 ? "" : "s"} the search finds`
      : "";
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
      `${meta.title}. Published ${publishedLabel(meta)}. Marked: every figure, statement and dated event${selected ? "; highlighted: the selected one's words, in its sentence" : ""}${searchNote}.`,
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
