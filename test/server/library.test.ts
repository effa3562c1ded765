import { extractDraft } from "../../src/extract";
import { auth, engines, harness, ORIGIN, reportAs, stopPostgres, type Harness } from "./support";

afterAll(stopPostgres);

describe.each(engines())("the team library on %s", (engine) => {
  let h: Harness;
  let editor: string;
  let reader: string;
  let admin: string;
  beforeAll(async () => {
    h = await harness(engine);
    [editor, reader, admin] = await Promise.all([h.token("erin", "editor"), h.token("rita", "reader"), h.token("ada", "admin")]);
  });
  afterAll(() => h.close());

  const publish = (report: unknown, headers: Record<string, string> = {}, token = editor) =>
    h.app.inject({
      method: "PUT",
      url: `/reports/${encodeURIComponent((report as { source: { id: string } }).source.id)}`,
      headers: { ...auth(token), "content-type": "application/json", ...headers },
      payload: JSON.stringify(report),
    });

  test("publish, get, search and compare round trip", async () => {
    const first = reportAs("gaza-one", "Toll rises in Gaza, says Zanzibarian envoy", "2023-10-20");
    const second = reportAs("gaza-two", "Second report on the toll", "2023-11-05");
    const created = await publish(first);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: "report:gaza-one", version: 1, created: true, publishedBy: "erin" });
    expect((await publish(second)).statusCode).toBe(201);

    const got = await h.app.inject({ url: "/reports/report:gaza-one", headers: auth(reader) });
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.json().report).toEqual(first);
    expect(got.json().publishedBy).toBe("erin");
    const again = await h.app.inject({ url: "/reports/report:gaza-one", headers: { ...auth(reader), "if-none-match": '"1"' } });
    expect(again.statusCode).toBe(304);

    const words = await h.app.inject({ url: "/reports?q=zanzibarian%20envoy", headers: auth(reader) });
    expect(words.json().reports.map((r: { id: string }) => r.id)).toEqual(["report:gaza-one"]);
    const byPlace = await h.app.inject({ url: "/reports?place=gaza&measure=killed&from=2023-11", headers: auth(reader) });
    expect(byPlace.json().reports.map((r: { id: string }) => r.id)).toEqual(["report:gaza-two"]);

    const page1 = await h.app.inject({ url: "/reports?limit=1", headers: auth(reader) });
    expect(page1.json().reports.map((r: { id: string }) => r.id)).toEqual(["report:gaza-two"]);
    const page2 = await h.app.inject({ url: `/reports?limit=1&cursor=${page1.json().nextCursor}`, headers: auth(reader) });
    expect(page2.json().reports.map((r: { id: string }) => r.id)).toEqual(["report:gaza-one"]);
    expect(page2.json().nextCursor).toBeNull();

    const compared = await h.app.inject({ url: "/compare?where=Gaza&measure=killed", headers: auth(reader) });
    expect(compared.statusCode).toBe(200);
    const table = compared.json();
    expect(table.header).toContain("matched");
    expect(table.rows.map((row: unknown[]) => row[row.length - 1])).toEqual(["report:gaza-one", "report:gaza-two"]);
    expect(table.rows[0][0]).toBe("Toll rises in Gaza, says Zanzibarian envoy");
  });

  test("a stale If-Match gets 412 with both versions, and an overwrite without If-Match is refused", async () => {
    const report = reportAs("contested", "Contested");
    expect((await publish(report)).statusCode).toBe(201);
    const [a, b] = [
      publish({ ...report, source: { ...report.source, title: "Editor A" } }, { "if-match": '"1"' }),
      publish({ ...report, source: { ...report.source, title: "Editor B" } }, { "if-match": '"1"' }),
    ];
    const answers = await Promise.all([a, b]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const conflict = answers.find((r) => r.statusCode === 412)!;
    expect(conflict.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(conflict.json()).toMatchObject({ currentVersion: 2, yourVersion: 1 });
    expect((await publish(report)).statusCode).toBe(428);
    const got = await h.app.inject({ url: "/reports/report:contested", headers: auth(reader) });
    expect(got.json().version).toBe(2);
  });

  test("a retried publish with the same Idempotency-Key is applied once", async () => {
    const report = reportAs("retried", "Retried");
    const key = { "idempotency-key": "3f0c6a4e-retry-once" };
    const answers = [await publish(report, key), await publish(report, key)];
    expect(answers.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(answers[1]!.json()).toMatchObject({ version: 1, replayed: true });
    const [versions] = await h.db.query<{ n: string }>("select count(*)::text as n from report_versions where report_id = $1", [
      "report:retried",
    ]);
    expect(versions!.n).toBe("1");
    const other = await publish({ ...report, source: { ...report.source, title: "Different" } }, key);
    expect(other.statusCode).toBe(422);
  });

  test("a reader cannot write, a revoked token cannot read, only admins withdraw", async () => {
    const report = reportAs("guarded", "Guarded");
    expect((await publish(report, {}, reader)).statusCode).toBe(403);
    expect((await publish(report)).statusCode).toBe(201);
    expect((await h.app.inject({ method: "DELETE", url: "/reports/report:guarded", headers: auth(editor) })).statusCode).toBe(
      403,
    );
    const withdrawn = await h.app.inject({ method: "DELETE", url: "/reports/report:guarded", headers: auth(admin) });
    expect(withdrawn.json()).toMatchObject({ withdrawnBy: "ada" });
    expect((await h.app.inject({ url: "/reports/report:guarded", headers: auth(reader) })).statusCode).toBe(404);

    const short = await h.tokens.create("sam", "reader");
    expect((await h.app.inject({ url: "/reports", headers: auth(short.token) })).statusCode).toBe(200);
    await h.tokens.revoke({ id: short.id });
    const refused = await h.app.inject({ url: "/reports", headers: auth(short.token) });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers["content-type"]).toMatch(/problem\+json/);
    expect((await h.app.inject({ url: "/reports" })).statusCode).toBe(401);
  });

  test("malformed, invalid, oversized, deeply nested and hostile JSON get 400 (or 413) and write nothing", async () => {
    const count = async () => Number((await h.db.query<{ n: string }>("select count(*)::text as n from report_versions"))[0]!.n);
    const before = await count();
    const raw = (payload: string) =>
      h.app.inject({
        method: "PUT",
        url: "/reports/report:bad",
        headers: { ...auth(editor), "content-type": "application/json" },
        payload,
      });
    const malformed = await raw("{ not json");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().stack).toBeUndefined();
    const invalid = reportAs("bad", "Bad") as unknown as { figures: Array<Record<string, unknown>> };
    invalid.figures[0]!.measure = 42;
    const checked = await publish(invalid);
    expect(checked.statusCode).toBe(400);
    expect(checked.json().problems.join("\n")).toMatch(/figures\.0\.measure/);
    const dangling = reportAs("bad", "Bad");
    dangling.figures[0]!.subject.id = "place:nowhere";
    expect((await publish(dangling)).json().problems.join("\n")).toMatch(/no place 'place:nowhere'/);
    expect((await raw(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).statusCode).toBe(400);
    expect((await raw(`{"__proto__": {"admin": true}, "source": {}}`)).statusCode).toBe(400);
    const big = reportAs("bad", "Bad");
    big.source = { ...big.source, title: "x".repeat(5 * 1024 * 1024) };
    expect((await publish(big)).statusCode).toBe(413);
    expect(await count()).toBe(before);
  });

  test("SQL and header injection in every parameter are data, never SQL or headers", async () => {
    const hostile = [
      "' or 1=1 --",
      "'); drop table reports; --",
      "\\'; select pg_sleep(5); --",
      "%' union select * from tokens --",
    ];
    for (const text of hostile) {
      const q = encodeURIComponent(text);
      for (const url of [`/reports?q=${q}`, `/reports?place=${q}`, `/reports?measure=${q}`, `/compare?where=${q}&measure=${q}`]) {
        const answer = await h.app.inject({ url, headers: auth(reader) });
        expect(answer.statusCode).toBe(200);
        expect(JSON.stringify(answer.json())).not.toMatch(/salt|hash/);
      }
      for (const url of [`/reports?from=${q}`, `/reports?cursor=${q}`, `/reports/${q}`]) {
        expect((await h.app.inject({ url, headers: auth(reader) })).statusCode).toBeGreaterThanOrEqual(400);
      }
    }
    expect((await h.db.query("select 1 from reports limit 1")).length).toBe(1);
    const report = reportAs("headers", "Headers");
    expect(
      (await publish(report, { "idempotency-key": "abc\r\nset-cookie: x=1" }).catch(() => ({ statusCode: 400 }))).statusCode,
    ).toBe(400);
    expect((await publish(report, { "if-match": '"1" or 1=1' })).statusCode).toBe(400);
    const withdrawn = await h.app.inject({
      method: "DELETE",
      url: `/reports/${encodeURIComponent("report:x' or '1'='1")}`,
      headers: auth(admin),
    });
    expect(withdrawn.statusCode).toBe(400);
  });

  test("CORS admits the add-in's origin only", async () => {
    const preflight = (origin: string) =>
      h.app.inject({ method: "OPTIONS", url: "/reports", headers: { origin, "access-control-request-method": "GET" } });
    expect((await preflight(ORIGIN)).headers["access-control-allow-origin"]).toBe(ORIGIN);
    const other = await preflight("https://evil.example");
    expect(other.statusCode).toBe(403);
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    const read = await h.app.inject({ url: "/reports", headers: { ...auth(reader), origin: "https://evil.example" } });
    expect(read.statusCode).toBe(403);
  });

  test("a draft is kept for review as a draft: an editor submits it, search and compare never see it", async () => {
    const draft = extractDraft("Officials said 40 people were killed in Gaza on Monday.", {
      title: "Unreviewed wire draft",
      published: "2024-03-04",
    });
    const submit = (body: unknown, token = editor) =>
      h.app.inject({
        method: "POST",
        url: "/drafts",
        headers: { ...auth(token), "content-type": "application/json" },
        payload: JSON.stringify(body),
      });
    const submitted = await submit(draft);
    expect(submitted.statusCode).toBe(201);
    expect(submitted.json()).toMatchObject({ state: "draft", submittedBy: "erin", title: "Unreviewed wire draft" });
    expect((await submit(draft, reader)).statusCode).toBe(403);
    const invalid = await submit({ ...draft, figures: "none" });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().problems).toEqual([expect.stringMatching(/^figures: /)]);
    const listed = await h.app.inject({ url: "/drafts", headers: auth(reader) });
    expect(listed.json().drafts.map((d: { id: string }) => d.id)).toEqual([submitted.json().id]);
    const search = await h.app.inject({ url: "/reports?q=unreviewed%20wire", headers: auth(reader) });
    expect(search.json().reports).toEqual([]);
    const compared = await h.app.inject({ url: "/compare?where=Gaza&measure=killed", headers: auth(reader) });
    expect(compared.json().rows.map((row: unknown[]) => row[0])).not.toContain("Unreviewed wire draft");
  });

  test("the OpenAPI document describes every route from the zod schemas", async () => {
    const doc = (await h.app.inject({ url: "/openapi.json" })).json();
    expect(Object.keys(doc.paths).sort()).toEqual(["/compare", "/drafts", "/health", "/reports", "/reports/{id}"]);
    expect(doc.paths["/drafts"].post.requestBody.content["application/json"].schema.$ref).toBe(
      "#/components/schemas/DraftReport",
    );
    expect(doc.paths["/reports"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["q", "place", "cursor"]),
    );
    expect(doc.components.schemas.Report.properties.figures.type).toBe("array");
    expect((await h.app.inject({ url: "/health" })).json()).toMatchObject({ status: "ok", database: engine });
  });
});

describe("brute force", () => {
  test("guessing tokens is rate-limited per address", async () => {
    const h = await harness("pglite", { failedAuthentications: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const guess = `rdl_${"0".repeat(15)}${i}_${"a".repeat(43)}`;
      statuses.push((await h.app.inject({ url: "/reports", headers: auth(guess) })).statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    const limited = await harness("pglite", { perAddress: 3 });
    const token = await limited.token("rita", "reader");
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push((await limited.app.inject({ url: "/reports", headers: auth(token) })).statusCode);
    expect(answers).toEqual([200, 200, 200, 429, 429]);
    await h.close();
    await limited.close();
  });
});
