/**
 * Writes <slug>.truth.json for every article of every truth set (test/extract/articles/ and test/extract/held-out/),
 * from its hand-made <slug>.truth.ts. Run with `npx tsx test/extract/build-truth.ts`; truth.test.ts proves each file.
 */
import { TRUTH_SETS } from "./truth-sets";
import { writeTruths } from "./write-truths";

if (!writeTruths(TRUTH_SETS)) process.exit(1);
