import reportJson from "../../data/report.json";
import type { Report } from "../model/report";
import { restoreSpanText } from "./span-text";

/**
 * The bundled dataset. It is validated against `ReportSchema` when it is built
 * (`npm run data`) and by the tests, not at load: that keeps the validator out of the add-in's
 * bundles. The cast is needed because JSON imports type their enums as plain strings. The build bundles it without the
 * words of its spans (scripts/drop-span-text-loader.js), put back here from the text.
 */
export const report = restoreSpanText(reportJson as unknown as Report);
