/**
 * Adding a report from a file, loaded with the report checker (and zod) at the first import: the size first, then the
 * check; a file that fails it changes nothing and its problems are listed, with the offer to drop orphaned quotes.
 */
import { problemLines, readReportBytes, sizeRefusal } from "../store/report-file";
import { counted } from "../model/count";
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
      `${file.name} was not imported: ${counted(lines.length, "problem")}, listed below.${offer} Nothing changed.`,
      "error",
    );
  }
  store.update({ busy: false });
  const moved = checked.moved?.length ?? 0;
  const notes = [
    ...(moved > 0 ? [`${counted(moved, "span")} re-anchored: the text was edited`] : []),
    ...(checked.warnings ?? []),
  ];
  await add(checked.report, "refuse", notes.length > 0 ? `${file.name} (${notes.join("; ")})` : file.name);
}
