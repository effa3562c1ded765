import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the global setup built the add-in for this test run. */
export const distDir = process.env.REPORT_DIST ?? join(__dirname, "..", "..", "test-results", "dist");
export const rootDir = join(__dirname, "..", "..");

/** The function ids of the functions.json the build generated from the JSDoc. */
export function builtFunctionIds(): string[] {
  const { functions } = JSON.parse(readFileSync(join(distDir, "functions.json"), "utf8")) as { functions: Array<{ id: string }> };
  return functions.map((f) => f.id);
}
