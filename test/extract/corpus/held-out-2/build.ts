/**
 * Writes <slug>.truth.json for every article of the second held-out corpus (held-out-2) and checks each against its text
 * (`npx tsx test/extract/corpus/held-out-2/build.ts`). The checks are those ../../articles/README.md lists.
 */
import { writeTruths } from "../../write-truths";
import { problemsOf } from "./check";
import { heldOut2Corpus } from "./index";

if (!writeTruths([heldOut2Corpus], problemsOf)) process.exit(1);
