/**
 * Scenario: a lookup-heavy recalculation. 100,000 REPORT.CASUALTIES calls over a fixed mix of
 * aliases, against a bare Map.get over the same keys in the same run.
 */
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { casualties, mapSide, MIX } from "./lookups-sides";

const CALLS = 100_000;
const ROUNDS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => number, rounds = ROUNDS): { ms: number; checksum: number } {
  const samples: number[] = [];
  let checksum = 0;
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    checksum = run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(samples), checksum };
}

/**
 * Instructions per call of each side, counted by callgrind (valgrind --tool=callgrind): a timed ratio of two loops of
 * a few milliseconds moves with the machine's load, a count does not. Each side runs twice in its own process, at two
 * call counts, so what the process does besides the loop (start-up, the first calls' compilation) cancels out.
 */
function countedInstructions(): { functions: number; map: number } | { unavailable: string } {
  const valgrind = spawnSync("valgrind", ["--version"], { encoding: "utf8" });
  if (valgrind.status !== 0) return { unavailable: "valgrind is not installed" };
  const script = join(mkdtempSync(join(tmpdir(), "lookups-count-")), "lookups.js");
  buildSync({
    entryPoints: [join(__dirname, "lookups-count.ts")],
    bundle: true,
    platform: "node",
    outfile: script,
    logLevel: "silent",
  });
  const collected = (side: string, calls: number) => {
    const run = spawnSync(
      "valgrind",
      [
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        "--smc-check=all-non-file",
        process.execPath,
        // V8 without background threads or time-driven choices: the counts repeat to within 0.2% run to run
        // (without it the Map.get side read 74 to 193 instructions per call on one build).
        "--predictable",
        script,
        side,
        String(calls),
      ],
      { encoding: "utf8", maxBuffer: 1 << 26 },
    );
    const count = /Collected\s*:\s*(\d+)/.exec(run.stderr)?.[1];
    if (run.status !== 0 || !count) throw new Error(`callgrind did not count ${side}: ${run.stderr.slice(-400)}`);
    return Number(count);
  };
  const perCall = (side: string) => (collected(side, COUNTED_CALLS * 2) - collected(side, COUNTED_CALLS)) / COUNTED_CALLS;
  return { functions: perCall("functions"), map: perCall("map") };
}

/** Calls per counted run (the second run makes twice as many): enough for the loop to dwarf the noise of a process. */
const COUNTED_CALLS = 200_000;

export function lookupsBench(): {
  name: string;
  lines: string[];
  ratio: number;
  checks: Array<{ figure: string; value: number; unit: string; target: number }>;
} {
  const { keys, values: baseline } = mapSide();

  const callFunctions = () => {
    let sum = 0;
    for (let i = 0; i < CALLS; i++) {
      const [where, measure] = MIX[i % MIX.length]!;
      sum += casualties(where, measure) as number;
    }
    return sum;
  };
  const callMapGet = () => {
    let sum = 0;
    for (let i = 0; i < CALLS; i++) sum += baseline.get(keys[i % keys.length]!)!;
    return sum;
  };
  // Rounds alternate between the two loops, so both see the same machine; the ratio is the median of the rounds'.
  const rounds = Array.from({ length: ROUNDS }, () => {
    const f = time(callFunctions, 1);
    const m = time(callMapGet, 1);
    if (f.checksum !== m.checksum) throw new Error("the two loops disagree on the values");
    return { f: f.ms, m: m.ms, ratio: f.ms / m.ms };
  });
  const functions = { ms: median(rounds.map((r) => r.f)) };
  const mapGet = { ms: median(rounds.map((r) => r.m)) };
  const ratio = median(rounds.map((r) => r.ratio));

  // Worst case: every call a spelling not seen before (padding varies), so each is resolved
  // through the alias indexes rather than answered from the per-argument memo.
  const unseen = Array.from({ length: 10_000 }, (_, i) => {
    const [where, measure] = MIX[i % MIX.length]!;
    return [`${" ".repeat(1 + (i % 97))}${where}${" ".repeat(1 + Math.floor(i / 97))}`, measure] as const;
  });
  const cold = time(() => {
    let sum = 0;
    for (const [where, measure] of unseen) sum += casualties(where, measure) as number;
    return sum;
  }, 1);
  const counted = countedInstructions();
  const countedRatio = "unavailable" in counted ? undefined : counted.functions / counted.map;
  return {
    name: "lookups",
    ratio,
    // The target applies to the counted ratio; the timed one is printed beside it.
    checks:
      countedRatio === undefined
        ? [{ figure: "REPORT.CASUALTIES / Map.get (timed: valgrind missing)", value: ratio, unit: "x", target: 5 }]
        : [{ figure: "REPORT.CASUALTIES / Map.get (instructions)", value: countedRatio, unit: "x", target: 5 }],
    lines: [
      "unavailable" in counted
        ? `instructions: not counted (${counted.unavailable})`
        : `instructions per call (callgrind): REPORT.CASUALTIES ${counted.functions.toFixed(0)}, Map.get ${counted.map.toFixed(0)}; ratio ${countedRatio!.toFixed(2)}x`,
      `timed ratio: ${ratio.toFixed(2)}x`,
      `REPORT.CASUALTIES x ${CALLS.toLocaleString("en-US")} (mixed aliases): ${functions.ms.toFixed(1)} ms (median of ${ROUNDS})`,
      `Map.get x ${CALLS.toLocaleString("en-US")} over the same keys:        ${mapGet.ms.toFixed(1)} ms`,
      `ratio: median of ${ROUNDS} alternating rounds`,
      `unseen spellings (alias index, no memo): ${((cold.ms / unseen.length) * 1000).toFixed(2)} µs per call (${unseen.length.toLocaleString("en-US")} calls)`,
    ],
  };
}
