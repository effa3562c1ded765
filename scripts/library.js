#!/usr/bin/env node
/*
 * `npm run library`: starts the team library server (src/server/main.ts) and prints its URL once it answers;
 * `npm run library -- --stop` ends it; `npm run library -- token create --user U --role editor` and
 * `token revoke` manage tokens. Like scripts/start.js: one server at a time, its process group in a pid file.
 * With the embedded PGlite, only one process may open the data directory: stop the server to manage tokens.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

const root = path.join(__dirname, "..");
const pidFile = path.join(root, ".library", "server.pid");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
const main = path.join(root, "src", "server", "main.ts");
const port = Number(process.env.LIBRARY_PORT || 3100);
const READY_TIMEOUT_MS = 120_000;

const readPid = () => {
  const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").trim()) : NaN;
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
};
const isRunning = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
};

/** The URL where /health answers, or undefined. */
function health() {
  const attempt = (client, scheme) =>
    new Promise((resolve) => {
      const request = client.get({ host: "127.0.0.1", port, path: "/health", rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        resolve(response.statusCode === 200 ? `${scheme}://localhost:${port}` : undefined);
      });
      request.once("error", () => resolve(undefined));
      request.once("timeout", () => (request.destroy(), resolve(undefined)));
    });
  return attempt(https, "https").then((url) => url ?? attempt(http, "http"));
}

async function start() {
  const running = readPid();
  if (running !== undefined && isRunning(running)) {
    console.log(`The team library is already running (process ${running}); npm run library -- --stop ends it.`);
    return;
  }
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  const server = spawn(process.execPath, [tsx, main, "serve"], { cwd: root, stdio: ["ignore", "ignore", "inherit"], detached: true });
  fs.writeFileSync(pidFile, String(server.pid));
  let exited = false;
  server.on("exit", (code) => {
    exited = true;
    fs.rmSync(pidFile, { force: true });
    if (code) process.exitCode = code;
  });
  for (const started = Date.now(); !exited; ) {
    const url = await health();
    if (url) {
      console.log(`The team library answers at ${url} (OpenAPI: ${url}/openapi.json).`);
      console.log("Make a token: npm run library -- --stop; npm run library -- token create --user NAME --role editor");
      server.unref();
      return;
    }
    if (Date.now() - started > READY_TIMEOUT_MS) {
      console.error(`The team library did not answer on port ${port} within ${READY_TIMEOUT_MS / 1000} s; stopping it.`);
      process.kill(-server.pid, "SIGTERM");
      process.exitCode = 1;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function stop() {
  const pid = readPid();
  if (pid === undefined || !isRunning(pid)) {
    fs.rmSync(pidFile, { force: true });
    console.log("The team library was not running.");
    return;
  }
  process.kill(-pid, "SIGTERM");
  for (let waited = 0; isRunning(pid) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isRunning(pid)) process.kill(-pid, "SIGKILL");
  fs.rmSync(pidFile, { force: true });
  console.log(`Stopped the team library (process ${pid}).`);
}

const args = process.argv.slice(2);
if (args[0] === "--stop") stop();
else if (args[0] === "token") {
  const running = readPid();
  if (!process.env.DATABASE_URL && running !== undefined && isRunning(running)) {
    console.error("library: the embedded database is open in the running server; npm run library -- --stop first (or use DATABASE_URL).");
    process.exit(2);
  }
  process.exitCode = spawnSync(process.execPath, [tsx, main, ...args], { cwd: root, stdio: "inherit" }).status ?? 1;
} else if (args.length === 0) start();
else {
  console.error(`library: unknown option '${args[0]}'; use --stop, or token create|revoke`);
  process.exit(2);
}
