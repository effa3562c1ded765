/**
 * Scenario: a library of 1,000 reports (the bundled report's facts under 1,000 ids, about 85 facts each): adding them,
 * building every report's lookups, the heap they hold, and REPORT.CASUALTIES with a `[report]` argument against a bare
 * Map.get over the same keys in the same run (target: within 5x, as for one report).
 */
import { report as bundled } from "../src/dataset/report";
import { createFunctions } from "../src/functions/functions";
import type { Report } from "../src/model/report";
import { Library } from "../src/query";

const REPORTS = 1_000;
const CALLS = 100_000;
const ROUNDS = 9;
const MIX: Array<[string, string]> = [
  ["Gaza", "killed"],
  ["the gaza strip", "dead"],
  ["Israel", "wounded"],
  ["West Bank", "killed"],
  ["Lebanon", "killed"],
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

function copyOf(n: number): Report {
  return { ...bundled, source: { ...bundled.source, id: `report:bench-${n}`, title: `Bench report ${n}` } };
}

export function libraryBench() {
  const runtimeLibrary = new Library([{ report: bundled, origin: "bundled" }]);
  const { CASUALTIES: casualties } = createFunctions(runtimeLibrary);
  const before = heapMb();
  let t = performance.now();
  for (let n = 0; n < REPORTS; n++) runtimeLibrary.add(copyOf(n), "file");
  const addMs = performance.now() - t;
  t = performance.now();
  for (const entry of runtimeLibrary.list()) void entry.open.measureIndex;
  const indexMs = performance.now() - t;
  const held = heapMb() - before;

  const calls = Array.from({ length: CALLS }, (_, i) => {
    const [where, measure] = MIX[i % MIX.length]!;
    return [where, measure, `bench-${(i * 7) % REPORTS}`] as const;
  });
  const baseline = new Map(calls.map(([w, m, r]) => [`${r}\u0000${w}\u0000${m}`, casualties(w, m, undefined, r) as number]));
  const keys = calls.map(([w, m, r]) => `${r}\u0000${w}\u0000${m}`);
  const rounds = Array.from({ length: ROUNDS }, () => {
    let start = performance.now();
    let a = 0;
    for (const [w, m, r] of calls) a += casualties(w, m, undefined, r) as number;
    const f = performance.now() - start;
    start = performance.now();
    let b = 0;
    for (const key of keys) b += baseline.get(key)!;
    const g = performance.now() - start;
    if (a !== b) throw new Error("the two loops disagree on the values");
    return f / g;
  });
  const ratio = median(rounds);
  return {
    name: "library of 1,000 reports",
    checks: [{ figure: "REPORT.CASUALTIES with [report] / Map.get", value: ratio, unit: "x", target: 5 }],
    lines: [
      `adding ${REPORTS.toLocaleString("en-US")} reports (${bundled.figures.length + bundled.statements.length + bundled.events.length + bundled.actors.length + bundled.places.length} facts each): ${addMs.toFixed(0)} ms`,
      `building every report's lookups: ${indexMs.toFixed(0)} ms (${(indexMs / REPORTS).toFixed(2)} ms a report)`,
      `heap held by the library: ${held.toFixed(1)} MB${(globalThis as { gc?: () => void }).gc ? "" : " (run node with --expose-gc for a settled figure)"}`,
      `REPORT.CASUALTIES with [report] x ${CALLS.toLocaleString("en-US")} over ${REPORTS} reports: ${ratio.toFixed(2)}x a bare Map.get (median of ${ROUNDS} rounds)`,
    ],
  };
}

if (require.main === module) libraryBench().lines.forEach((line) => console.log(line));
