/**
 * Writes <slug>.truth.json for every article of the third held-out corpus (held-out-3) and checks each against its text
 * (`npx tsx test/extract/corpus/held-out-3/build.ts`). The checks are those ../../articles/README.md lists.
 */
import { writeTruths } from "../../write-truths";
import { problemsOf } from "./check";
import { heldOut3Corpus } from "./index";

if (!writeTruths([heldOut3Corpus], problemsOf)) process.exit(1);
