import reportJson from "../../data/report.json";
import type { Report } from "../model/report";

/**
 * The bundled dataset. It is validated against `ReportSchema` when it is built
 * (`npm run data`) and by the tests, not at load: that keeps the validator out of the add-in's
 * bundles. The cast is needed because JSON imports type their enums as plain strings.
 */
export const report = reportJson as unknown as Report;
