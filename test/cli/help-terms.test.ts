/** `fx --help` lists the measures, places and speakers of the reports in use: the bundled one and any given. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reportTerms } from "../../src/cli/help";
import { report } from "../../src/dataset/report";
import { Library } from "../../src/query";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "report-data.js");
jest.setTimeout(120_000); // the first call compiles the CLI when src/ changed
const reportData = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, COLUMNS: "100" } });
const oneLine = (text: string) => text.replace(/\s+/g, " ");

describe("fx --help: the words of the reports in use", () => {
  it("come from the bundled report's figures and statements", () => {
    const terms = reportTerms(new Library([{ report, origin: "bundled" }]).list());
    expect(terms.measures).toEqual([
      "killed",
      "injured",
      "hostages",
      "rockets launched",
      "attacks",
      "funding",
      "casualties (killed and injured together)",
    ]);
    expect(terms.places).toEqual(expect.arrayContaining(["Gaza Strip", "Israel", "West Bank", "Lebanon"]));
    expect(terms.speakers).toEqual(expect.arrayContaining(["Ali Khamenei", "Ismail Haniyeh"]));
    expect(terms.speakers).not.toContain("Qatar");
  });

  it("add a report given with --report: its own measures, places and speakers", () => {
    const dir = mkdtempSync(join(tmpdir(), "help-terms-"));
    const article = join(root, "test", "extract", "articles", "floods-punjab.txt");
    const extracted = reportData("extract", article, "--published", "2025-07-15");
    const draft = join(dir, "draft.json");
    writeFileSync(draft, extracted.stdout);
    const bundledOnly = oneLine(reportData("fx", "--help").stdout);
    expect(bundledOnly).toContain("In the report in use (Iran's leaders back Hamas");
    expect(bundledOnly).not.toMatch(/Measures .*displaced/);
    const help = reportData("fx", "--help", "--draft", "--report", draft);
    expect(help.status).toBe(0);
    const text = oneLine(help.stdout);
    expect(text).toMatch(/In the reports in use \(Iran's leaders .*; .*\):/);
    expect(text).toMatch(/Measures killed, injured, missing, displaced, .*evacuated/);
    expect(text).toMatch(/Places and groups .*Gaza Strip.*Punjab/);
    expect(text).toMatch(/Speakers .*Ali Khamenei.*Asif Mehmood Khan/);
    // The draft is still refused without --draft, in help as in a formula.
    expect(reportData("fx", "--help", "--report", draft).status).toBe(2);
  });
});
