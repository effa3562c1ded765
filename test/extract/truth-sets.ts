/** The sets of hand-made truth, each with its folder: the ones build-truth.ts writes and truth.test.ts proves. */
import type { Report } from "../../src/model/report";
import { HELD_OUT_TRUTHS } from "./held-out-truths";
import { ARTICLES_DIR, HELD_OUT_DIR } from "./truth-builder";
import { TRUTHS } from "./truths";

export interface TruthSet {
  name: string;
  dir: string;
  truths: Readonly<Record<string, () => Report>>;
}

export const TRUTH_SETS: readonly TruthSet[] = [
  { name: "test articles", dir: ARTICLES_DIR, truths: TRUTHS },
  { name: "held-out articles", dir: HELD_OUT_DIR, truths: HELD_OUT_TRUTHS },
];
