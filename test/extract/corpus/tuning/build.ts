/**
 * Writes <slug>.truth.json for every tuning article from its <slug>.truth.ts, as ../../build-truth.ts does for the
 * sets in TRUTH_SETS: `npx tsx test/extract/corpus/tuning/build.ts`.
 */
import { writeTruths } from "../../write-truths";
import { tuningCorpus } from "./index";

if (!writeTruths([tuningCorpus])) process.exit(1);
