/** `npm run bench`: every scenario in bench/, one after another, with fixed inputs. */
import { buildForBench } from "./build";
import { cliBench } from "./cli";
import { extractBench } from "./extract";
import { hostileBench } from "./extract-hostile";
import { extractDraft } from "../src/extract";
import { loadGazetteer } from "../src/cli/gazetteer";
import { libraryBench } from "./library";
import { librariesBench } from "./extract-libraries";
import { bundleSizeBench } from "./bundle-size";
import { firstPaintBench } from "./first-paint";
import { longArgumentsBench } from "./long-arguments";
import { lookupsBench } from "./lookups";
import { reviewPaneBench } from "./review-pane";
import { sourceSearchBench } from "./source-search";

/** A figure and its target (at most `target`): each is printed against it, and shortfalls listed at the end. */
interface Check {
  figure: string;
  value: number;
  unit: string;
  target: number;
}

interface BenchResult {
  name: string;
  lines: string[];
  checks?: Check[];
}

const verdict = (c: Check) =>
  `${c.figure}: ${c.value.toFixed(2)}${c.unit} (target: at most ${c.target}${c.unit}) — ${c.value <= c.target ? "met" : "FALLS SHORT"}`;

async function main(): Promise<void> {
  const checks: Check[] = [];
  const print = (result: BenchResult) => {
    console.log(`\n== ${result.name}`);
    result.lines.forEach((line) => console.log(line));
    (result.checks ?? []).forEach((check) => console.log(verdict(check)));
    checks.push(...(result.checks ?? []));
  };
  print(lookupsBench());
  print(longArgumentsBench());
  print(libraryBench());
  print(extractBench());
  // As the CLI and the pane draft: with the gazetteer (loaded once; its load is measured in the extract scenario).
  const gazetteer = loadGazetteer();
  print(hostileBench((text) => extractDraft(text, { gazetteer })));
  print(librariesBench());
  print(cliBench());
  const dist = buildForBench();
  print(bundleSizeBench(dist));
  print(await firstPaintBench(dist));
  print(await reviewPaneBench(dist));
  print(await sourceSearchBench(dist));
  const short = checks.filter((c) => c.value > c.target);
  console.log(`\n== targets: ${checks.length - short.length} of ${checks.length} met`);
  short.forEach((c) => console.log(`falls short: ${verdict(c)}`));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
