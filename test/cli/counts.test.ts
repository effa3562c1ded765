/** "1 statements" nowhere: a count outside the review says its noun in the right number. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { counted } from "../../src/model/count";

const root = join(__dirname, "..", "..");
jest.setTimeout(120_000); // the first call compiles the CLI when src/ changed

describe("counts", () => {
  it("say one noun for one and the plural for any other number", () => {
    expect(counted(1, "statement")).toBe("1 statement");
    expect(counted(0, "statement")).toBe("0 statements");
    expect(counted(1200, "figure")).toBe("1,200 figures");
    expect(counted(1, "person or group", "people and groups")).toBe("1 person or group");
    expect(counted(2, "person or group", "people and groups")).toBe("2 people and groups");
  });

  it("in an fx batch: a table of 1 row, of 3 rows", () => {
    const run = spawnSync(process.execPath, [join(root, "bin", "report-data.js"), "fx", "-"], {
      encoding: "utf8",
      input: 'FIGURES("Lebanon","attacks")\nFIGURES("Israel")\n',
      env: { ...process.env, COLUMNS: "120" },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("(a table of 1 row: run the formula alone to see it)");
    expect(run.stdout).toContain("(a table of 3 rows: run the formula alone to see it)");
  });
});
