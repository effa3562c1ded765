/**
 * Hands a file to the browser to save, the one way a page can: an object URL on a link with `download`. Excel on the
 * web and on Windows save it as a download; Excel on Mac does not let a task pane download (office-js #2700), so
 * every caller says the file was handed over, not that it was saved.
 */
export function saveFile(content: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name a report is saved under: its id without "report:", as JSON (what "Add report file…" reads). */
export const reportFileName = (report: { source: { id: string } }) => `${report.source.id.replace(/^report:/, "")}.json`;

export const JSON_TYPE = "application/json";

/** A report as the file "Add report file…" reads back: JSON, two-space indented. */
export const reportJson = (report: unknown): string => `${JSON.stringify(report, null, 2)}\n`;

/** What a pane says once it handed a file over: the host may not save it, and what to do then. */
export const handedOver = (fileName: string, otherwise: string) =>
  `${fileName} was handed to the browser to save. If no file appears (Excel on Mac does not let a pane download), ${otherwise}`;
