import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../../src/server/database";
import { migrate } from "../../src/server/migrate";
import { Tokens } from "../../src/server/tokens";
import { freePort } from "./postgres";
import { databaseUrl, engines, reportAs, stopPostgres } from "./support";

const root = path.join(__dirname, "..", "..");
/** Every server this file started: killed at the end whatever happened, so a failed test cannot keep Jest alive. */
const started = new Set<ChildProcess>();
afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await stopPostgres();
});

/** The server in its own process, as `npm run library` runs it; resolves once it listens (or reaches the failpoint). */
function startServer(env: Record<string, string>, until: RegExp): Promise<ChildProcess> {
  // One process (node --import tsx), so SIGKILL ends the server itself, not a launcher above it.
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts", "serve"], {
    cwd: root,
    // A home without ~/.office-addin-dev-certs: plain HTTP on loopback, whether or not this machine has run `npm start`
    // (which installs the dev certificates, and the server then serves HTTPS that this test's fetch would not trust).
    env: { ...process.env, NODE_OPTIONS: "", HOME: mkdtempSync(path.join(tmpdir(), "library-home-")), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  return new Promise((resolve, reject) => {
    let seen = "";
    const watch = (chunk: Buffer) => {
      seen += chunk.toString();
      if (until.test(seen)) resolve(child);
    };
    child.stdout!.on("data", watch);
    child.stderr!.on("data", watch);
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
}

const killed = (child: ChildProcess) => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGKILL")));

describe.each(engines())("the server killed mid-publish on %s", (engine) => {
  test("leaves the report absent, and the retry with the same Idempotency-Key applies it once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "library-crash-"));
    const url = engine === "postgres" ? await databaseUrl() : undefined;
    const env: Record<string, string> = url ? { DATABASE_URL: url } : { LIBRARY_DATA: path.join(dir, "data") };
    const db = await openDatabase(url ? { url } : { dataDir: path.join(dir, "data") });
    await migrate(db);
    const { token } = await new Tokens(db).create("erin", "editor");
    await db.close();
    const port = String(await freePort());
    const base = `http://127.0.0.1:${port}`;
    const report = reportAs("crashed", "Crashed");
    const publish = () =>
      fetch(`${base}/reports/report:crashed`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "idempotency-key": "crash-retry-0001" },
        body: JSON.stringify(report),
      });

    const first = await startServer({ ...env, LIBRARY_PORT: port, LIBRARY_FAILPOINT: "publish" }, /listening on/);
    const reached = new Promise<void>((resolve) =>
      first.stderr!.on("data", (c: Buffer) => /failpoint publish reached/.test(c.toString()) && resolve()),
    );
    const inFlight = publish().catch((error: Error) => error);
    await reached;
    await killed(first);
    expect(String(await inFlight)).toMatch(/fetch failed/); // the client saw no answer, so it retries

    const second = await startServer({ ...env, LIBRARY_PORT: port }, /listening on/);
    try {
      const get = () => fetch(`${base}/reports/report:crashed`, { headers: { authorization: `Bearer ${token}` } });
      expect((await get()).status).toBe(404); // wholly absent: no version, no half-written figures
      // Nor in compare's own rows (migration 003), which the same transaction keeps.
      const comparedIds = async () => {
        const answer = await fetch(`${base}/compare?where=Gaza&measure=killed`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const { rows } = (await answer.json()) as { rows: unknown[][] };
        return rows.map((row) => row[row.length - 1]);
      };
      await expect(comparedIds()).resolves.toEqual([]);
      const retried = await publish();
      expect(retried.status).toBe(201);
      expect(await retried.json()).toMatchObject({ version: 1 });
      const again = await publish();
      expect(await again.json()).toMatchObject({ version: 1, replayed: true });
      const body = await (await get()).json();
      expect(body.version).toBe(1);
      expect(body.report.figures).toHaveLength(report.figures.length);
      await expect(comparedIds()).resolves.toEqual(["report:crashed"]);
    } finally {
      await killed(second);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
