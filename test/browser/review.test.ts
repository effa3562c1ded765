/**
 * "Add a report" in the built pane, in real headless Chromium at 350 x 800 (the width of Excel's task pane), with
 * office.js served from node_modules: paste an article, draft it (the extractor in its Web Worker, fetched only
 * then), review by keyboard, add a missed fact from selected words, fix a place from the picker by keyboard (and its
 * sentence's other figure), merge two people and undo it, save a report file and save to the library; axe-core checks
 * the review list.
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
    // The label names no format: the date picker shows the browser's own (mm/dd/yyyy here).
    await expect(page.locator("label[for=review-published]").textContent()).resolves.toBe("Published");
    await page.getByLabel("Published", { exact: true }).fill("2024-02-26");
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

  const goTo = async (id: string) => {
    await page.locator(`#review-list [data-id="${id}"]`).click();
    await expect(active().getAttribute("data-id")).resolves.toBe(id);
  };
  const titleOf = (id: string) => page.locator(`#review-list [data-id="${id}"] .item-title`).textContent();

  it("shows under an item the rules that made it, in words", async () => {
    await goTo("figure:matlab-killed");
    await expect(active().locator(".review-trace").textContent()).resolves.toBe(
      "measure from: the word after the number · place from: in/at in the number's clause · counted as: part of another count",
    );
  });

  it("fixes a figure's place from the picker by keyboard, and gives it to the other figure of its sentence", async () => {
    await expect(titleOf("figure:matlab-killed")).resolves.toBe("Matlab · killed: 19");
    await expect(titleOf("figure:shariatpur-killed")).resolves.toBe("Shariatpur · killed: 6");
    await page.keyboard.press("p");
    const picker = page.getByRole("listbox", { name: "Place of the figure “19”" });
    await expect(picker.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(page.getByLabel("Same place for the other 1 figure of this sentence")).toBeDefined();
    // A letter jumps to the first place starting with it; Shift+Enter gives it to the whole sentence.
    await page.keyboard.press("c");
    await expect(picker.locator("[aria-selected=true]").textContent()).resolves.toMatch(/^\d?Chandpur \(town/);
    // The pane stays 350 px wide with the picker open.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(350);
    await page.keyboard.press("Shift+Enter");
    await expect(page.locator("#review-message").textContent()).resolves.toBe(
      "Placed 19 and 1 other figure of its sentence in Chandpur.",
    );
    await expect(titleOf("figure:matlab-killed")).resolves.toBe("Chandpur · killed: 19");
    await expect(titleOf("figure:shariatpur-killed")).resolves.toBe("Chandpur · killed: 6");
    await expect(active().locator(".review-trace").textContent()).resolves.toMatch(/place from: .*; set by you(?: · |$)/);
    // Back in the list, on the same figure: one key more accepts it; another takes the place back.
    await expect(page.locator("#review-list").evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(active().getAttribute("data-id")).resolves.toBe("figure:matlab-killed");
    await page.keyboard.press("u");
    await expect(titleOf("figure:matlab-killed")).resolves.toBe("Matlab · killed: 19");
    await page.keyboard.press("p");
    await page.keyboard.press("c");
    await page.keyboard.press("Enter");
    await expect(titleOf("figure:matlab-killed")).resolves.toBe("Chandpur · killed: 19");
    await expect(titleOf("figure:shariatpur-killed")).resolves.toBe("Shariatpur · killed: 6");
  });

  it("merges two people: the figures and statements that named one name the other; U undoes it", async () => {
    await expect(
      page.locator('#review-list [data-id="figure:meghna-river-rescued"] .item-meta').first().textContent(),
    ).resolves.toMatch(/per Police/);
    await goTo("actor:police");
    await page.keyboard.press("e");
    const form = page.getByRole("form", { name: "Edit the item" });
    await form.getByLabel("Same person or organization as (merge into)").selectOption({ label: "officials (group)" });
    await form.getByRole("button", { name: "Save and accept" }).click();
    await expect(page.locator("#review-message").textContent()).resolves.toBe(
      "Merged “Police” into “officials”: every figure and statement that named it follows.",
    );
    await expect(page.locator('#review-list [data-id="actor:police"]').count()).resolves.toBe(0);
    await expect(
      page.locator('#review-list [data-id="figure:meghna-river-rescued"] .item-meta').first().textContent(),
    ).resolves.toMatch(/per officials/);
    await expect(
      page.locator('#review-list [data-id="statement:police-97-people-swam-ashore"] .item-title').textContent(),
    ).resolves.toMatch(/^officials \(/);
    await expect(active().getAttribute("data-id")).resolves.toBe("actor:officials");
    await page.locator("#review-list").focus();
    await page.keyboard.press("u");
    await expect(page.locator("#review-message").textContent()).resolves.toBe("Undone: corrected actor:police.");
    await expect(page.locator('#review-list [data-id="actor:police"]').count()).resolves.toBe(1);
    await expect(
      page.locator('#review-list [data-id="figure:meghna-river-rescued"] .item-meta').first().textContent(),
    ).resolves.toMatch(/per Police/);
  });

  it("edits a figure's measure to one outside the list, its source and its date", async () => {
    await goTo("figure:gazaria-aboard");
    await page.keyboard.press("e");
    const form = page.getByRole("form", { name: "Edit the item" });
    await form.getByLabel("Measure", { exact: true }).selectOption({ label: "other…" });
    await form.getByLabel("New measure (added to this report's vocabulary)").fill("stranded");
    await form.getByLabel("Source (who the report credits)").selectOption({ label: "Police (organization)" });
    await form.getByLabel(/^Date/).fill("2024-02-25");
    await form.getByRole("button", { name: "Save and accept" }).click();
    await expect(page.locator("#review-message").textContent()).resolves.toBe("Edited and accepted.");
    await expect(titleOf("figure:gazaria-aboard")).resolves.toBe("Gazaria · stranded: up to 250");
    await expect(
      page.locator('#review-list [data-id="figure:gazaria-aboard"] .item-meta').first().textContent(),
    ).resolves.toMatch(/per Police · 2024-02-25$/);
  });

  it("is not a scroll box inside the scrolling panel at 350 px", async () => {
    const list = await page.locator("#review-list").evaluate((el) => ({
      overflow: getComputedStyle(el).overflowY,
      inner: el.scrollHeight - el.clientHeight,
    }));
    expect(list).toEqual({ overflow: "visible", inner: 0 });
  });

  it("saves the reviewed report as a file: the accepted items only, no draft fields", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save report file" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("ferry-capsizes-on-the-meghna.json");
    const saved = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(saved.source.id).toBe("report:ferry-capsizes-on-the-meghna");
    expect(saved.figures.map((f: { valueText: { exact: string } }) => f.valueText.exact)).toEqual([
      "14",
      "as many as 60",
      "up to 250",
    ]);
    expect(saved.vocabulary.measures).toMatchObject({ stranded: [] });
    expect(saved.figures[2].attribution).toEqual({ actor: "actor:police", basis: "inferred" });
    expect(saved.statements).toHaveLength(2);
    expect(JSON.stringify(saved)).not.toMatch(/"draft":|"warnings":/);
    await expect(page.locator("#review-message").textContent()).resolves.toMatch(
      /^ferry-capsizes-on-the-meghna\.json was handed to the browser to save\..* It holds the accepted items only\.$/,
    );
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
      /^Added “Ferry capsizes on the Meghna” \(3 figures, 2 statements\) from your review as “ferry-capsizes-on-the-meghna”/,
    );
    await expect(page.locator("li.report.current .item-title").textContent()).resolves.toBe("Ferry capsizes on the Meghna");
    await page.getByRole("tab", { name: /^Figures/ }).click();
    await expect(page.getByRole("tab", { name: /^Figures/ }).textContent()).resolves.toMatch(/^Figures\D*3\D*$/);
    // The Reports view saves a report of the library as a file too, and says "1 statement", not "1 statements".
    await page.getByRole("tab", { name: /^Reports/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save report file of “Ferry capsizes on the Meghna”" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("ferry-capsizes-on-the-meghna.json");
    expect(JSON.parse(readFileSync(await download.path(), "utf8")).figures).toHaveLength(3);
    expect(pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
