import { join } from "node:path";

/** Where the global setup built the add-in for this test run. */
export const distDir = process.env.REPORT_DIST ?? join(__dirname, "..", "..", "test-results", "dist");
export const rootDir = join(__dirname, "..", "..");
