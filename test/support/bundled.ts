import { report } from "../../src/dataset/report";
import { openReport } from "../../src/query";

/** The bundled report, opened: what every query takes. */
export const bundled = openReport(report);
