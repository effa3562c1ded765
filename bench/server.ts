/*
 * The team library at scale, on PGlite and on a throwaway PostgreSQL cluster on loopback:
 * `tsx bench/server.ts [sizes…]` (default 1000 10000; sizes above BENCH_PGLITE_MAX, 10000, run on PostgreSQL only).
 * For each size: N schema-valid reports (the bundled report under other ids, titles and dates) checked by the schema and
 * turned into rows by the server's own functions, inserted set-wise in one process (the first 500 from Node, the rest
 * copied from them in SQL, then ANALYZE); then, over loopback HTTP, publish throughput, sequential search and compare p50/p99 (BENCH_SAMPLES, 100), and 200 concurrent clients (autocannon) for BENCH_SECONDS (10) with the error count.
 */
import { createRequire } from "node:module";
import { buildServer } from "../src/server/app";
import { openDatabase, type Database } from "../src/server/database";
import { migrate } from "../src/server/migrate";
import { checkReport } from "../src/model/check-report";
import { refreshCompareRows } from "../src/server/compare-rows";
import { publishedOn, rowsOf } from "../src/server/report-rows";
import { Tokens } from "../src/server/tokens";
import { startPostgres } from "../test/server/postgres";
import { reportAs } from "../test/server/support";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const PGLITE_LIMIT = Number(process.env.BENCH_PGLITE_MAX ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 200;
const TARGET_RATE = 200;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

const dayOf = (i: number) =>
  `20${20 + (i % 5)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
const benchReport = (i: number) => reportAs(`bench-${i}`, `Bench report ${i} word${i % 100}`, dayOf(i));

/**
 * Writes reports [from, to) in batches of 500, each batch one transaction of four statements and compare's rows as
 * publish makes them. The first is checked by the schema (checkReport) and turned into rows by rowsOf, as a publish
 * does; the others differ from it only in id, title and date, so they reuse its rows with those swapped (checking each
 * costs ~30 ms of CPU).
 */
async function fill(db: Database, from: number, to: number): Promise<void> {
  const checked = checkReport(benchReport(from)).report;
  if (!checked) throw new Error("the bench's report does not pass the schema");
  const template = { report: checked, day: publishedOn(checked), rows: rowsOf(checked) };
  for (let start = from; start < to; start += 500) {
    const ids: string[] = [];
    const versions: Record<string, unknown>[] = [];
    const subjects: Record<string, unknown>[] = [];
    const figures: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(to, start + 500); i++) {
      const report = benchReport(i);
      const id = report.source.id;
      ids.push(id);
      const day = publishedOn(report);
      const swap = (cell: unknown) =>
        cell === template.report.source.id
          ? id
          : cell === template.report.source.title
            ? report.source.title
            : cell === template.day
              ? day
              : cell;
      versions.push({
        id,
        report,
        sha256: report.source.sha256,
        title: report.source.title,
        outlet: report.source.outlet,
        published: report.source.published.value,
        day,
        text: report.source.text,
      });
      for (const r of template.rows.subjects) subjects.push({ id, ...r });
      for (const f of template.rows.figures) figures.push({ id, day, ...f, compareRow: f.compareRow.map(swap) });
    }
    await db.transaction(async (tx) => {
      await tx.query(
        "insert into reports (id, current_version) select x.id, 1 from jsonb_to_recordset($1::jsonb) as x(id text)",
        [JSON.stringify(versions.map(({ id }) => ({ id })))],
      );
      await tx.query(
        `insert into report_versions (report_id, version, report, sha256, title, outlet, published, published_on, published_by, search)
         select x.id, 1, x.report, x.sha256, x.title, x.outlet, x.published, x.day::date, 'bench',
                setweight(to_tsvector('english', x.title), 'A') || to_tsvector('english', x.text)
           from jsonb_to_recordset($1::jsonb) as x(id text, report jsonb, sha256 text, title text, outlet text, published text, day text, text text)`,
        [JSON.stringify(versions)],
      );
      await tx.query(
        `insert into version_subjects (report_id, version, subject_id, place_key, name, names, name_keys)
         select x.id, 1, x."subjectId", x."placeKey", x.name,
                array(select jsonb_array_elements_text(x.names)), array(select jsonb_array_elements_text(x."nameKeys"))
           from jsonb_to_recordset($1::jsonb) as x(id text, "subjectId" text, "placeKey" text, name text, names jsonb, "nameKeys" jsonb)`,
        [JSON.stringify(subjects)],
      );
      await tx.query(
        `insert into figures (report_id, version, figure_id, place_key, subject_name, measure, best, low, high, qualifier, published_on, compare_row)
         select x.id, 1, x."figureId", x."placeKey", x."subjectName", x.measure, x.best, x.low, x.high, x.qualifier, x.day::date, x."compareRow"
           from jsonb_to_recordset($1::jsonb) as x(id text, day text, "figureId" text, "placeKey" text, "subjectName" text,
                measure text, best double precision, low double precision, high double precision, qualifier text, "compareRow" jsonb)`,
        [JSON.stringify(figures)],
      );
      await refreshCompareRows(tx, ids);
    });
  }
}

interface Loaded {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface LoadOptions {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: { method: "GET"; path: string }[];
  /** Requests a second across all connections (autocannon's overallRate); without it, as fast as they answer. */
  overallRate?: number;
  workers?: number;
}
// autocannon ships no types; this is the part of its promise API the bench uses.
const autocannon = createRequire(__filename)("autocannon") as (options: LoadOptions) => Promise<Loaded>;

/** Reports written from JS before the rest are copied from them in SQL: enough for distinct rows, few enough to be quick. */
const SEEDS = 500;

/**
 * Writes reports [from, to) as copies of the seeds (report i copies seed i mod SEEDS) in SQL, 5,000 a transaction:
 * the same rows `fill` writes, with the id, title and date of report i. All seeds share one text, so its search vector is taken from the first seed and only the
 * title's is computed. Shipping 60 KB of JSON per report from Node made 100,000 reports take most of an hour.
 */
async function copySeeds(db: Database, from: number, to: number): Promise<void> {
  const day = (i: string) => `make_date(2020 + ${i} % 5, 1 + ${i} % 12, 1 + ${i} % 28)`;
  for (let start = from; start < to; start += 5000) {
    const end = Math.min(to, start + 5000);
    const range = [start, end - 1, SEEDS];
    await db.transaction(async (tx) => {
      await tx.query(
        `create temp table copies on commit drop as
         select 'report:bench-' || i as id, 'report:bench-' || (i % $3) as seed, 'Bench report ' || i || ' word' || (i % 100) as title,
                ${day("i")} as day, ${day("(i % $3)")} as seed_day
           from generate_series($1::int, $2::int) as i`,
        range,
      );
      await tx.query("analyze copies");
      await tx.query("insert into reports (id, current_version) select id, 1 from copies");
      await tx.query(
        `insert into report_versions (report_id, version, report, sha256, title, outlet, published, published_on, published_by, search)
         select c.id, 1,
                jsonb_set(jsonb_set(jsonb_set(jsonb_set(v.report, '{source,id}', to_jsonb(c.id)), '{source,title}', to_jsonb(c.title)),
                  '{source,published,value}', to_jsonb(to_char(c.day, 'YYYY-MM-DD'))), '{source,published,notBefore}', to_jsonb(to_char(c.day, 'YYYY-MM-DD'))),
                v.sha256, c.title, v.outlet, to_char(c.day, 'YYYY-MM-DD'), c.day, 'bench',
                setweight(to_tsvector('english', c.title), 'A') || (select body from bench_body)
           from copies c join report_versions v on v.report_id = c.seed and v.version = 1`,
      );
      await tx.query(
        `insert into version_subjects (report_id, version, subject_id, place_key, name, names, name_keys)
         select c.id, 1, s.subject_id, s.place_key, s.name, s.names, s.name_keys
           from copies c join version_subjects s on s.report_id = c.seed and s.version = 1`,
      );
      // The compare row's cells that are the seed's id, title or date become the copy's (as fill's swap does).
      await tx.query(
        `insert into figures (report_id, version, figure_id, place_key, subject_name, measure, best, low, high, qualifier, published_on, compare_row)
         select c.id, 1, f.figure_id, f.place_key, f.subject_name, f.measure, f.best, f.low, f.high, f.qualifier, c.day,
                (select jsonb_agg(case when e = to_jsonb(c.seed) then to_jsonb(c.id)
                                       when e = to_jsonb(v.title) then to_jsonb(c.title)
                                       when e = to_jsonb(to_char(c.seed_day, 'YYYY-MM-DD')) then to_jsonb(to_char(c.day, 'YYYY-MM-DD'))
                                       else e end order by n)
                   from jsonb_array_elements(f.compare_row) with ordinality as t (e, n))
           from copies c join report_versions v on v.report_id = c.seed and v.version = 1
           join figures f on f.report_id = c.seed and f.version = 1`,
      );
      // Compare's rows as refreshCompareRows makes them, copied from the seeds' (refreshing 5,000 ids at once took
      // most of a minute under load; the counts after the fill check the copies).
      await tx.query(
        `insert into compare_names (name_key, place_key, report_id)
         select n.name_key, n.place_key, c.id from copies c join compare_names n on n.report_id = c.seed`,
      );
      await tx.query(
        `insert into compare_figures (report_id, figure_id, place_key, measure, published_on, subject_name, names, name_keys, compare_row)
         select c.id, cf.figure_id, cf.place_key, cf.measure, c.day, cf.subject_name, cf.names, cf.name_keys, f.compare_row
           from copies c join compare_figures cf on cf.report_id = c.seed
           join figures f on f.report_id = c.id and f.version = 1 and f.figure_id = cf.figure_id`,
      );
    });
  }
}

async function measure(engine: string, db: Database, size: number) {
  await migrate(db);
  const fillStarted = performance.now();
  await fill(db, 0, Math.min(size, SEEDS));
  if (size > SEEDS) {
    await db.query("analyze");
    await db.query(
      `create table bench_body as select to_tsvector('english', report #>> '{source,text}') as body
         from report_versions where report_id = 'report:bench-0'`,
    );
    await copySeeds(db, SEEDS, size);
  }
  const [counted] = await db.query<{ reports: number; figures: number }>(
    "select (select count(*)::int from reports) as reports, (select count(*)::int from compare_figures) as figures",
  );
  const perReport = rowsOf(benchReport(0)).figures.length;
  if (counted?.reports !== size || counted.figures !== size * perReport)
    throw new Error(`filled ${JSON.stringify(counted)}, not ${size} reports of ${perReport} figures each`);
  // As autovacuum would after a bulk load: the planner's statistics for the tables just filled.
  await db.query("analyze");
  const fillSeconds = (performance.now() - fillStarted) / 1000;
  const app = await buildServer({ db, allowedOrigin: "https://localhost:3000", perAddress: 1e9, perToken: 1e9 });
  const base = await app.listen({ host: "127.0.0.1", port: 0 });
  const token = (await new Tokens(db).create("bench", "editor")).token;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

  const published = 200;
  const started = performance.now();
  for (let i = size; i < size + published; i++) {
    const body = JSON.stringify(benchReport(i));
    const answer = await fetch(`${base}/reports/report:bench-${i}`, { method: "PUT", headers, body });
    if (answer.status !== 201) throw new Error(`publish ${i}: ${answer.status} ${await answer.text()}`);
  }
  const publishPerSecond = published / ((performance.now() - started) / 1000);

  const time = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
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

  const load = (overallRate?: number) =>
    autocannon({
      url: base,
      connections: CLIENTS,
      duration: SECONDS,
      headers,
      requests: [
        { method: "GET", path: "/reports?q=word7&limit=20" },
        { method: "GET", path: "/compare?where=Gaza&measure=killed" },
      ],
      ...(overallRate ? { overallRate } : {}),
      // The load from a worker thread: in the server's own thread it took the event loop from the server it measures.
      workers: 1,
    });
  // As many as 200 clients get answered, then the target's own load: 200 requests a second in all.
  const loaded = await load();
  const paced = await load(TARGET_RATE);
  await app.close();
  await db.close();
  const ms = (v: number) => v.toFixed(1);
  return [
    engine,
    size,
    (size / fillSeconds).toFixed(0),
    publishPerSecond.toFixed(0),
    ms(percentile(search, 0.5)),
    ms(percentile(search, 0.99)),
    ms(percentile(compare, 0.5)),
    ms(percentile(compare, 0.99)),
    loaded.requests.average.toFixed(0),
    loaded.latency.p50,
    loaded.latency.p99,
    loaded.errors + loaded.timeouts + loaded.non2xx,
    paced.latency.p50,
    paced.latency.p99,
    paced.errors + paced.timeouts + paced.non2xx,
  ];
}

async function main() {
  const rows: unknown[][] = [];
  const postgres = await startPostgres();
  if (!postgres) console.log("No PostgreSQL here (apt-get install postgresql): PGlite only.");
  try {
    for (const size of sizes.length ? sizes : [1000, 10_000]) {
      if (size <= PGLITE_LIMIT) rows.push(await measure("pglite", await openDatabase({ dataDir: "memory://" }), size));
      if (postgres)
        rows.push(await measure("postgres", await openDatabase({ url: postgres.createDatabase(`bench_${size}`) }), size));
    }
  } finally {
    postgres?.stop();
  }
  console.log(
    `engine | reports | fill/s | publish/s | search p50 | search p99 | compare p50 | compare p99 | ` +
      `${CLIENTS} clients req/s | p50 | p99 | errors | at ${TARGET_RATE} req/s p50 | p99 | errors (ms; fill in-process; publish, search, compare sequential HTTP; ${SECONDS} s load)`,
  );
  for (const row of rows) console.log(row.map(String).join(" | "));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
