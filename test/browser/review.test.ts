/**
 * "Add a report" in the built pane, in real headless Chromium at 350 x 800 (the width of Excel's task pane), with
 * office.js served from node_modules: paste an article, draft it (the extractor in its Web Worker, fetched only
 * then), review by keyboard, add a missed fact from selected words, save; axe-core checks the review list.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { cspViolations, describeInBrowser } from "../support/browser";
import { distDir, rootDir } from "../support/dist";
import { servedPaneInChromium } from "../support/served-build";

const article = readFileSync(join(rootDir, "test/extract/articles/ferry-meghna.txt"), "utf8");
const ON_DEMAND = /\/(review|extract|extract-worker|report-check|exceljs|\d+)\.js$/;

describeInBrowser("adding a report from an article, in Chromium at 350 px", () => {
  const requested: string[] = [];
  const pane = servedPaneInChromium({ width: 350, height: 800 }, (page) =>
    page.on("request", (request) => requested.push(request.url())),
  );
  const pageErrors = pane.pageErrors;
  let page: Page;

  beforeAll(async () => {
    page = pane.page;
    expect(await page.evaluate(() => typeof Office)).toBe("object");
    await page.waitForFunction(() => performance.getEntriesByName("report:explorer-ready").length > 0);
  });

  const options = () => page.locator("#review-list [role=option]");
  const active = () => page.locator("#review-list [role=option][aria-selected=true]");

  it("loads neither the review nor the extractor at start", async () => {
    await page.waitForTimeout(300);
    expect(requested.filter((url) => ON_DEMAND.test(url))).toEqual([]);
    expect(requested.filter((url) => url.endsWith("/gazetteer.tsv"))).toEqual([]);
  });

  it("fetches at start exactly the scripts the build lists, and the bundle-size bench counts, as start-up scripts", () => {
    const ownScripts = requested
      .filter((url) => url.startsWith(pane.server.url) && url.endsWith(".js"))
      .map((url) => url.slice(pane.server.url.length + 1));
    const listed = JSON.parse(readFileSync(join(distDir, "start-scripts.json"), "utf8")).scripts as string[];
    expect(listed.length).toBeGreaterThan(0);
    expect([...new Set(ownScripts)].sort()).toEqual([...listed].sort());
  });

  it("opens the review from the Reports section, then loads it", async () => {
    await page.getByRole("tab", { name: /^Reports/ }).click();
    await page.getByRole("button", { name: "Add a report…" }).click();
    await page.getByRole("heading", { name: "Add a report" }).waitFor();
    expect(requested.some((url) => /\/review\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    expect(requested.some((url) => /extract/.test(url))).toBe(false);
  });

  it("refuses a paste of megabytes before it reaches the text box, with a message", async () => {
    await page.locator("#review-input-text").evaluate((area) => {
      const data = new DataTransfer();
      data.setData("text/plain", "Police said 12 people were hurt. ".repeat(100_000));
      area.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(page.locator("#review-message").textContent()).resolves.toBe(
      "The pasted text is 3,300,000 characters long: the review takes an article of up to 60,000 characters (about 10,000 words). Paste one article, or a part of it. It was not kept.",
    );
    await expect(page.locator("#review-input-text").inputValue()).resolves.toBe("");
  });

  it("drafts a pasted article in the Web Worker and shows it as a review list grouped by kind", async () => {
    await page.getByLabel("Article text").fill(article);
    await page.getByLabel("Title", { exact: true }).fill("Ferry capsizes on the Meghna");
    await page.getByLabel("Outlet", { exact: true }).fill("Test Wire");
    await page.getByLabel("Published (YYYY-MM-DD)").fill("2024-02-26");
    await page.getByRole("button", { name: "Draft", exact: true }).click();
    await page.getByRole("listbox", { name: "Draft items to review" }).waitFor();
    expect(requested.some((url) => url.endsWith("/extract-worker.js"))).toBe(true);
    // The worker fetched the gazetteer for its first draft.
    expect(requested.some((url) => url.endsWith("/gazetteer.tsv"))).toBe(true);
    const groups = await page
      .locator("#review-list [role=group]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("aria-labelledby")));
    expect(groups).toEqual([
      "review-group-figure",
      "review-group-statement",
      "review-group-event",
      "review-group-actor",
      "review-group-place",
    ]);
    expect(await options().count()).toBeGreaterThan(30);
    await expect(page.locator("#review-summary").textContent()).resolves.toMatch(/ 0 accepted, 0 rejected, \d+ unreviewed/);
    // The cursor's item is marked in the text, and the mark is in view in the text box.
    await expect(page.locator("#review-list").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(active().locator(".item-title").textContent()).resolves.toBe("Meghna River · killed: 14");
    await expect(page.locator("#review-text-view mark.current").textContent()).resolves.toBe("14");
  });

  it("accepts, rejects and edits by keyboard, the mark following the cursor", async () => {
    await page.keyboard.press("a");
    await page.keyboard.press("ArrowDown");
    await expect(page.locator("#review-text-view mark.current").textContent()).resolves.toBe("41");
    await page.keyboard.press("r");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("e");
    const value = page.getByRole("form", { name: "Edit the item" }).getByLabel("Value");
    await expect(value.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await value.fill("3");
    await page.keyboard.press("Enter");
    await expect(page.locator("#review-list").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const statuses = await options().evaluateAll((els) =>
      els.slice(0, 3).map((e) => e.querySelector(".review-status")!.textContent),
    );
    expect(statuses).toEqual(["accepted", "rejected", "edited"]);
    await expect(options().nth(2).locator(".item-title").textContent()).resolves.toBe("Meghna River · missing: as many as 3");
    // Down to the first statement, and accept it.
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    // However many figures the draft has, the statements follow them.
    for (let i = 0; i < 60 && !/^statement:/.test((await active().getAttribute("data-id")) ?? ""); i++)
      await page.keyboard.press("ArrowDown");
    await expect(active().getAttribute("data-id")).resolves.toMatch(/^statement:/);
    await page.keyboard.press("a");
    await expect(
      page.locator("#review-text-view mark.current").evaluate((mark) => {
        const box = mark.getBoundingClientRect();
        const view = mark.parentElement!.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      }),
    ).resolves.toBe(true);
    await expect(page.locator("#review-summary").textContent()).resolves.toMatch(/ 3 accepted, 1 rejected, /);
  });

  it("adds a fact the draft missed from words selected in the text", async () => {
    await page.locator("#review-text-view").evaluate((view) => {
      const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent!.includes("floating coffins")) node = walker.nextNode();
      if (!node) throw new Error("the words are not in the text view");
      const at = node.textContent!.indexOf("floating coffins");
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + "floating coffins".length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.getByRole("button", { name: "Add selected words as a fact…" }).click();
    const form = page.getByRole("form", { name: "Add a fact the draft missed" });
    await expect(form.textContent()).resolves.toMatch(/Selected: “floating coffins”/);
    await form.getByLabel("It is a").selectOption("statement");
    await form.getByLabel("Speaker").selectOption({ label: "another name the text writes…" });
    await form.getByLabel("Name, as the text writes it").fill("Rights groups");
    await form.getByRole("button", { name: "Add as accepted" }).click();
    await expect(page.locator("#review-message").textContent()).resolves.toBe("Added and accepted: “floating coffins”.");
    await expect(active().locator(".item-title").textContent()).resolves.toMatch(/^Rights groups \(quote/);
    await expect(page.locator("#review-text-view mark.current").textContent()).resolves.toBe("floating coffins");
  });

  it("has no serious or critical accessibility violations in the review (axe-core)", async () => {
    const axe = readFileSync(join(rootDir, "node_modules", "axe-core", "axe.min.js"), "utf8");
    const violations =
      (await page.evaluate(`${axe}; axe.run(document.querySelector("section.review"), { resultTypes: ["violations"] })
      .then((r) => r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + ": " + v.help + " " + v.nodes.map((n) => n.target).join(", ")))`)) as string[];
    expect(violations).toEqual([]);
  });

  it("saves the accepted items as a report in the library", async () => {
    await page.getByRole("button", { name: "Save to library" }).click();
    await expect(page.locator(".status.success").first().textContent()).resolves.toMatch(
      /^Added “Ferry capsizes on the Meghna” \(2 figures, 2 statements\) from your review as “ferry-capsizes-on-the-meghna”/,
    );
    await expect(page.locator("li.report.current .item-title").textContent()).resolves.toBe("Ferry capsizes on the Meghna");
    await page.getByRole("tab", { name: /^Figures/ }).click();
    await expect(page.getByRole("tab", { name: /^Figures/ }).textContent()).resolves.toMatch(/^Figures\D*2\D*$/);
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
