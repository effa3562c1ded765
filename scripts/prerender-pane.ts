/*
 * Build step run by webpack (scripts/prerender-plugin.js) on the emitted taskpane.html:
 *   tsx scripts/prerender-pane.ts <dataset.json>  < taskpane.html  > taskpane.html
 * A process of its own, so each build renders the views as they are now (a watching dev server
 * included) and the build's process never gets a global `document`.
 */
import { readFileSync } from "node:fs";
import type { Report } from "../src/model/report";
import { prerenderPane } from "../src/taskpane/prerender";

const [datasetFile] = process.argv.slice(2);
if (!datasetFile) {
  console.error("usage: tsx scripts/prerender-pane.ts <dataset.json> < taskpane.html");
  process.exit(2);
}
// The dataset was checked by the build (DatasetCheckPlugin) before this runs; JSON types its enums as plain strings.
const report = JSON.parse(readFileSync(datasetFile, "utf8")) as Report;
process.stdout.write(prerenderPane(readFileSync(0, "utf8"), report));
