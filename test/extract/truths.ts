/** Every test article with its hand-made truth: the one list build-truth.ts and truth.test.ts walk. */
import type { Report } from "../../src/model/report";
import { truth as borderRocketsSisaket } from "./articles/border-rockets-sisaket.truth";
import { truth as ferryMeghna } from "./articles/ferry-meghna.truth";
import { truth as fireBreeStreet } from "./articles/fire-bree-street.truth";
import { truth as floodsPunjab } from "./articles/floods-punjab.truth";
import { truth as marketBombingKonduga } from "./articles/market-bombing-konduga.truth";
import { truth as mineBlastCucunuba } from "./articles/mine-blast-cucunuba.truth";
import { truth as protestCrackdownNairobi } from "./articles/protest-crackdown-nairobi.truth";
import { truth as quakeWesternHills } from "./articles/quake-western-hills.truth";
import { truth as trainCrashTukh } from "./articles/train-crash-tukh.truth";

export const TRUTHS: Readonly<Record<string, () => Report>> = {
  "quake-western-hills": quakeWesternHills,
  "ferry-meghna": ferryMeghna,
  "market-bombing-konduga": marketBombingKonduga,
  "border-rockets-sisaket": borderRocketsSisaket,
  "fire-bree-street": fireBreeStreet,
  "floods-punjab": floodsPunjab,
  "train-crash-tukh": trainCrashTukh,
  "mine-blast-cucunuba": mineBlastCucunuba,
  "protest-crackdown-nairobi": protestCrackdownNairobi,
};
