/*
 * A primary and a streaming replica on loopback, and a server with DATABASE_URL at the primary and DATABASE_READ_URL
 * at the replica. With the replica's replay paused (a lag as long as we like), a publish is on the primary only: the
 * server's search and compare do not see it, which shows they read the replica, while a GET by the publisher does,
 * which shows a publisher reads its own writes. Resuming replay, search sees it too.
 */
import type { FastifyInstance } from "fastify";
import { Pool } from "pg";
import { buildServer } from "../../src/server/app";
import { openDatabase, type Database } from "../../src/server/database";
import { migrate } from "../../src/server/migrate";
import { Tokens } from "../../src/server/tokens";
import { hasPostgresBinaries, noPostgres, startReplicatedPostgres, type ReplicatedPostgres } from "./postgres";
import { auth, ORIGIN, reportAs } from "./support";

const run = hasPostgresBinaries() ? describe : describe.skip;
if (!hasPostgresBinaries()) noPostgres();

run("a primary and a streaming replica", () => {
  let pair: ReplicatedPostgres;
  let db: Database;
  let app: FastifyInstance;
  let replica: Pool;
  let editor: string;
  beforeAll(async () => {
    pair = (await startReplicatedPostgres())!;
    db = await openDatabase({ url: pair.primaryUrl, readUrl: pair.replicaUrl });
    await migrate(db);
    app = await buildServer({ db, allowedOrigin: ORIGIN });
    editor = (await new Tokens(db).create("erin", "editor")).token;
    replica = new Pool({ connectionString: pair.replicaUrl, max: 1 });
    await caughtUp();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
    await replica?.end();
    pair?.stop();
  });

  /** Waits (bounded) until the replica has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<void> {
    const [primary] = await db.query<{ lsn: string }>("select pg_current_wal_lsn()::text as lsn");
    const lsn = primary!.lsn;
    for (let attempt = 0; attempt < 200; attempt++) {
      const { rows } = await replica.query<{ done: boolean }>("select pg_last_wal_replay_lsn() >= $1::pg_lsn as done", [lsn]);
      if (rows[0]?.done) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the replica did not reach ${lsn}`);
  }

  const publish = (report: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: "PUT",
      url: `/reports/${encodeURIComponent((report as { source: { id: string } }).source.id)}`,
      headers: { ...auth(editor), "content-type": "application/json", ...headers },
      payload: JSON.stringify(report),
    });
  const searchIds = async (q: string) =>
    (await app.inject({ url: `/reports?q=${encodeURIComponent(q)}`, headers: auth(editor) }))
      .json()
      .reports.map((r: { id: string; version: number }) => `${r.id}@${r.version}`);

  test("the read URL is a replica in recovery, streaming from the primary", async () => {
    expect((await replica.query("select pg_is_in_recovery() as r")).rows[0].r).toBe(true);
    const senders = await db.query<{ usename: string; state: string }>("select usename, state from pg_stat_replication");
    expect(senders).toEqual([{ usename: "replicator", state: "streaming" }]);
  });

  test("searches read the lagging replica while the publisher reads its own write from the primary", async () => {
    expect((await publish(reportAs("lag-one", "Lagging replica report one", "2024-01-02"))).statusCode).toBe(201);
    await caughtUp();
    expect(await searchIds("lagging")).toEqual(["report:lag-one@1"]);

    await replica.query("select pg_wal_replay_pause()");
    try {
      expect((await publish(reportAs("lag-two", "Lagging replica report two", "2024-01-03"))).statusCode).toBe(201);
      const updated = reportAs("lag-one", "Lagging replica report one, revised", "2024-01-02");
      expect((await publish(updated, { "if-match": '"1"' })).statusCode).toBe(200);

      const got = await app.inject({ url: "/reports/report:lag-one", headers: auth(editor) });
      expect(got.headers.etag).toBe('"2"');
      expect(got.json().title).toBe("Lagging replica report one, revised");
      expect((await app.inject({ url: "/reports/report:lag-two", headers: auth(editor) })).statusCode).toBe(200);
      // The replica has not replayed either publish: the server's search still answers from before them.
      expect(await searchIds("lagging")).toEqual(["report:lag-one@1"]);
      const compared = await app.inject({ url: "/compare?where=Gaza&measure=killed", headers: auth(editor) });
      const sources = compared.json().rows.map((row: unknown[]) => row[row.length - 1]);
      expect(sources).toContain("report:lag-one");
      expect(sources).not.toContain("report:lag-two");
    } finally {
      await replica.query("select pg_wal_replay_resume()");
    }
    await caughtUp();
    expect(await searchIds("lagging")).toEqual(["report:lag-two@1", "report:lag-one@2"]);
  });
});
