import { execFileSync } from "node:child_process";
import { join } from "node:path";

export const root = join(__dirname, "..");

/** A production build for benchmarks, apart from dist/. */
export function buildForBench(): string {
  const out = join(root, "test-results", "bench-dist");
  execFileSync(
    process.execPath,
    [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--env", "local", "--output-path", out],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return out;
}
