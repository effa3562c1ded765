/**
 * `npm start` / `npm stop` on a machine without desktop Excel (the dev server path), for real:
 * webpack's dev server on a free port, certificates in a throwaway HOME.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { get } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rootDir } from "../support/dist";

const PID_FILE = join(rootDir, ".dev-server.pid");
const home = mkdtempSync(join(tmpdir(), "report-start-home-"));
let port = 0;

const env = () => ({ ...process.env, HOME: home, npm_package_config_dev_server_port: String(port) });
const script = (name: string) => join(rootDir, "scripts", name);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
}

/** The status of GET /taskpane.html on the dev server, or 0 when nothing answers. */
function paneStatus(): Promise<number> {
  return new Promise((resolve) => {
    const request = get({ host: "localhost", port, path: "/taskpane.html", rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once("error", () => resolve(0));
  });
}

/** Starts `npm start`'s script and resolves once it prints the "being served" banner. */
function start(): Promise<{ child: ChildProcess; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [script("start.js")], { cwd: rootDir, env: env(), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/is being served at/.test(output)) resolve({ child, output: () => output, exited });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before serving:\n${output}`)));
  });
}

const waitFor = async (condition: () => Promise<boolean> | boolean, ms = 15_000) => {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    if (await condition()) return;
  }
  throw new Error("timed out");
};

describe("npm start and npm stop", () => {
  beforeAll(async () => {
    if (existsSync(PID_FILE)) throw new Error(`${PID_FILE} exists: a dev server from npm start may be running here`);
    port = await freePort();
  });

  // One foreground start serves both checks (each start is a webpack build, ~40 s): npm stop's own path is the
  // --detach test's.
  it("serves once: a second start says so and leaves the first alone; Ctrl+C then stops it and leaves no pid file", async () => {
    const first = await start();
    expect(await paneStatus()).toBe(200); // the banner came once the server answered
    expect(first.output()).toMatch(/Stop it with Ctrl\+C here, or npm stop in another terminal/);
    const pid = readFileSync(PID_FILE, "utf8");

    const second = spawnSync(process.execPath, [script("start.js")], { cwd: rootDir, env: env(), encoding: "utf8" });
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/already being served at https:\/\/localhost:\d+\/taskpane\.html/);
    expect(second.stdout).not.toMatch(/is being served at/);
    expect(readFileSync(PID_FILE, "utf8")).toBe(pid);
    expect(await paneStatus()).toBe(200);

    first.child.kill("SIGINT");
    await first.exited;
    await waitFor(async () => (await paneStatus()) === 0);
    expect(existsSync(PID_FILE)).toBe(false);
    const stop = spawnSync(process.execPath, [script("stop.js")], { cwd: rootDir, env: env(), encoding: "utf8" });
    expect(stop.stdout).toMatch(/^Nothing to stop/);
  }, 300_000);

  it("--detach returns the prompt once the pane is served, says how to stop, and npm stop stops it", async () => {
    const detached = spawnSync(process.execPath, [script("start.js"), "--detach"], {
      cwd: rootDir,
      env: env(),
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(detached.status).toBe(0);
    expect(detached.stdout).toMatch(/is being served at/);
    expect(detached.stdout).toMatch(/It runs in the background .*Stop it with npm stop\./);
    expect(await paneStatus()).toBe(200);
    const stop = spawnSync(process.execPath, [script("stop.js")], { cwd: rootDir, env: env(), encoding: "utf8" });
    expect(stop.stdout).toMatch(/^Stopped the dev server/);
    await waitFor(async () => (await paneStatus()) === 0);
    expect(existsSync(PID_FILE)).toBe(false);
  }, 300_000);
});
