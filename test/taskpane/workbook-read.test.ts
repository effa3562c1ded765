/**
 * After the start-time read of the workbook's reports fails, the pane says so and offers "Try again" (the status
 * view's button, over linkedom); trying again reads them and says what it read.
 */
import { report as bundledReport } from "../../src/dataset/report";
import { Library } from "../../src/query";
import { createController } from "../../src/taskpane/controller";
import { renderOver } from "../../src/taskpane/prerender";
import { Store } from "../../src/taskpane/state";
import { statusView } from "../../src/taskpane/views/status-view";
import { READ_FAILED, readWorkbookReports } from "../../src/taskpane/workbook-read";
import type { LoadOutcome } from "../../src/store/workbook-library";

const PAGE = "<!doctype html><html><body></body></html>";
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function pane(outcomes: Array<LoadOutcome | Error>) {
  const store = new Store(new Library([{ report: bundledReport, origin: "bundled" }]));
  const read = jest.fn(async () => {
    const next = outcomes.shift()!;
    if (next instanceof Error) throw next;
    return next;
  });
  const handlers = createController(store, { readWorkbookReports: read });
  /** The status view's "Try again" button, as the pane renders it now (clicked through linkedom). */
  const retryButton = () => {
    let button: HTMLButtonElement | null = null;
    renderOver(PAGE, () => {
      button = statusView(store.state, handlers).querySelector<HTMLButtonElement>("#retry-workbook-read");
      button?.click();
    });
    return button;
  };
  return { store, read, handlers, retryButton };
}

describe("a failed start-time read of the workbook's reports", () => {
  it("says so, offers Try again, and reads them when asked", async () => {
    const { store, read, retryButton } = pane([new Error("Excel is busy"), { loaded: ["report:gaza-toll-3000"], problems: [] }]);
    await readWorkbookReports(store, read);
    expect(store.state.workbookReadFailed).toBe(true);
    expect(store.state.status).toEqual({
      text: `The workbook's reports were not loaded: Excel is busy. ${READ_FAILED}`,
      tone: "error",
    });
    expect(retryButton()).not.toBeNull();
    await settle();
    expect(read).toHaveBeenCalledTimes(2);
    expect(store.state.workbookReadFailed).toBe(false);
    expect(store.state.status).toEqual({ text: "Read the reports saved in this workbook (1).", tone: "success" });
    expect(retryButton()).toBeNull();
  });

  it("offers it again when trying again fails too", async () => {
    const { store, read, handlers } = pane([new Error("Excel is busy"), new Error("still busy")]);
    await readWorkbookReports(store, read);
    handlers.retryWorkbookRead();
    await settle();
    expect(store.state.workbookReadFailed).toBe(true);
    expect(store.state.status?.text).toMatch(/^The workbook's reports were not loaded: still busy\./);
  });

  it("offers nothing when the read succeeds, and names the reports it could not read", async () => {
    const { store, read, retryButton } = pane([{ loaded: [], problems: ["report:x: not JSON"] }]);
    await readWorkbookReports(store, read);
    expect(store.state.workbookReadFailed).toBe(false);
    expect(store.state.status?.text).toBe("Some reports saved in this workbook could not be read: report:x: not JSON");
    expect(retryButton()).toBeNull();
  });
});
