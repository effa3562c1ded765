/**
 * Scenario: hostile or mistaken arguments. Every REPORT function called with 32,767-character
 * text (Excel's longest cell) in three shapes, each argument position in turn: the worst time per
 * call. Then 3,000 distinct long inputs per function, and the heap they leave held after a
 * garbage collection (the caches must not keep them).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { report } from "../src/dataset/report";
import { createFunctions } from "../src/functions/functions";
import { Library } from "../src/query";

type AnyFunction = (...args: unknown[]) => unknown;
const FUNCTIONS = new Map(
  Object.entries(createFunctions(new Library([{ report, origin: "bundled" }]))) as Array<[string, AnyFunction]>,
);

const LONGEST_CELL = 32_767;
const DISTINCT_INPUTS = 3_000;

/** Many one-letter words, one long word, and a real name repeated: the shapes that stress splitting, folding and matching. */
const SHAPES: Record<string, string> = {
  "short words": "a ".repeat(LONGEST_CELL).slice(0, LONGEST_CELL),
  "one word": "x".repeat(LONGEST_CELL),
  "names repeated": "Gaza killed Khamenei ".repeat(LONGEST_CELL).slice(0, LONGEST_CELL),
};

/** A valid argument list for each function, so the long text can take each position in turn. */
const VALID: Record<string, unknown[]> = {
  CASUALTIES: ["Gaza", "killed", "value"],
  FIGURES: ["Gaza", "killed", false],
  STATEMENT: ["Khamenei", 1],
  STATEMENTS: ["Khamenei", "funding", false],
  WHO: ["genocide machine"],
  ACTOR: ["Khamenei", "role"],
  EVENTS: ["2023-10-14", "2023-10-15", false],
  CARD: ["Gaza killed"],
};

function gcHandle(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

function call(name: string, args: unknown[]): void {
  try {
    FUNCTIONS.get(name)!(...args);
  } catch {
    // An Excel error is an answer; only the time and the memory matter here.
  }
}

export function longArgumentsBench(): { name: string; lines: string[]; checks: never[] } {
  const gc = gcHandle();
  const lines: string[] = [];
  // One ordinary call each first, as any worksheet makes: the worst case below is the argument's, not the compiler's.
  for (const [name, valid] of Object.entries(VALID)) call(name, valid);
  let worstOverall = 0;
  for (const [name, valid] of Object.entries(VALID)) {
    let worst = 0;
    let worstCase = "";
    for (const [shape, text] of Object.entries(SHAPES)) {
      for (let position = 0; position < valid.length; position++) {
        const args = valid.map((value, i) => (i === position ? text : value));
        const started = process.hrtime.bigint();
        call(name, args);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (ms > worst) [worst, worstCase] = [ms, `${shape}, argument ${position + 1}`];
      }
    }
    worstOverall = Math.max(worstOverall, worst);
    lines.push(`REPORT.${name}: worst ${worst.toFixed(2)} ms per call with a 32,767-character argument (${worstCase})`);
  }

  gc();
  const before = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  for (const [name, valid] of Object.entries(VALID)) {
    for (let i = 0; i < DISTINCT_INPUTS; i++) {
      // Distinct text each time, made fresh, so only what the add-in keeps stays reachable.
      const text = `${i} ${SHAPES["short words"]!.slice(0, LONGEST_CELL - 8)}`;
      call(name, [text, ...valid.slice(1)]);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  gc();
  const held = (process.memoryUsage().heapUsed - before) / 1e6;
  const calls = DISTINCT_INPUTS * Object.keys(VALID).length;
  lines.push(
    `worst of all functions: ${worstOverall.toFixed(2)} ms per call (target: well under 100 ms; no argument may freeze the runtime)`,
    `${calls.toLocaleString("en-US")} calls with ${DISTINCT_INPUTS.toLocaleString("en-US")} distinct 32,767-character inputs per function: ` +
      `${seconds.toFixed(2)} s, heap held afterwards ${held.toFixed(2)} MB (after GC; target: under 5 MB)`,
  );
  return { name: "long arguments", lines, checks: [] };
}

if (require.main === module) longArgumentsBench().lines.forEach((line) => console.log(line));
