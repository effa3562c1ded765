/**
 * Writes <slug>.truth.json for every tuning article from its <slug>.truth.ts, as ../../build-truth.ts does for the
 * sets in TRUTH_SETS, and checks each against its text with ../held-out/check.ts's checks:
 * `npx tsx test/extract/corpus/tuning/build.ts`.
 */
import { writeTruths } from "../../write-truths";
import { problemsOf } from "../held-out/check";
import { tuningCorpus } from "./index";

if (!writeTruths([tuningCorpus], problemsOf)) process.exit(1);
