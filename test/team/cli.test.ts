/**
 * The CLI against a real team library on loopback (in this process, PGlite in memory): `fx --library-url --token`
 * answers COMPARE(…, "team") from it; `extract --publish` submits a draft for review, never a reviewed report.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { libraryOnLoopback, reportAs, type Harness } from "../server/support";

const root = join(__dirname, "..", "..");
jest.setTimeout(120_000);

/** Runs a CLI command with tsx, without blocking this process (the server answering it runs here). */
const cli = (command: string, args: string[]) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "src", "cli", `${command}.ts`), ...args],
      { encoding: "utf8", env: { ...process.env, COLUMNS: "", LIBRARY_TOKEN: "" } },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });

const library = libraryOnLoopback();
let h: Harness;
let url: string;
let editor: string;
let reader: string;

beforeAll(async () => {
  ({ h, url, editor, reader } = library);
  const publish = (id: string, title: string, published: string) =>
    h.app.inject({
      method: "PUT",
      url: `/reports/report:${id}`,
      headers: { authorization: `Bearer ${editor}`, "content-type": "application/json" },
      payload: JSON.stringify(reportAs(id, title, published)),
    });
  await publish("cli-team-one", "Team toll, October", "2023-10-20");
  await publish("cli-team-two", "Team toll, November", "2023-11-05");
});

describe("fx with a team library", () => {
  it('answers COMPARE("Gaza","killed",,"team") from the library: its two reports, oldest first', async () => {
    const result = await cli("fx", ["--json", "--library-url", url, "--token", reader, 'COMPARE("Gaza","killed",,"team")']);
    expect(result.stderr).toBe("");
    const rows = JSON.parse(result.stdout) as unknown[][];
    expect(rows.slice(1).map((row) => row[row.length - 1])).toEqual(["report:cli-team-one", "report:cli-team-two"]);
    expect(result.status).toBe(0);
  });

  it("answers from the bundled report, and says so, when the library cannot be reached", async () => {
    const result = await cli("fx", [
      "--json",
      "--library-url",
      "http://127.0.0.1:9",
      "--token",
      reader,
      'COMPARE("Gaza","killed",,"team")',
    ]);
    const rows = JSON.parse(result.stdout) as unknown[][];
    expect(rows[1]![rows[1]!.length - 1]).toBe("report:iran-hamas-2023-10");
    expect(String(rows[rows.length - 1]![0])).toMatch(
      /^Not from the team library: The team library at http:\/\/127\.0\.0\.1:9 cannot be reached/,
    );
  });

  it("refuses --library-url without a token, and an http address off this machine, in one line, exit 2", async () => {
    const noToken = await cli("fx", ["--library-url", url, 'COMPARE("Gaza","killed",,"team")']);
    expect([noToken.status, noToken.stderr.trim().split("\n")]).toEqual([
      2,
      ["fx: --library-url needs --token (or LIBRARY_TOKEN) (npx report-data fx --help lists the options)."],
    ]);
    const clear = await cli("fx", ["--library-url", "http://library.example.org", "--token", reader, "REPORTS()"]);
    expect(clear.status).toBe(2);
    expect(clear.stderr).toMatch(/^fx: http:\/\/library\.example\.org is not https: .*\n$/);
  });
});

describe("extract --publish", () => {
  it("submits the draft as a draft for review: the library lists it as a draft, and search does not see it", async () => {
    const article = join(root, "test", "extract", "articles", "ferry-meghna.txt");
    const result = await cli("extract", [
      article,
      "--published",
      "2024-02-26",
      "--title",
      "Ferry draft",
      "--publish",
      "--library-url",
      url,
      "--token",
      editor,
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).figures.length).toBeGreaterThan(0);
    expect(result.stderr).toMatch(
      /^extract: submitted to http:\/\/127\.0\.0\.1:\d+ as draft:\d+ \(draft, by erin\): a draft for review, not a reviewed report/m,
    );
    const drafts = await h.app.inject({ url: "/drafts", headers: { authorization: `Bearer ${reader}` } });
    expect(drafts.json().drafts).toEqual([
      expect.objectContaining({ title: "Ferry draft", state: "draft", submittedBy: "erin" }),
    ]);
    const search = await h.app.inject({ url: "/reports?q=ferry", headers: { authorization: `Bearer ${reader}` } });
    expect(search.json().reports).toEqual([]);
  });

  it("says why it was not submitted (a reader's token), exit 1; --publish without an address is a usage error", async () => {
    const article = join(root, "test", "extract", "articles", "ferry-meghna.txt");
    const refused = await cli("extract", [article, "--publish", "--library-url", url, "--token", reader]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/extract: not submitted: .*needs the editor role/);
    const usage = await cli("extract", [article, "--publish"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--publish needs --library-url and --token/);
  });
});
