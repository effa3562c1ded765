/**
 * The pane never stays on "Loading the report…": when the explorer cannot start (here its chunk
 * fails as a damaged bundle would), the page says so. What is tested is the page's own script
 * (taskpane.js, served from the build), whether or not office.js loads.
 */
import type { Browser, Page } from "playwright-core";
import { describeInBrowser, launchChromium, routeOfficeJs } from "../support/browser";
import { distDir } from "../support/dist";
import { serveFolder } from "../support/static-server";

describeInBrowser("the task pane when the explorer cannot start", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveFolder(distDir);
    browser = await launchChromium();
    page = await browser.newPage();
    await routeOfficeJs(page);
    await page.route(/\/explorer\.[0-9a-f]{8}\.js$/, (route) =>
      route.fulfill({ contentType: "text/javascript", body: 'throw new Error("statements[0].speaker is missing");' }),
    );
    await page.goto(`${server.url}/taskpane.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("shows an error instead of loading forever", async () => {
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(/^The report explorer could not be loaded \(/);
    expect(await page.locator("#app").getAttribute("aria-busy")).toBeNull();
    expect(await page.locator("#app").textContent()).not.toContain("Loading the report");
  });
});
