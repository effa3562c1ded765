/**
 * scripts/ensure-install.js (prestart, pretest): `npm ci` only when node_modules is missing or older than
 * package-lock.json. A stand-in npm records each call and installs as npm does (node_modules/.package-lock.json).
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rootDir } from "../support/dist";

const project = mkdtempSync(join(tmpdir(), "ensure-install-"));
const calls = join(project, "npm-calls.txt");
const fakeNpm = join(project, "fake-npm.js");
writeFileSync(
  fakeNpm,
  `#!/usr/bin/env node
const fs = require("fs");
fs.appendFileSync(${JSON.stringify(calls)}, process.argv.slice(2).join(" ") + "\\n");
fs.mkdirSync("node_modules", { recursive: true });
fs.writeFileSync("node_modules/.package-lock.json", "{}");
`,
);
chmodSync(fakeNpm, 0o755);
writeFileSync(join(project, "package-lock.json"), "{}");

const ensure = () =>
  spawnSync(process.execPath, [join(rootDir, "scripts", "ensure-install.js")], {
    encoding: "utf8",
    env: { ...process.env, ENSURE_INSTALL_ROOT: project, ENSURE_INSTALL_NPM: fakeNpm },
  });
const npmCalls = () => (existsSync(calls) ? readFileSync(calls, "utf8").trim().split("\n") : []);

describe("scripts/ensure-install.js", () => {
  it("runs npm ci when node_modules is missing, then not again while it is current", () => {
    const first = ensure();
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^node_modules is missing: running npm ci/);
    expect(npmCalls()).toEqual(["ci --no-audit --no-fund"]);
    const second = ensure();
    expect([second.status, second.stdout]).toEqual([0, ""]);
    expect(npmCalls()).toHaveLength(1);
  });

  it("installs again once package-lock.json is newer than the install", () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(project, "package-lock.json"), later, later);
    expect(ensure().stdout).toMatch(/^package-lock.json is newer than node_modules: running npm ci/);
    expect(npmCalls()).toHaveLength(2);
  });

  it("is what npm start and npm test run first", () => {
    const { scripts } = JSON.parse(readFileSync(join(rootDir, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.prestart).toBe("node scripts/ensure-install.js");
    expect(scripts.pretest).toBe("node scripts/ensure-install.js");
  });
});
