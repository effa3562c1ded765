/* The pid file of the dev server `npm start` runs (its process group), shared with `npm stop`. */
const fs = require("fs");
const path = require("path");

const pidFile = path.join(__dirname, "..", ".dev-server.pid");

/** The recorded pid, or undefined when there is none (or it is not a number). */
function readPid() {
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Whether a process (or process group leader) with this pid is alive. */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

module.exports = { isRunning, pidFile, readPid };
