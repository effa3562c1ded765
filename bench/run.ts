/** `npm run bench`: every scenario in bench/, one after another, with fixed inputs. */
import { buildForBench } from "./build";
import { extractBench } from "./extract";
import { librariesBench } from "./extract-libraries";
import { bundleSizeBench } from "./bundle-size";
import { firstPaintBench } from "./first-paint";
import { lookupsBench } from "./lookups";

interface BenchResult {
  name: string;
  lines: string[];
}

async function main(): Promise<void> {
  const print = (result: BenchResult) => {
    console.log(`\n== ${result.name}`);
    result.lines.forEach((line) => console.log(line));
  };
  print(lookupsBench());
  print(extractBench());
  print(librariesBench());
  const dist = buildForBench();
  print(bundleSizeBench(dist));
  print(await firstPaintBench(dist));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
