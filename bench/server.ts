/*
 * The team library at scale: N generated schema-valid reports (the bundled report under other ids, titles and
 * dates) on PGlite and on a throwaway PostgreSQL cluster; publish throughput, then search and compare p50/p99 over
 * loopback HTTP. `tsx bench/server.ts [sizes…]` (default 1000).
 */
import { buildServer } from "../src/server/app";
import { openDatabase, type Database } from "../src/server/database";
import { migrate } from "../src/server/migrate";
import { Tokens } from "../src/server/tokens";
import { startPostgres } from "../test/server/postgres";
import { reportAs } from "../test/server/support";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

async function measure(engine: string, db: Database, size: number) {
  await migrate(db);
  const app = await buildServer({ db, allowedOrigin: "https://localhost:3000", perAddress: 1e9, perToken: 1e9 });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  const token = (await new Tokens(db).create("bench", "editor")).token;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const started = performance.now();
  for (let i = 0; i < size; i++) {
    const day = `20${20 + (i % 5)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const report = reportAs(`bench-${i}`, `Bench report ${i} word${i % 100}`, day);
    const answer = await fetch(`${base}/reports/report:bench-${i}`, { method: "PUT", headers, body: JSON.stringify(report) });
    if (answer.status !== 201) throw new Error(`publish ${i}: ${answer.status} ${await answer.text()}`);
  }
  const publishPerSecond = size / ((performance.now() - started) / 1000);
  const time = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      const answer = await fetch(`${base}${url.replace("#", String(i % 100))}`, { headers });
      if (answer.status !== 200) throw new Error(`${url}: ${answer.status}`);
      await answer.arrayBuffer();
      times.push(performance.now() - t);
    }
    return times;
  };
  const search = await time("/reports?q=word#&limit=20");
  const compare = await time("/compare?where=Gaza&measure=killed");
  await app.close();
  await db.close();
  const ms = (v: number) => v.toFixed(1);
  return [
    engine,
    size,
    publishPerSecond.toFixed(0),
    ms(percentile(search, 0.5)),
    ms(percentile(search, 0.99)),
    ms(percentile(compare, 0.5)),
    ms(percentile(compare, 0.99)),
  ];
}

async function main() {
  const rows: unknown[][] = [];
  const postgres = await startPostgres();
  if (!postgres) console.log("No PostgreSQL here (apt-get install postgresql): PGlite only.");
  try {
    for (const size of sizes.length ? sizes : [1000]) {
      rows.push(await measure("pglite", await openDatabase({ dataDir: "memory://" }), size));
      if (postgres)
        rows.push(await measure("postgres", await openDatabase({ url: postgres.createDatabase(`bench_${size}`) }), size));
    }
  } finally {
    postgres?.stop();
  }
  console.log("engine   | reports | publish/s | search p50 | search p99 | compare p50 | compare p99 (ms, sequential, loopback)");
  for (const row of rows) console.log(row.map(String).join(" | "));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
