#!/usr/bin/env node
/*
 * `npx report-data <command> …` (fx, extract, export, review): the CLI from compiled JavaScript, so a call starts in a
 * fraction of a second instead of a TypeScript runner's seconds. The first call after a change to src/ compiles it
 * (tsc -p tsconfig.cli.json into the git-ignored .cli-build/, about 20 s); later calls only compare file times.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const build = path.join(root, ".cli-build");
const stamp = path.join(build, ".compiled");
const COMMANDS = { fx: "fx.js", extract: "extract.js", export: "export.js", review: "review.js" };
const USAGE = `Usage: npx report-data <${Object.keys(COMMANDS).join(" | ")}> [options] (<command> --help for its options)`;

/** The newest modification time under `dir` (the sources the build depends on). */
function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(file) : fs.statSync(file).mtimeMs);
  }
  return latest;
}

function compiledIsCurrent() {
  if (!fs.existsSync(stamp)) return false;
  const built = fs.statSync(stamp).mtimeMs;
  return (
    newest(path.join(root, "src")) <= built &&
    fs.statSync(path.join(root, "data", "report.json")).mtimeMs <= built &&
    fs.statSync(path.join(root, "tsconfig.cli.json")).mtimeMs <= built
  );
}

function compile() {
  process.stderr.write("Compiling the CLI (once after each change to src/, about 20 s)…\n");
  fs.rmSync(build, { recursive: true, force: true });
  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const run = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], { stdio: "inherit" });
  if (run.status !== 0) {
    process.stderr.write("report-data: the CLI did not compile (see above).\n");
    return false;
  }
  fs.writeFileSync(stamp, new Date().toISOString());
  return true;
}

function main(argv) {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help") {
    (command === undefined ? process.stderr : process.stdout).write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (!Object.hasOwn(COMMANDS, command)) {
    process.stderr.write(`report-data: no command '${command}' (${USAGE.slice(7)}).\n`);
    return 2;
  }
  if (!compiledIsCurrent() && !compile()) return 1;
  const { main: commandMain } = require(path.join(build, "src", "cli", COMMANDS[command]));
  const { runCommand } = require(path.join(build, "src", "cli", "run-command.js"));
  runCommand(command, commandMain, rest);
  return undefined;
}

const code = main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
