/**
 * Scenario: a lookup-heavy recalculation. 100,000 REPORT.CASUALTIES calls over a fixed mix of
 * aliases, against a bare Map.get over the same keys in the same run.
 */
import { report } from "../src/dataset/report";
import { createFunctions } from "../src/functions/functions";
import { Library } from "../src/query";

const { CASUALTIES: casualties } = createFunctions(new Library([{ report, origin: "bundled" }]));

const CALLS = 100_000;
const ROUNDS = 15;
const MIX: Array<[string, string]> = [
  ["Gaza", "killed"],
  ["Gaza Strip", "injured"],
  ["the gaza strip", "dead"],
  ["Israel", "killed"],
  ["Israelis", "wounded"],
  ["Israel", "hostages"],
  ["Israel", "abducted"],
  ["West Bank", "killed"],
  ["the West Bank", "injured"],
  ["Lebanon", "killed"],
  ["Hamas operatives", "killed"],
  ["Hamas", "rockets"],
  ["Lebanese territory", "attacks"],
  ["Tehran", "funding"],
  ["GAZA", "fatalities"],
  ["israel", "deaths"],
];

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

export function lookupsBench(): {
  name: string;
  lines: string[];
  ratio: number;
  checks: Array<{ figure: string; value: number; unit: string; target: number }>;
} {
  const baseline = new Map(MIX.map(([where, measure]) => [`${where}\u0000${measure}`, casualties(where, measure) as number]));
  const keys = MIX.map(([where, measure]) => `${where}\u0000${measure}`);

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
  return {
    name: "lookups",
    ratio,
    checks: [{ figure: "REPORT.CASUALTIES / Map.get", value: ratio, unit: "x", target: 5 }],
    lines: [
      `REPORT.CASUALTIES x ${CALLS.toLocaleString("en-US")} (mixed aliases): ${functions.ms.toFixed(1)} ms (median of ${ROUNDS})`,
      `Map.get x ${CALLS.toLocaleString("en-US")} over the same keys:        ${mapGet.ms.toFixed(1)} ms`,
      `ratio: median of ${ROUNDS} alternating rounds`,
      `unseen spellings (alias index, no memo): ${((cold.ms / unseen.length) * 1000).toFixed(2)} µs per call (${unseen.length.toLocaleString("en-US")} calls)`,
    ],
  };
}
