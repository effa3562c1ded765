import { nameKey } from "../../src/query/fold";
import { auth, engines, harness, reportAs, stopPostgres, type Harness } from "./support";

afterAll(stopPostgres);

const REPORTS = 1200;

/**
 * Compare's rows for many reports, written straight into its tables (publishing 1,200 reports would test publish):
 * seven reports a day, their ids in another order than their days, and two figures each (the page shows the first).
 */
async function fill(h: Harness): Promise<void> {
  await h.db.query(
    `insert into reports (id, current_version)
     select 'report:bulk-' || lpad(((i * 7919) % $1)::text, 4, '0'), 1 from generate_series(0, $1 - 1) as g (i)`,
    [REPORTS],
  );
  await h.db.query("insert into compare_names (name_key, place_key, report_id) select $1, 'place:gaza', id from reports", [
    nameKey("Gaza"),
  ]);
  await h.db.query(
    `insert into compare_figures (report_id, figure_id, place_key, measure, published_on, subject_name, names, name_keys, compare_row)
     select r.id, f.figure_id, 'place:gaza', 'killed', date '2023-01-01' + (r.n / 7)::int, 'Gaza', array['Gaza'], array[$1],
            jsonb_build_array(r.id, 44927 + r.n / 7, f.value, '', '', 'exact', '1', 'not stated', 'e', '', '2023', r.id)
       from (select id, (substring(id from 13)::int * 37) % $2 as n from reports) r
      cross join (values ('figure:a', 1), ('figure:b', 2)) as f (figure_id, value)`,
    [nameKey("Gaza"), REPORTS],
  );
}

describe.each(engines())("compare's pages on %s", (engine) => {
  let h: Harness;
  let reader: string;
  beforeAll(async () => {
    h = await harness(engine);
    reader = await h.token("rita", "reader");
    await fill(h);
  });
  afterAll(() => h.close());

  const page = (query: string) => h.app.inject({ url: `/compare?where=Gaza&measure=killed${query}`, headers: auth(reader) });

  test("1,200 reports come back in three pages of 500, 500 and 200, oldest first, each once", async () => {
    const expected = (
      await h.db.query<{ report_id: string }>(
        "select report_id from compare_figures where figure_id = 'figure:a' order by published_on, report_id",
      )
    ).map((row) => row.report_id);
    expect(expected).not.toEqual([...expected].sort());
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const reply = await page(cursor ? `&cursor=${cursor}` : "");
      expect(reply.statusCode).toBe(200);
      const body = reply.json() as { rows: unknown[][]; reports: number; nextCursor: string | null };
      expect(body.reports).toBe(REPORTS);
      // Each report's figure of the least id, on whichever page the report falls.
      expect(new Set(body.rows.map((row) => row[2]))).toEqual(new Set([1]));
      seen.push(...body.rows.map((row) => String(row.at(-1))));
      sizes.push(body.rows.length);
      cursor = body.nextCursor;
      if (sizes.length > 3) break;
    }
    expect(sizes).toEqual([500, 500, 200]);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(REPORTS);
  });

  test("a limit from 1 to 1,000 sets the page; others are refused", async () => {
    const tiny = (await page("&limit=7")).json() as { rows: unknown[][]; nextCursor: string };
    expect(tiny.rows).toHaveLength(7);
    const next = (await page(`&limit=7&cursor=${tiny.nextCursor}`)).json() as { rows: unknown[][] };
    expect(next.rows[0]!.at(-1)).not.toBe(tiny.rows[6]!.at(-1));
    expect(((await page("&limit=1000")).json() as { rows: unknown[] }).rows).toHaveLength(1000);
    for (const limit of ["0", "1001", "ten"]) expect((await page(`&limit=${limit}`)).statusCode).toBe(400);
  });

  test("a cursor this server did not give is a 400 problem", async () => {
    const forged = [
      "not-a-cursor",
      Buffer.from(JSON.stringify(["2023-02-30", "report:bulk-0001"])).toString("base64url"),
      Buffer.from(JSON.stringify(["2023-02-03", "'; drop table reports; --"])).toString("base64url"),
      Buffer.from(JSON.stringify({ day: "2023-02-03", id: "report:bulk-0001" })).toString("base64url"),
    ];
    for (const cursor of forged) {
      const reply = await page(`&cursor=${encodeURIComponent(cursor)}`);
      expect(reply.statusCode).toBe(400);
      expect(reply.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(reply.json()).toMatchObject({ status: 400, detail: "cursor is not a nextCursor this server gave." });
    }
  });

  test("the OpenAPI document shows compare's cursor and limit", async () => {
    const doc = (await h.app.inject({ url: "/openapi.json" })).json() as {
      paths: Record<string, { get: { parameters: Array<{ name: string; schema: { maximum?: number; default?: number } }> } }>;
    };
    const params = doc.paths["/compare"]!.get.parameters;
    expect(params.map((p) => p.name)).toEqual(expect.arrayContaining(["where", "measure", "cursor", "limit"]));
    expect(params.find((p) => p.name === "limit")!.schema).toMatchObject({ maximum: 1000, default: 500 });
  });
});

// One published report still pages: a real row, not only the bulk ones.
test.each(engines())("a published report's compare on %s has no next page", async (engine) => {
  const h = await harness(engine);
  try {
    const editor = await h.token("erin", "editor");
    const report = reportAs("paged", "One report", "2023-10-20");
    await h.app.inject({
      method: "PUT",
      url: "/reports/report:paged",
      headers: { ...auth(editor), "content-type": "application/json" },
      payload: JSON.stringify(report),
    });
    const body = (await h.app.inject({ url: "/compare?where=Gaza&measure=killed", headers: auth(editor) })).json() as {
      rows: unknown[][];
      nextCursor: string | null;
    };
    expect(body.rows.map((row) => row.at(-1))).toEqual(["report:paged"]);
    expect(body.nextCursor).toBeNull();
  } finally {
    await h.close();
  }
});
