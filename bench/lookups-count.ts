/** One side of the lookups ratio, as a script of its own for callgrind to count: `node lookups.js <side> <calls>`. */
import { runSide } from "./lookups-sides";

const [side, calls] = process.argv.slice(2);
if (side !== "functions" && side !== "map") throw new Error("side: functions or map");
process.stdout.write(`${runSide(side, Number(calls))}\n`);
