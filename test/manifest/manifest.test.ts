import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startScripts } from "../../bench/bundle-size";
import { checkManifest } from "../../src/cli/manifest-check";
import { builtFunctionIds, distDir, rootDir } from "../support/dist";
import { inlineHashes } from "../support/built-page";

const manifest = readFileSync(join(rootDir, "manifest.xml"), "utf8");

/** A copy of the project's manifest and icons with one edit, to see the checks catch it. */
function edited(edit: (xml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  cpSync(join(rootDir, "assets"), join(dir, "assets"), { recursive: true });
  writeFileSync(join(dir, "manifest.xml"), edit(manifest));
  return join(dir, "manifest.xml");
}

describe("manifest.xml", () => {
  it("passes every offline check against the build: resids, shared runtime, namespace, icons, URLs", async () => {
    expect(await checkManifest(join(rootDir, "manifest.xml"), distDir)).toEqual([]);
  });

  it("is a shared-runtime Excel add-in with the REPORT namespace and a ribbon button", () => {
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Runtime resid="Shared.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("catches a resid without a resource", async () => {
    const path = edited((xml) => xml.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'));
    expect(await checkManifest(path)).toContain('resid "Group.Missing" on <Label> has no resource');
  });

  it("catches a FunctionFile apart from the shared runtime", async () => {
    const path = edited((xml) =>
      xml.replace('<FunctionFile resid="Shared.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
    );
    expect((await checkManifest(path)).join("\n")).toMatch(/must share one resid/);
  });

  it("catches what the store rejects: a version before 1.0.0.0, or not of four parts, and the task pane as SupportUrl", async () => {
    const path = edited((xml) =>
      xml
        .replace("<Version>1.0.0.0</Version>", "<Version>0.1.0</Version>")
        .replace(
          '<SupportUrl DefaultValue="https://localhost:3000/support.html"/>',
          '<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>',
        ),
    );
    const problems = (await checkManifest(path)).join("\n");
    expect(problems).toMatch(/Version must have four parts and start at 1.0.0.0, not '0.1.0'/);
    expect(problems).toMatch(/SupportUrl must be a support page, not the task pane/);
  });

  it("catches XML that is not well-formed", async () => {
    const path = edited((xml) => xml.replace("</Hosts>", ""));
    expect((await checkManifest(path))[0]).toMatch(/^not well-formed/);
  });

  it("catches an icon of the wrong size and a URL the build does not emit", async () => {
    const path = edited((xml) =>
      xml.replace("assets/icon-80.png", "assets/icon-64.png").replace("functions.json", "functions.jsn"),
    );
    const problems = (await checkManifest(path, distDir)).join("\n");
    expect(problems).toMatch(/icon https:\/\/localhost:3000\/assets\/icon-64.png is 64x64, the manifest says 80/);
    expect(problems).toMatch(/functions.jsn is not emitted by the build/);
  });
});

describe("the build", () => {
  it("emits functions.json generated from the JSDoc, with the generator's output", () => {
    expect(builtFunctionIds()).toContain("CASUALTIES");
  });

  it("loads the functions in the task pane page (one shared runtime) and registers them with Excel", () => {
    const html = readFileSync(join(distDir, "taskpane.html"), "utf8");
    // Inline and blocking, in the head, right after office.js: it registers the functions before the body is parsed.
    expect(html).toMatch(/office\.js"?><\/script>(<style>[^<]*<\/style>)?<script>(?:(?!<\/script>)[\s\S])+<\/script><\/head>/);
    expect(html).not.toMatch(/src="?(functions|taskpane)\.js/);
    expect(html).toMatch(/Content-Security-Policy/);
    // The head associates the ids of functions.json; the functions' chunk fills them in (the plugin's associate calls,
    // which the minifier rewrites: the registration browser test calls each one through the registry).
    const entry = /<script>((?:(?!<\/script>)[\s\S])+)<\/script><\/head>/.exec(html)![1]!;
    expect(entry).toContain(JSON.stringify(builtFunctionIds()));
    const chunk = readdirSync(distDir).find((f) => /^functions-runtime\.[0-9a-f]{8}\.js$/.test(f))!;
    const runtime = readFileSync(join(distDir, chunk), "utf8");
    for (const id of ["CASUALTIES", "FIGURES", "STATEMENT", "STATEMENTS", "WHO", "ACTOR", "EVENTS", "CARD"]) {
      expect(runtime).toContain(`"${id}"`);
    }
  });

  it("allows the page's one inline stylesheet and one inline script by their sha256 and nothing else inline", () => {
    const html = readFileSync(join(distDir, "taskpane.html"), "utf8");
    const { csp, styles, scripts, scriptAllowed, styleAllowed } = inlineHashes(html);
    expect({ styles: styles.length, scripts: scripts.length }).toEqual({ styles: 1, scripts: 1 });
    expect({ scriptAllowed, styleAllowed }).toEqual({ scriptAllowed: [true], styleAllowed: [true] });
    expect(csp).toMatch(/script-src 'self' 'sha256-[^']+' https:\/\/appsforoffice/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const style = styles[0]!;
    expect(style).toMatch(/\.ms-Fabric\{/);
  });

  it("keeps the validator out of the add-in's start-up bundles: it loads only to check a report being imported", () => {
    const startUp = [
      ...startScripts(distDir),
      { name: "functions.js", source: readFileSync(join(distDir, "functions.js"), "utf8") },
    ];
    expect(startUp.map((s) => s.name)).toContainEqual(expect.stringMatching(/^explorer\.[0-9a-f]{8}\.js$/));
    for (const { name, source } of startUp) expect([name, /ZodError/.test(source)]).toEqual([name, false]);
    const onDemand = readdirSync(distDir).filter((f) => f.endsWith(".js") && !startUp.some((s) => s.name === f));
    expect(onDemand.some((file) => /ZodError/.test(readFileSync(join(distDir, file), "utf8")))).toBe(true);
  });

  it("keeps the gazetteer out of start-up: an asset the extractor's worker fetches, named only by the extractor's code", () => {
    const startUp = [
      ...startScripts(distDir),
      { name: "functions.js", source: readFileSync(join(distDir, "functions.js"), "utf8") },
    ];
    for (const { name, source } of startUp)
      expect([name, /gazetteer\.tsv|The gazetteer could not be loaded/.test(source)]).toEqual([name, false]);
    expect(/gazetteer\.tsv/.test(readFileSync(join(distDir, "extract-worker.js"), "utf8"))).toBe(true);
    const asset = readFileSync(join(distDir, "gazetteer.tsv"), "utf8");
    expect(asset.slice(0, 200)).toMatch(/^# Generated by scripts\/gazetteer-asset\.js[^\n]*\n# GeoNames data/);
    expect(asset).toMatch(/^P\t1167528\tQuetta\tPK\t02\t/m);
  });
});
