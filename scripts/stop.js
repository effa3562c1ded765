#!/usr/bin/env node
/* `npm stop`: ends what `npm start` began (the sideloaded add-in, or the dev server). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { isRunning, pidFile, readPid } = require("./dev-server-pid");

const root = path.join(__dirname, "..");

async function stopDevServer(pid) {
  try {
    process.kill(-pid, "SIGTERM"); // the server's whole process group
  } catch {
    console.log("The dev server was not running.");
    fs.rmSync(pidFile, { force: true });
    return;
  }
  for (let waited = 0; isRunning(pid) && waited < 10_000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (isRunning(pid)) process.kill(-pid, "SIGKILL");
  fs.rmSync(pidFile, { force: true });
  console.log(`Stopped the dev server (process ${pid}).`);
}

const pid = readPid();
if (pid !== undefined) {
  stopDevServer(pid);
} else if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  spawnSync(npx, ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
} else {
  console.log("Nothing to stop.");
}
