/**
 * Writes <slug>.truth.json for every article of the held-out corpus and checks each against its text
 * (`npx tsx test/extract/corpus/held-out/build.ts`). The checks are those ../../articles/README.md lists.
 */
import { writeTruths } from "../../write-truths";
import { problemsOf } from "./check";
import { heldOutCorpus } from "./index";

if (!writeTruths([heldOutCorpus], problemsOf)) process.exit(1);
