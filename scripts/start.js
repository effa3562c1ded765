#!/usr/bin/env node
/*
 * `npm start`. Where desktop Excel exists (Windows, macOS) it sideloads the add-in with
 * Microsoft's office-addin-debugging, which also starts the dev server. office-addin-debugging
 * is fetched on demand rather than installed with `npm ci`: it pulls a native module (keytar)
 * that needs system libraries Linux machines often lack. Elsewhere (Linux) it serves the
 * add-in over https and says how to sideload manifest.xml into Excel on the web.
 *
 * One server at a time: a second `npm start` says the add-in is already served and leaves the
 * first alone; the pid file names the server's process group for `npm stop`, and goes away with
 * the server (Ctrl+C included). `npm start -- --detach` returns the prompt once the pane is served.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const https = require("https");
const net = require("net");
const path = require("path");
const { isRunning, pidFile, readPid } = require("./dev-server-pid");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";
const READY_TIMEOUT_MS = 180_000;
/** `npm start -- --detach`: serve in the background and give the prompt back; its output goes to this log. */
const detach = process.argv.includes("--detach");
const logFile = path.join(root, ".dev-server.log");

/** Whether something accepts connections on the port (the dev server, once it listens). */
function answers() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "localhost", port });
    socket.setTimeout(1000);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

/** Whether the dev server serves the task pane yet (it listens before its first compile ends). */
function servesThePane() {
  return new Promise((resolve) => {
    // Our own dev server on this machine, with the dev certificate the browser may not trust yet.
    const request = https.get({ host: "localhost", port, path: "/taskpane.html", rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.setTimeout(READY_TIMEOUT_MS, () => request.destroy());
    request.once("error", () => resolve(false));
  });
}

function banner() {
  return `
Report Data is being served at https://localhost:${port}/taskpane.html

No desktop Excel here, so sideload it into Excel on the web:
  1. Open a workbook at https://excel.cloud.microsoft (or office.com > Excel).
  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
  3. Choose ${path.join(root, "manifest.xml")} and Upload.
  4. The Report Data button appears on the Data tab (or Home); type =REPORT.CASUALTIES("Gaza","killed") in a cell.
The browser must trust the dev certificate in ~/.office-addin-dev-certs/ (ca.crt): import it as a trusted
authority, or open https://localhost:${port}/taskpane.html once and accept it.

Without Excel, the same page in any browser shows the explorer and the source view.
${detach ? `It runs in the background (its output in ${logFile}). Stop it with npm stop.` : "Stop it with Ctrl+C here, or npm stop in another terminal (npm start -- --detach gives the prompt back)."}
`;
}

async function serve() {
  const running = readPid();
  if (running !== undefined && isRunning(running)) {
    console.log(`Report Data is already being served at https://localhost:${port}/taskpane.html (process ${running}).`);
    console.log("Nothing was started. npm stop ends the running server.");
    return;
  }
  if (running !== undefined) fs.rmSync(pidFile, { force: true }); // a server that is gone
  if (await answers()) {
    console.error(`Port ${port} is already in use by another program: stop it, or set another port with`);
    console.error(`npm config set report-data-excel-addin:dev_server_port <port>. Nothing was started.`);
    process.exitCode = 1;
    return;
  }

  console.log(`Starting the dev server on port ${port} (the first build takes a minute)…`);
  // Its own process group, so `npm stop` ends the server and everything it started.
  const webpack = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  const log = detach ? fs.openSync(logFile, "w") : undefined;
  const server = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: root,
    stdio: log === undefined ? "inherit" : ["ignore", log, log],
    detached: true,
  });
  fs.writeFileSync(pidFile, String(server.pid));
  const forget = () => {
    if (readPid() === server.pid) fs.rmSync(pidFile, { force: true });
  };
  let exited = false;
  const onExit = (code, signal) => {
    exited = true;
    forget();
    if (detach) console.error(`The dev server stopped before it served; its output is in ${logFile}.`);
    process.exit(code ?? (signal ? 0 : 1));
  };
  server.on("exit", onExit);
  const stop = () => {
    forget();
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const started = Date.now();
  while (!exited && !(await servesThePane())) {
    if (Date.now() - started > READY_TIMEOUT_MS) {
      console.error(`The dev server did not answer on port ${port} within ${READY_TIMEOUT_MS / 1000} s; stopping it.`);
      stop();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  if (exited) return;
  console.log(banner());
  if (detach) {
    // The server outlives this script: its own process group, its output in the log, the pid file for npm stop.
    server.off("exit", onExit);
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    server.unref();
    process.exit(0);
  }
}

if (hasDesktopExcel && !process.argv.includes("--web")) {
  const child = spawn(npx, ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop"], {
    cwd: root,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  serve();
}
