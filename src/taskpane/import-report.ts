/**
 * Adding a report from a file, loaded with the report checker (and zod) at the first import: the size first, then the
 * check; a file that fails it changes nothing and its problems are listed, with the offer to drop orphaned quotes.
 */
import { problemLines, readReportBytes, sizeRefusal } from "../store/report-file";
import { orphanCount, type AddReport, type Say } from "./library-actions";
import type { Store } from "./state";

export async function addReportFromFile(file: File, store: Store, say: Say, add: AddReport): Promise<void> {
  // The size first: a file too large is refused before it is read.
  const checked = sizeRefusal(file.size) ?? (await readReportBytes(new Uint8Array(await file.arrayBuffer()), { reanchor: true }));
  if (!checked.ok) {
    const lines = problemLines(checked.problems);
    const { orphans } = checked;
    store.update({
      importProblems: {
        file: file.name,
        lines,
        ...(orphans
          ? {
              orphans: {
                count: orphans.count,
                dropped: orphans.dropped,
                moved: orphans.moved.length,
                report: orphans.report,
              },
            }
          : {}),
      },
      busy: false,
    });
    const offer = orphans
      ? ` ${orphanCount(orphans.count)} no longer found in its edited text: you can keep the report without them.`
      : "";
    return say(
      `${file.name} was not imported: ${lines.length} problem${lines.length === 1 ? "" : "s"}, listed below.${offer} Nothing changed.`,
      "error",
    );
  }
  store.update({ busy: false });
  const moved = checked.moved?.length ?? 0;
  await add(
    checked.report,
    "refuse",
    moved > 0 ? `${file.name} (${moved} span${moved === 1 ? "" : "s"} re-anchored: the text was edited)` : file.name,
  );
}
