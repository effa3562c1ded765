/**
 * `npm run build` is the build that gets published: it needs a public https address, and what it
 * writes into dist/ carries no trace of the dev server.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest } from "../../src/cli/manifest-check";
import { rootDir } from "../support/dist";
import { inlineHashes, linksOf } from "../support/built-page";

const PUBLIC_URL = "https://addins.example.org/report-data/";
const SUPPORT_CONTACT = "help@newsroom.example.org";
const PRIVACY_URL = "https://newsroom.example.org/privacy";

function build(env: Record<string, string | undefined>, out: string) {
  const webpack = join(rootDir, "node_modules", "webpack", "bin", "webpack.js");
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  return spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
    cwd: rootDir,
    env: childEnv,
    encoding: "utf8",
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("npm run build (production)", () => {
  it("stops with a clear error when ADDIN_PUBLIC_URL is not set, instead of writing localhost URLs", () => {
    const out = mkdtempSync(join(tmpdir(), "report-build-"));
    const result = build({ ADDIN_PUBLIC_URL: undefined }, out);
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/A production build needs a public URL\. Set ADDIN_PUBLIC_URL/);
    expect(readdirSync(out).filter((f) => f === "manifest.xml")).toEqual([]);
  });

  it("refuses an address that is not public https", () => {
    for (const url of ["http://addins.example.org/", "https://localhost:3000/"]) {
      const result = build({ ADDIN_PUBLIC_URL: url }, mkdtempSync(join(tmpdir(), "report-build-")));
      expect([url, result.status === 0]).toEqual([url, false]);
      expect(`${result.stdout}${result.stderr}`).toMatch(/ADDIN_PUBLIC_URL/);
    }
  });

  describe("with a public URL", () => {
    const out = mkdtempSync(join(tmpdir(), "report-build-"));
    beforeAll(() => {
      const result = build({ ADDIN_PUBLIC_URL: PUBLIC_URL, SUPPORT_CONTACT, PRIVACY_URL, LIBRARY_URL: undefined }, out);
      if (result.status !== 0) throw new Error(`the production build failed:\n${result.stderr}`);
    }, 240_000);

    it("carries no localhost address anywhere in dist/ (manifest, CSP, scripts)", () => {
      // An address (//localhost, localhost:3000, 127.0.0.1/): the team client's loopback check names the bare hosts.
      const address = /\/\/(localhost|127\.0\.0\.1)|(localhost|127\.0\.0\.1)[:/]/;
      const hits = files(out).filter((file) => address.test(readFileSync(file, "latin1")));
      expect(hits.map((file) => file.slice(out.length + 1))).toEqual([]);
    });

    it("writes a manifest that points only at the public URL and passes the offline store checks", async () => {
      const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
      expect(manifest).toContain(`<SourceLocation DefaultValue="${PUBLIC_URL}taskpane.html"/>`);
      expect(manifest).toMatch(/<Version>1\.0\.0\.0<\/Version>/);
      expect(manifest).toContain(`<SupportUrl DefaultValue="${PUBLIC_URL}support.html"/>`);
      expect(await checkManifest(join(out, "manifest.xml"), out, PUBLIC_URL)).toEqual([]);
    });

    it("without LIBRARY_URL, lets the pane connect to its own origin only and names no AppDomain", () => {
      expect(/connect-src ([^;"]*)/.exec(readFileSync(join(out, "taskpane.html"), "utf8"))?.[1]?.trim()).toBe("'self'");
      expect(readFileSync(join(out, "manifest.xml"), "utf8")).toContain("<AppDomains/>");
    });

    it("ships a support page that is not the task pane, with the contact and privacy link it was built with", () => {
      const support = readFileSync(join(out, "support.html"), "utf8");
      expect(support).toMatch(/<h1>Report Data — help<\/h1>/);
      expect(support).not.toMatch(/<script/);
      expect(linksOf(support)).toEqual([
        { href: `mailto:${SUPPORT_CONTACT}`, text: SUPPORT_CONTACT },
        { href: PRIVACY_URL, text: PRIVACY_URL },
      ]);
      expect(support).not.toMatch(/example\.invalid|Placeholder|\{\{/);
    });

    it("allows the inline script and style by the hashes of the bytes the minified page carries", () => {
      const { scripts, scriptAllowed, styleAllowed } = inlineHashes(readFileSync(join(out, "taskpane.html"), "utf8"));
      expect(scripts).toHaveLength(1);
      expect({ scriptAllowed, styleAllowed }).toEqual({ scriptAllowed: [true], styleAllowed: [true] });
    });
  });
});
