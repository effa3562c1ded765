import { spawnSync } from "node:child_process";
import { join } from "node:path";

// ts-jest only transpiles (isolatedModules), so the strict type check of the whole project runs here.
it("type-checks the whole project under strict TypeScript", () => {
  const root = join(__dirname, "..");
  const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", root], {
    encoding: "utf8",
  });
  expect(tsc.stdout + tsc.stderr).toBe("");
  expect(tsc.status).toBe(0);
});
