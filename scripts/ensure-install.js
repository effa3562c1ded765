#!/usr/bin/env node
/*
 * `prestart` and `pretest`: installs the dependencies only when they are missing or older than package-lock.json,
 * so the README's two commands each work on a clean clone without a second `npm ci` pulling node_modules from under
 * a running server. npm writes node_modules/.package-lock.json on every install: its age is the install's.
 * Plain Node, no dependencies (it runs before there are any).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

/** Why an install is needed in `root`, or undefined when node_modules is current. */
function installReason(root) {
  const lock = path.join(root, "package-lock.json");
  const installed = path.join(root, "node_modules", ".package-lock.json");
  if (!fs.existsSync(path.join(root, "node_modules"))) return "node_modules is missing";
  if (!fs.existsSync(installed)) return "node_modules was not installed by npm";
  if (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(installed).mtimeMs)
    return "package-lock.json is newer than node_modules";
  return undefined;
}

function ensureInstall(root, npm = process.platform === "win32" ? "npm.cmd" : "npm") {
  const reason = installReason(root);
  if (!reason) return 0;
  console.log(`${reason}: running npm ci (about a minute, once)…`);
  const run = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (run.status !== 0) console.error("npm ci failed; see above. Nothing else was run.");
  return run.status ?? 1;
}

module.exports = { installReason, ensureInstall };

if (require.main === module) process.exitCode = ensureInstall(process.env.ENSURE_INSTALL_ROOT || path.join(__dirname, ".."), process.env.ENSURE_INSTALL_NPM);
