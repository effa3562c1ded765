/**
 * Scenario: one `npx report-data fx` call (the compiled CLI through bin/report-data.js) against `node -e 0`, the
 * cost of starting Node at all. Median of runs; target: the call well under half a second more than bare Node.
 * Run alone with `npx tsx bench/cli.ts`.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..");
const RUNS = 9;
const TARGET_EXTRA_SECONDS = 0.3;

function medianSeconds(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

export function cliBench() {
  const bin = join(root, "bin", "report-data.js");
  spawnSync(process.execPath, [bin, "fx", "REPORTS()"], { cwd: root }); // compiles when src/ changed
  const bare = medianSeconds(["-e", "0"]);
  const call = medianSeconds([bin, "fx", 'CASUALTIES("Gaza","killed")']);
  return {
    name: "CLI: npx report-data fx (compiled) vs node -e 0",
    lines: [
      `node -e 0: ${bare.toFixed(3)} s`,
      `report-data fx 'CASUALTIES("Gaza","killed")': ${call.toFixed(3)} s (median of ${RUNS})`,
    ],
    checks: [{ figure: "fx call minus node -e 0", value: call - bare, unit: " s", target: TARGET_EXTRA_SECONDS }],
  };
}

if (require.main === module) {
  const result = cliBench();
  console.log(`== ${result.name}`);
  result.lines.forEach((line) => console.log(line));
  for (const c of result.checks)
    console.log(
      `${c.figure}: ${c.value.toFixed(2)}${c.unit} (target: at most ${c.target}${c.unit}) — ${c.value <= c.target ? "met" : "FALLS SHORT"}`,
    );
}
