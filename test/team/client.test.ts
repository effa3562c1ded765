/**
 * The team library's client and REPORT.COMPARE's "team" scope, against a real library server listening on loopback
 * (in this process, PGlite in memory): bounded waits, problem+json as sentences, If-Match and Idempotency-Key.
 */
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { createFunctions } from "../../src/functions/functions";
import { FunctionRuntime } from "../../src/functions/runtime";
import { extractDraft } from "../../src/extract";
import { Library } from "../../src/query";
import { TeamClient, TeamLibraryError, libraryUrl } from "../../src/team/client";
import { bundledReport, libraryOnLoopback, reportAs } from "../server/support";

const library = libraryOnLoopback();
let url: string;
let editor: string;
let reader: string;
beforeAll(() => ({ url, editor, reader } = library));

/** A port on loopback where nothing listens: a connection there is refused. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/** A server that accepts connections and never answers. */
async function silentServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(() => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const failureOf = async (work: Promise<unknown>): Promise<TeamLibraryError> => {
  try {
    await work;
  } catch (error) {
    if (error instanceof TeamLibraryError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
};

describe("the team library client", () => {
  it("publishes, gets the version, searches and compares, each reply checked with the server's schemas", async () => {
    const client = new TeamClient(url, editor);
    expect(await client.health()).toEqual({ status: "ok", database: "pglite", reports: 0 });
    const published = await client.publish(reportAs("client-one", "Client's first report", "2023-10-20"));
    expect(published).toMatchObject({ id: "report:client-one", version: 1, created: true, publishedBy: "erin" });
    const got = await new TeamClient(url, reader).get("report:client-one");
    expect(got.version).toBe(1);
    expect((got.report as { source: { title: string } }).source.title).toBe("Client's first report");
    const found = await client.search({ q: "first report" });
    expect(found.reports.map((r) => r.id)).toEqual(["report:client-one"]);
    const compared = await client.compare("Gaza", "killed");
    expect(compared.rows.map((row) => row[row.length - 1])).toEqual(["report:client-one"]);
  });

  it("sends If-Match: a stale version gets the conflict as a sentence with both versions and what to do", async () => {
    const client = new TeamClient(url, editor);
    const report = reportAs("client-conflict", "Conflicted");
    await client.publish(report);
    await client.publish({ ...report, source: { ...report.source, title: "Someone else's edit" } }, 1);
    const conflict = await failureOf(client.publish({ ...report, source: { ...report.source, title: "Mine" } }, 1));
    expect(conflict.status).toBe(412);
    expect(conflict.problem).toMatchObject({ currentVersion: 2, yourVersion: 1 });
    expect(conflict.message).toBe(
      "Conflict: someone published version 2 since you started from version 1; nothing was overwritten. " +
        "Add version 2 to the workbook, redo your changes on it, and publish again.",
    );
    const overwrite = await failureOf(client.publish(report));
    expect(overwrite.status).toBe(428);
    expect(overwrite.message).toMatch(/already has this report \(version 2\)/);
    expect((await client.get("report:client-conflict")).version).toBe(2);
  });

  it("retries a publish whose answer was lost with the same Idempotency-Key: applied once", async () => {
    const keys: string[] = [];
    let calls = 0;
    const losingFirstAnswer: typeof fetch = async (input, init) => {
      keys.push(new Headers(init?.headers).get("idempotency-key") ?? "");
      const response = await fetch(input, init);
      if (++calls === 1) throw new TypeError("fetch failed"); // the server applied it; the answer never arrived
      return response;
    };
    const client = new TeamClient(url, editor, { fetch: losingFirstAnswer });
    const answer = await client.publish(reportAs("client-retried", "Retried"));
    expect(answer).toMatchObject({ version: 1, replayed: true });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect((await client.get("report:client-retried")).version).toBe(1);
  });

  it("says what a refused token, an unreachable server and a silent one mean", async () => {
    const refused = await failureOf(new TeamClient(url, "rd_not-a-token").search());
    expect(refused.status).toBe(401);
    expect(refused.message).toMatch(/^The team library at http:\/\/127\.0\.0\.1:\d+ refused the token: .* Ask its admin/);
    const forbidden = await failureOf(new TeamClient(url, reader).publish(reportAs("by-reader", "Reader")));
    expect(forbidden.message).toMatch(/needs the editor role/);

    const offline = await failureOf(new TeamClient(await closedPort(), reader).search());
    expect([offline.kind, offline.unreachable]).toEqual(["offline", true]);
    expect(offline.message).toMatch(/cannot be reached \(.*ECONNREFUSED.*\)/);

    const silent = await silentServer();
    try {
      const timeout = await failureOf(new TeamClient(silent.url, reader, { timeoutMs: 300 }).search());
      expect([timeout.kind, timeout.unreachable, timeout.message]).toEqual([
        "timeout",
        true,
        `The team library at ${silent.url} did not answer within 0.3 s.`,
      ]);
    } finally {
      silent.server.close();
    }
  });

  it("refuses an address that would send the token in clear", () => {
    expect(() => libraryUrl("http://library.example.org")).toThrow(/not https/);
    expect(libraryUrl("https://library.example.org/team/")).toBe("https://library.example.org/team");
    expect(libraryUrl("http://127.0.0.1:3100")).toBe("http://127.0.0.1:3100");
  });

  it("submits an extractor's draft as a draft for review: listed as a draft, never searched or compared", async () => {
    const client = new TeamClient(url, editor);
    const draft = extractDraft("Officials said 12 people were killed in Gaza on Monday.", {
      title: "Draft from the wire",
      published: "2024-01-08",
    });
    const submitted = await client.submitDraft(draft);
    expect(submitted).toMatchObject({ state: "draft", submittedBy: "erin", title: "Draft from the wire" });
    expect(submitted.id).toMatch(/^draft:\d+$/);
    const listed = await library.h.app.inject({ url: "/drafts", headers: { authorization: `Bearer ${reader}` } });
    expect(listed.json().drafts.map((d: { id: string }) => d.id)).toContain(submitted.id);
    expect((await client.search({ q: "wire" })).reports).toEqual([]);
    expect((await client.compare("Gaza", "killed")).rows.map((row) => row[0])).not.toContain("Draft from the wire");
    const notADraft = await failureOf(client.submitDraft({ source: { id: "report:x" } } as never));
    expect(notADraft.status).toBe(400);
    expect(notADraft.message).toMatch(/problem\(s\) in the draft; nothing was written/);
  });

  /** fetch, with compare asked one row a page, and each compare URL noted (`beforePage` runs before each). */
  const onePerPage = (urls: string[], beforePage: (page: number) => void = () => undefined): typeof fetch =>
    (async (input: string | URL | Request, init?: RequestInit) => {
      const asked = String(input);
      if (!asked.includes("/compare?")) return fetch(input, init);
      urls.push(asked);
      beforePage(urls.length);
      return fetch(`${asked}&limit=1`, init);
    }) as typeof fetch;

  it("follows compare's pages to the last, within one wait, and says how far it got when the wait runs out", async () => {
    const client = new TeamClient(url, editor);
    await client.publish(reportAs("client-paged-a", "Paged A", "2023-12-01"));
    await client.publish(reportAs("client-paged-b", "Paged B", "2023-12-02"));
    const whole = await client.compare("Gaza", "killed");
    expect(whole.rows.length).toBeGreaterThanOrEqual(3);
    expect(whole.nextCursor).toBeNull();

    const urls: string[] = [];
    const paged = await new TeamClient(url, reader, { fetch: onePerPage(urls) }).compare("Gaza", "killed");
    expect(paged).toEqual(whole);
    expect(urls).toHaveLength(whole.rows.length);
    expect(urls.filter((u) => u.includes("cursor="))).toHaveLength(whole.rows.length - 1);

    const wait = new AbortController();
    const late = new TeamClient(url, reader, { fetch: onePerPage([], (page) => page === 2 && wait.abort()) });
    const failure = await failureOf(late.compare("Gaza", "killed", wait.signal));
    expect(failure.kind).toBe("timeout");
    expect(failure.unreachable).toBe(true);
    expect(failure.message).toMatch(/gave 1 row of this compare, and more were still to come when the wait ran out/);

    // The wait running out while a reply's body is read is a timeout too, not a reply that makes no sense.
    const reading = new AbortController();
    const slowBody = (async (input: string | URL | Request, init?: RequestInit) => {
      const response = await fetch(input, init);
      reading.abort();
      return response;
    }) as typeof fetch;
    const cut = await failureOf(new TeamClient(url, reader, { fetch: slowBody }).compare("Gaza", "killed", reading.signal));
    expect([cut.kind, cut.message]).toEqual(["timeout", `The team library at ${url} did not answer in time.`]);
  });
});

describe('REPORT.COMPARE(where, measure, , "team")', () => {
  const workbookOnly = () => {
    const report = reportAs("workbook-only", "Only in this workbook", "2023-12-01");
    return new FunctionRuntime(new Library([{ report, origin: "workbook" }]));
  };
  const compareIn = (runtime: FunctionRuntime, scope: unknown = "team") =>
    (createFunctions(runtime).COMPARE as (...args: unknown[]) => unknown)("Gaza", "killed", undefined, scope);
  const lastColumn = (rows: unknown[][]) => rows.slice(1).map((row) => row[row.length - 1]);

  it("answers from the team library's reports, which the workbook does not hold", async () => {
    const runtime = workbookOnly();
    runtime.team = new TeamClient(url, reader);
    const rows = (await compareIn(runtime)) as unknown[][];
    expect(rows[0]).toEqual(createFunctions(runtime).COMPARE("Gaza", "killed")[0]);
    expect(lastColumn(rows)).toContain("report:client-one");
    expect(lastColumn(rows)).not.toContain("report:workbook-only");
  });

  it("falls back to the workbook's reports when the library cannot be reached, and says so in its last row", async () => {
    const runtime = workbookOnly();
    runtime.team = new TeamClient(await closedPort(), reader);
    const rows = (await compareIn(runtime)) as unknown[][];
    expect(lastColumn(rows)[0]).toBe("report:workbook-only");
    const note = rows[rows.length - 1]!;
    expect(note[0]).toMatch(
      /^Not from the team library: The team library at .* cannot be reached \(.*ECONNREFUSED.*\)\. These rows are this workbook's reports only\.$/,
    );
    expect(note.slice(1).every((cell) => cell === "")).toBe(true);
  });

  it("says so too when no team library is connected", async () => {
    const rows = (await compareIn(workbookOnly())) as unknown[][];
    expect(rows[rows.length - 1]![0]).toMatch(
      /^Not from the team library: no team library is connected: Reports › Team library connects one\. These rows/,
    );
  });

  it("is #VALUE! with the server's reason when it refuses, and #N/A when none of its reports gives the figure", async () => {
    const refused = workbookOnly();
    refused.team = new TeamClient(url, "rd_revoked");
    await expect(compareIn(refused)).rejects.toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/refused the token/),
    });
    const connected = workbookOnly();
    connected.team = new TeamClient(url, reader);
    const none = (createFunctions(connected).COMPARE as (...args: unknown[]) => unknown)("Atlantis", "killed", undefined, "team");
    await expect(none).rejects.toMatchObject({
      code: "#N/A",
      message: expect.stringMatching(/^None of the \d+ reports in the team library gives a killed figure for Atlantis\.$/),
    });
  });

  it("takes the workbook scope by default and refuses an unknown scope at once", () => {
    const runtime = workbookOnly();
    expect(lastColumn(compareIn(runtime, "") as unknown[][])).toEqual(["report:workbook-only"]);
    expect(() => compareIn(runtime, "teams")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });

  it("is the same bundled figure as the workbook scope gives", () => {
    const bundled = new FunctionRuntime(new Library([{ report: bundledReport(), origin: "bundled" }]));
    expect(compareIn(bundled, "workbook")).toEqual(createFunctions(bundled).COMPARE("Gaza", "killed"));
  });
});
