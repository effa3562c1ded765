/** The two sides of the lookups ratio: REPORT.CASUALTIES over a fixed mix of aliases, and a bare Map.get. */
import { report } from "../src/dataset/report";
import { createFunctions } from "../src/functions/functions";
import { Library } from "../src/query";

export const { CASUALTIES: casualties } = createFunctions(new Library([{ report, origin: "bundled" }]));

/** The keys of the bare-Map side: the same argument lists, one string each, and the values they give. */
export const mapSide = () => {
  const keys = MIX.map(([where, measure]) => `${where}\u0000${measure}`);
  const values = new Map(MIX.map(([where, measure], i) => [keys[i]!, casualties(where, measure) as number]));
  return { keys, values };
};

/** One side of the ratio, `calls` times: what the instruction counts run (the script's entry, below). */
export function runSide(side: "functions" | "map", calls: number): number {
  let sum = 0;
  if (side === "functions") {
    for (let i = 0; i < calls; i++) {
      const [where, measure] = MIX[i % MIX.length]!;
      sum += casualties(where, measure) as number;
    }
  } else {
    const { keys, values } = mapSide();
    for (let i = 0; i < calls; i++) sum += values.get(keys[i % keys.length]!)!;
  }
  return sum;
}

export const MIX: Array<[string, string]> = [
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
