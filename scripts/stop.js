#!/usr/bin/env node
/* `npm stop`: ends what `npm start` began (the sideloaded add-in, or the dev server). */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, ".dev-server.pid");
if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    process.kill(-pid); // the server's whole process group
    console.log(`Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log("The dev server was not running.");
  }
  fs.rmSync(pidFile);
} else if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  spawnSync(npx, ["--yes", "office-addin-debugging@7", "stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
} else {
  console.log("Nothing to stop.");
}
