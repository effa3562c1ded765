/**
 * The source view's output (the pane's own code over linkedom): while a search is active, the words it finds are
 * marked in the report's text as in the lists (`mark.hit`), inside the marks of the facts and of the selected
 * record, which keep their text, their ids and the focusable `#source-current`; its description says how many.
 */
import { report as bundledReport } from "../../src/dataset/report";
import { Library } from "../../src/query";
import { renderOver } from "../../src/taskpane/prerender";
import { Store, type SelectionKind } from "../../src/taskpane/state";
import type { PaneHandlers } from "../../src/taskpane/views/handlers";
import { markHits } from "../../src/taskpane/views/highlight";
import { sourceView } from "../../src/taskpane/views/source-view";

const noHandlers = new Proxy({} as PaneHandlers, { get: () => () => undefined });
const PAGE = "<!doctype html><html><body></body></html>";
const text = bundledReport.source.text;

/** The source view under `query`, with `selected` open, as the pane renders it. */
function render(query: string, selected: { kind: SelectionKind; id: string } | null = null): HTMLElement {
  const store = new Store(new Library([{ report: bundledReport, origin: "bundled" }]));
  store.update({ query, section: "source", selected, returnTo: selected ? "figures" : null });
  let view: HTMLElement | undefined;
  renderOver(PAGE, () => {
    view = sourceView(store.state, noHandlers);
  });
  return view!;
}

const description = (view: HTMLElement) => view.querySelector(".source > .item-meta")!.textContent!;
const hits = (view: HTMLElement) => [...view.querySelectorAll("mark.hit")];
/** The marked words, as read: the text with each `mark.hit` bracketed, pieces of one word (cut by a fact's mark) joined. */
const markedWords = (view: HTMLElement) => {
  for (const hit of hits(view)) hit.textContent = `[${hit.textContent}]`;
  const read = [...view.querySelectorAll(".source > p")].map((p) => p.textContent).join("\n");
  return [...read.replace(/\]\[/g, "").matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
};
describe("the source view under a search", () => {
  const gazaToll = { kind: "figure" as const, id: "figure:gaza-strip-killed" };

  it("marks the number a search finds inside the selected figure's words, which stay focusable", () => {
    const view = render("2750", gazaToll);
    const current = view.querySelector("#source-current")!;
    expect(current.tagName).toBe("MARK");
    expect(current.getAttribute("tabindex")).toBe("-1");
    expect(current.textContent).toBe("about 2,750");
    expect([...current.querySelectorAll("mark.hit")].map((m) => m.textContent)).toEqual(["2,750"]);
    expect(hits(view)).toHaveLength(1);
    expect(description(view)).toMatch(/; also marked: 1 word the search finds\.$/);
  });

  it("marks every word the search's folding finds: possessives, plurals, digit groups, diacritics", () => {
    expect(markedWords(render("Khamenei's"))).toEqual(["Khamenei", "Khamenei"]);
    expect(markedWords(render("Khamenéi"))).toEqual(["Khamenei", "Khamenei"]);
    expect(markedWords(render("hostage"))).toEqual(["hostages"]);
    expect(markedWords(render("2,750"))).toEqual(["2,750"]);
    // A word finds every word it is part of, as in the lists: "Israel's" finds Israel, Israeli, Israelis, Israel-Gaza.
    const israel = render("Israel's");
    const written = text.match(/\bIsrael[\p{L}'’]*/gu)!;
    expect(new Set(written)).toEqual(new Set(["Israel", "Israel's", "Israeli", "Israelis"]));
    expect(markedWords(israel)).toEqual(written);
    expect(description(israel)).toContain(`; also marked: ${written.length} words the search finds.`);
  });

  it("marks inside every kind of mark, only as leaves, and leaves the text and the facts' marks as they were", () => {
    const plain = render("", gazaToll);
    const searched = render("2750 Gaza killed people", gazaToll);
    const parents = new Set(
      hits(searched).map((hit) => (hit.parentElement!.tagName === "P" ? "P" : hit.parentElement!.className)),
    );
    expect(parents).toEqual(new Set(["P", "anchored", "context", "current"]));
    expect(hits(searched).every((hit) => hit.children.length === 0)).toBe(true);
    const facts = (view: HTMLElement) =>
      [...view.querySelectorAll("mark:not(.hit)")].map((m) => [m.className, m.getAttribute("data-ids"), m.id, m.textContent]);
    expect(facts(searched)).toEqual(facts(plain));
    const paragraphs = (view: HTMLElement) => [...view.querySelectorAll(".source > p:not(.item-meta)")].map((p) => p.textContent);
    expect(paragraphs(searched)).toEqual(paragraphs(plain));
  });

  it("marks nothing and says nothing of a search when there is none; says so when the text has none of its words", () => {
    const plain = render("", gazaToll);
    expect(hits(plain)).toHaveLength(0);
    expect(description(plain)).not.toContain("search");
    const none = render("zzzz");
    expect(hits(none)).toHaveLength(0);
    expect(description(none)).toMatch(/; also marked: no words the search finds\.$/);
  });
});

describe("markHits", () => {
  const pieces = (parts: Array<Node | string>) =>
    parts.map((p) => (typeof p === "string" ? p : `[${(p as Element).textContent}]`)).join("");

  it("marks the parts of a piece of a longer text that hits cover, cutting a hit at the piece's ends", () => {
    renderOver(PAGE, () => {
      // "Khamenei's words": a span holding "Khamenei" (offset 0..8) and the rest of the text after it.
      const hit = [{ start: 0, end: 10 }];
      expect(pieces(markHits("Khamenei", hit, 0))).toBe("[Khamenei]");
      expect(pieces(markHits("'s words", hit, 8))).toBe("['s] words");
      expect(pieces(markHits("about 2,750 people", [{ start: 106, end: 111 }], 100))).toBe("about [2,750] people");
      expect(
        pieces(
          markHits(
            "no hits here",
            [
              { start: 0, end: 3 },
              { start: 50, end: 60 },
            ],
            20,
          ),
        ),
      ).toBe("no hits here");
    });
  });
});
