/**
 * "Add a report" in the pane, driven through its actions against the runtime's own library and a mock workbook: an
 * article drafted, some items accepted, saved; then the custom functions answer from the new report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { report as bundledReport } from "../../src/dataset/report";
import { createFunctions } from "../../src/functions/functions";
import { Library } from "../../src/query";
import { loadWorkbookReports } from "../../src/store/workbook-library";
import { createController } from "../../src/taskpane/controller";
import type { ReviewScreenHandle } from "../../src/taskpane/review/screen";
import { Store } from "../../src/taskpane/state";
import { mockCustomXmlParts } from "../support/custom-xml-mock";
import { excelError } from "../support/excel";

const article = readFileSync(join(__dirname, "../extract/articles/ferry-meghna.txt"), "utf8");
const ID = "report:ferry-capsizes-on-the-meghna";
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** The runtime's library, built anew for each test: the pane and the functions share it, as in the shared runtime. */
let runtimeLibrary: Library;
let casualties: ReturnType<typeof createFunctions>["CASUALTIES"];
let statement: ReturnType<typeof createFunctions>["STATEMENT"];
let statements: ReturnType<typeof createFunctions>["STATEMENTS"];
beforeEach(() => {
  runtimeLibrary = new Library([{ report: bundledReport, origin: "bundled" }]);
  ({ CASUALTIES: casualties, STATEMENT: statement, STATEMENTS: statements } = createFunctions(runtimeLibrary));
});

async function openReview() {
  const workbook = mockCustomXmlParts();
  const store = new Store(runtimeLibrary);
  store.update({ excel: true });
  const handlers = createController(store);
  handlers.openReview();
  await settle();
  const review = store.state.review as ReviewScreenHandle | null;
  if (!review) throw new Error(`the review did not open: ${store.state.status?.text}`);
  return { store, workbook, review, actions: review.actions };
}

describe("adding a report from an article in the pane", () => {
  it("drafts, saves only the accepted items, and the functions answer from the new report", async () => {
    const { store, workbook, review, actions } = await openReview();
    expect(store.state.section).toBe("reports");
    actions.setInput({ text: article, title: "Ferry capsizes on the Meghna", outlet: "Test Wire", published: "2024-02-26" });
    await actions.draft();
    const state = review.store.state;
    expect(state.phase).toBe("review");
    expect(state.drafted?.where).toBe("page"); // Node has no Worker: the page's path, after yielding
    const toll = state.draft!.figures.find((f) => f.valueText.exact === "41")!;
    const quote = state.draft!.statements.find((s) => s.quotes.some((q) => q.exact.startsWith("I could only pull in")))!;
    const crew = state.draft!.figures.find((f) => f.valueText.exact === "four")!;
    actions.select(toll.id);
    actions.accept();
    actions.accept(quote.id);
    actions.reject(crew.id);
    await actions.save();
    await settle();

    expect(store.state.status).toMatchObject({
      tone: "success",
      text: expect.stringMatching(/^Added “Ferry capsizes on the Meghna” \(1 figure, 1 statement\)/),
    });
    expect(store.state.review).toBeNull();
    expect(store.state.report.report.source.id).toBe(ID);
    expect(workbook.calculations).toEqual(["Full"]);

    // Every function takes the new report through its [report] argument (by id or title).
    expect(casualties("Meghna River", "killed", undefined, "ferry-capsizes-on-the-meghna")).toBe(41);
    expect(casualties("Meghna River", "killed", "source", "Ferry capsizes on the Meghna")).toBe("officials");
    expect(statement("Abdul Karim", 1, "ferry-capsizes-on-the-meghna")).toMatch(/^I could only pull in the ones/);
    // The rejected and the unreviewed items are not in it.
    expect(excelError(() => casualties("Meghna River", "arrested", undefined, "ferry-capsizes-on-the-meghna"))).toMatchObject({
      code: "#N/A",
    });
    expect(statements(undefined, undefined, false, "ferry-capsizes-on-the-meghna")).toHaveLength(2);
    // Without the argument, the default (bundled) report still answers.
    expect(casualties("Gaza", "killed")).toBe(2750);

    // Saved in the workbook: a new runtime reads it back.
    const reopened = new Library([{ report: bundledReport, origin: "bundled" }]);
    expect((await loadWorkbookReports(reopened)).loaded).toEqual([ID]);
    expect(reopened.get(ID)!.report.figures.map((f) => f.id)).toEqual([toll.id]);
  });

  it("asks before replacing a report with the same id, and can keep both", async () => {
    const first = await openReview();
    first.actions.setInput({ text: article, title: "Ferry capsizes on the Meghna", published: "2024-02-26" });
    await first.actions.draft();
    first.actions.acceptAllAbove(80);
    await first.actions.save();
    await settle();
    expect(runtimeLibrary.get(ID)).toBeDefined();

    const second = await openReview();
    second.actions.setInput({ text: article, title: "Ferry capsizes on the Meghna", published: "2024-02-26" });
    await second.actions.draft();
    second.actions.acceptAllAbove(80);
    await second.actions.save();
    expect(second.review.store.state.duplicate).toEqual({ id: ID, title: "Ferry capsizes on the Meghna" });
    expect(runtimeLibrary.get(`${ID}-2`)).toBeUndefined();
    await second.actions.resolveDuplicate("keep-both");
    await settle();
    expect(runtimeLibrary.get(`${ID}-2`)?.report.source.title).toBe("Ferry capsizes on the Meghna (2)");
    expect(second.store.state.report.report.source.id).toBe(`${ID}-2`);
  });

  it("asks for the publication date once before drafting without one, then drafts without relative dates", async () => {
    const { review, actions } = await openReview();
    actions.setInput({ text: article });
    await actions.draft();
    expect(review.store.state.phase).toBe("input");
    expect(review.store.state.message?.text).toMatch(/^No publication date: relative dates .* press Draft again/);
    await actions.draft();
    expect(review.store.state.phase).toBe("review");
    // "on Sunday" has no day without the date the article was published: nothing of the draft is dated from it.
    const fromSunday = review.store.state.draft!.figures.filter((f) => f.evidence.exact.includes("on Sunday"));
    expect(fromSunday.length).toBeGreaterThan(0);
    expect(fromSunday.filter((f) => f.date)).toEqual([]);
  });

  it("answers bad input with a message or an empty draft, never a crash", async () => {
    const { review, actions } = await openReview();
    const message = () => review.store.state.message;

    actions.setInput({ text: "   \n " });
    await actions.draft();
    expect(message()).toEqual({ text: "Paste the article's text or open a .txt file first.", tone: "error" });

    actions.setInput({ text: "12 34 56 ... !!! 7", published: "2024-02-26" });
    await actions.draft();
    expect(message()?.text).toMatch(/^The draft is empty: nothing to review\. The text has no sentences to read/);

    actions.setInput({
      text: "Les pompiers ont retiré douze corps des décombres dimanche, selon la protection civile, et la recherche continue.",
    });
    await actions.draft();
    expect(message()?.text).toMatch(/The text does not look like English/);
    expect(review.store.state.items).toEqual([]);

    actions.setInput({
      text: `<html><body><p>${article.split("\n").slice(0, 3).join("</p><p>")}</p><script>alert(1)</script></body></html>`,
    });
    await actions.draft();
    expect(message()?.text).toMatch(/markup was removed/);
    expect(review.store.state.draft!.source.text).not.toMatch(/<p>|alert/);
    expect(review.store.state.items.length).toBeGreaterThan(5);

    actions.setInput({ text: article, published: "26/02/2024" });
    await actions.draft();
    expect(message()?.text).toBe("Give the publication date as YYYY-MM-DD, or leave it empty.");

    const huge = article.repeat(Math.ceil(5_000_000 / article.length));
    actions.setInput({ text: huge, published: "2024-02-26" });
    await actions.draft();
    expect(message()).toEqual({
      text: `No draft: The text is ${huge.length.toLocaleString("en-US")} characters long: the review takes an article of up to 60,000 characters (about 10,000 words). Paste one article, or a part of it.`,
      tone: "error",
    });
    expect(review.store.state.phase).toBe("input");
  });

  it("drafts a web page pasted as text from its words, however much markup it carries", async () => {
    const { review, actions } = await openReview();
    const page = `<html><head><script>${"var x = 1;\n".repeat(8_000)}</script></head><body>${article
      .split("\n")
      .map((p) => `<div class="para" data-x="1"><p>${p}</p></div>`)
      .join("")}</body></html>`;
    expect(page.length).toBeGreaterThan(60_000);
    actions.setInput({ text: page, published: "2024-02-26" });
    await actions.draft();
    expect(review.store.state.phase).toBe("review");
    expect(review.store.state.message?.text).toMatch(/The text looked like HTML \(\d+ tags\): markup was removed/);
    expect(review.store.state.draft!.source.text).toMatch(/^DHAKA, Bangladesh/);
  });

  it("asks twice before leaving a review with accepted items unsaved", async () => {
    const { store, review, actions } = await openReview();
    actions.setInput({ text: article, published: "2024-02-26" });
    await actions.draft();
    actions.accept(review.store.state.items.find((i) => i.kind === "statement")!.id);
    actions.close();
    expect(store.state.review).not.toBeNull();
    expect(review.store.state.message?.text).toMatch(/^1 accepted item is not saved/);
    actions.close();
    expect(store.state.review).toBeNull();
  });
});
