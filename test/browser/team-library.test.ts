/**
 * Reports › Team library in the built pane, in real headless Chromium at 350 x 800 with office.js served from
 * node_modules, against a real team library server on loopback (this process, PGlite in memory) at the address the
 * test build names in its CSP (LIBRARY_URL): connect, search, add to workbook, publish, a conflict.
 */
import type { Page } from "playwright-core";
import { cspViolations, describeInBrowser } from "../support/browser";
import { servedPaneInChromium } from "../support/served-build";
import { harness, reportAs, type Harness } from "../server/support";
const { TEST_LIBRARY_URL } = require("../support/team-library-url") as { TEST_LIBRARY_URL: string };

describeInBrowser("the pane's Team library against a running library server, in Chromium at 350 px", () => {
  const requested: string[] = [];
  const pane = servedPaneInChromium({ width: 350, height: 800 }, (page) =>
    page.on("request", (request) => requested.push(request.url())),
  );
  let page: Page;
  let library: Harness;
  let editor: string;
  let otherEditor: string;

  const publishAs = (token: string, title: string, ifMatch?: number) =>
    library.app.inject({
      method: "PUT",
      url: "/reports/report:team-shared",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        ...(ifMatch ? { "if-match": `"${ifMatch}"` } : {}),
      },
      payload: JSON.stringify(reportAs("team-shared", title, "2023-10-25")),
    });

  beforeAll(async () => {
    page = pane.page;
    // The library admits the served pane's origin only (CORS), as it admits the add-in's in production.
    library = await harness("pglite", { allowedOrigin: pane.server.url });
    [editor, otherEditor] = await Promise.all([library.token("erin", "editor"), library.token("omar", "editor")]);
    const port = Number(new URL(TEST_LIBRARY_URL).port);
    await library.app.listen({ port, host: "127.0.0.1" }).catch((error: Error) => {
      throw new Error(`The Team library test needs ${TEST_LIBRARY_URL} (the test build's LIBRARY_URL) free: ${error.message}`);
    });
    expect((await publishAs(otherEditor, "Shared toll report")).statusCode).toBe(201);
    expect(await page.evaluate(() => typeof Office)).toBe("object");
    await page.waitForFunction(() => performance.getEntriesByName("report:explorer-ready").length > 0);
  });
  afterAll(() => library?.close());

  const message = () => page.locator("#team-message");
  /** The screen's message once it says `expected` (it says "…ing…" while the server answers). */
  const says = async (expected: string | RegExp) => {
    const shown = page.locator("#team-message", { hasText: expected });
    await shown.waitFor({ timeout: 15_000 }).catch(async () => {
      throw new Error(`The Team library says “${await message().textContent()}”, not ${String(expected)}`);
    });
    const text = await shown.textContent();
    if (typeof expected === "string") expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  };

  it("loads the Team library's code only when asked for", async () => {
    expect(requested.filter((url) => /\/team\.[0-9a-f]{8}\.js$/.test(url))).toEqual([]);
    await page.getByRole("tab", { name: /^Reports/ }).click();
    await page.getByRole("button", { name: "Team library…" }).click();
    await page.getByRole("heading", { name: "Team library" }).waitFor();
    expect(requested.some((url) => /\/team\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
  });

  it("refuses a wrong token with what to do, then connects and lists the library's reports", async () => {
    await page.getByLabel("Library address").fill(TEST_LIBRARY_URL);
    await page.getByLabel("Token").fill("rd_wrong-token");
    await page.getByRole("button", { name: "Connect" }).click();
    await says(/refused the token: The token is unknown or revoked\. Ask its admin/);
    await page.getByLabel("Token").fill(editor);
    await page.getByRole("button", { name: "Connect" }).click();
    await page.locator("#team-connected").getByText(`Connected to ${TEST_LIBRARY_URL}`).waitFor();
    await says(/^Connected to .*: 1 report shown, newest first\. The token is kept on this machine, not in the workbook\.$/);
    // In the add-in's own storage on this machine: the workbook never holds it.
    expect(await page.evaluate(() => localStorage.getItem("report-data.team-library"))).toContain(editor);
  });

  it("searches, and adds a report with its version to the workbook library", async () => {
    await page.getByRole("searchbox", { name: "Search the team library" }).fill("nothing-matches-this");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await says("0 reports in the team library for “nothing-matches-this”.");
    await page.getByRole("searchbox", { name: "Search the team library" }).fill("shared toll");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await says("1 report in the team library for “shared toll”.");
    const item = page.locator('#team-results li[data-id="report:team-shared"]');
    await expect(item.locator(".team-copy").textContent()).resolves.toBe("Not in this workbook.");
    await item.getByRole("button", { name: "Add “Shared toll report” to workbook" }).click();
    await says("Added “Shared toll report” version 1 to this workbook.");
    await expect(item.locator(".team-copy").textContent()).resolves.toBe("This workbook's copy is version 1: up to date.");
    await expect(page.locator('#team-publish li[data-id="report:team-shared"] .item-meta').textContent()).resolves.toBe(
      "from the library's version 1",
    );
  });

  it("publishes the workbook's copy over its version and shows the server's answer", async () => {
    await page.getByRole("button", { name: "Publish “Shared toll report”" }).click();
    await says("Published “Shared toll report” as version 2, by erin. This workbook's copy is that version.");
    const got = await library.app.inject({ url: "/reports/report:team-shared", headers: { authorization: `Bearer ${editor}` } });
    expect([got.json().version, got.json().publishedBy]).toEqual([2, "erin"]);
  });

  it("shows a conflict when someone published meanwhile, with what to do, and overwrites nothing", async () => {
    expect((await publishAs(otherEditor, "Shared toll report, revised", 2)).statusCode).toBe(200);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await says("1 report in the team library for “shared toll”.");
    await expect(page.locator('#team-results li[data-id="report:team-shared"] .team-copy').textContent()).resolves.toBe(
      "This workbook's copy is version 2: behind by 1.",
    );
    await page.getByRole("button", { name: "Publish “Shared toll report”" }).click();
    await says(
      "Conflict: someone published version 3 since you started from version 2; nothing was overwritten. " +
        "Add version 3 to the workbook, redo your changes on it, and publish again.",
    );
    await expect(message().getAttribute("class")).resolves.toMatch(/status error/);
    const got = await library.app.inject({ url: "/reports/report:team-shared", headers: { authorization: `Bearer ${editor}` } });
    expect([got.json().version, got.json().report.source.title]).toEqual([3, "Shared toll report, revised"]);
  });

  it("asks before the library's version replaces the workbook's copy", async () => {
    const item = page.locator('#team-results li[data-id="report:team-shared"]');
    await item.getByRole("button", { name: "Add “Shared toll report, revised” to workbook" }).click();
    await says(/already has “Shared toll report”: replace it with the library's version 3\?/);
    await item.getByRole("button", { name: "Replace" }).click();
    await says("Added “Shared toll report, revised” version 3 to this workbook.");
    await expect(item.locator(".team-copy").textContent()).resolves.toBe("This workbook's copy is version 3: up to date.");
  });

  it("met no page error and no CSP violation: the pane called the library at LIBRARY_URL", async () => {
    expect(requested.some((url) => url.startsWith(`${TEST_LIBRARY_URL}/reports`))).toBe(true);
    expect(pane.pageErrors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
