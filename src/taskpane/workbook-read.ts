/**
 * The pane's side of the start-time read of the workbook's own reports: says what could not be read, or that the
 * read failed, with a "Try again" button (state.workbookReadFailed). Until a read succeeds nothing is saved into the
 * workbook (workbook-library.ts), so the pane offers the read again rather than waiting for the next change.
 */
import { messageOf } from "../model/error-message";
import type { LoadOutcome } from "../store/workbook-library";
import type { Store } from "./state";

export const READ_FAILED =
  "Nothing is saved into the workbook until they are read: “Try again” reads them now (your next change tries too).";

export async function readWorkbookReports(store: Store, read: () => Promise<LoadOutcome | undefined>): Promise<void> {
  const retrying = store.state.workbookReadFailed;
  if (retrying) store.update({ status: { text: "Reading the reports saved in this workbook…", tone: "info" } });
  try {
    const outcome = await read();
    const problems = outcome?.problems ?? [];
    store.update({
      workbookReadFailed: false,
      ...(problems.length > 0
        ? {
            status: {
              text: `Some reports saved in this workbook could not be read: ${problems.join(" | ")}`,
              tone: "error" as const,
            },
          }
        : retrying
          ? {
              status: {
                text: `Read the reports saved in this workbook (${outcome?.loaded.length ?? 0}).`,
                tone: "success" as const,
              },
            }
          : {}),
    });
  } catch (error) {
    store.update({
      workbookReadFailed: true,
      status: { text: `The workbook's reports were not loaded: ${messageOf(error)}. ${READ_FAILED}`, tone: "error" },
    });
  }
}
