/**
 * The held-out half of the development corpus (issue 22, item 6): articles written and annotated by a helper who has
 * not read the extractor's rules, used only to measure the extractor, never to tune it. Layout as in
 * ../../articles/README.md; every figure's subject is a place (see kit.ts).
 */
import type { Report } from "../../../../src/model/report";
import type { TruthSet } from "../../truth-sets";
import { truth as carBombMogadishuLido } from "./car-bomb-mogadishu-lido.truth";
import { truth as attacksPlateauBokkos } from "./attacks-plateau-bokkos.truth";
import { truth as typhoonLuzonFlashUpdate } from "./typhoon-luzon-flash-update.truth";
import { truth as coalMineFloodShanxi } from "./coal-mine-flood-shanxi.truth";
import { truth as factoryFireHyderabad } from "./factory-fire-hyderabad.truth";
import { truth as quakeManabiEcuador } from "./quake-manabi-ecuador.truth";
import { truth as choleraSitrepMalawi } from "./cholera-sitrep-malawi.truth";
import { truth as gangAttackArtibonite } from "./gang-attack-artibonite.truth";
import { truth as migrantBoatLesbos } from "./migrant-boat-lesbos.truth";
import { truth as floodsCentralEuropeEcho } from "./floods-central-europe-echo.truth";
import { truth as busCrashMorogoro } from "./bus-crash-morogoro.truth";
import { truth as tribalClashEnga } from "./tribal-clash-enga.truth";
import { truth as fireBronxApartment } from "./fire-bronx-apartment.truth";
import { truth as trainDerailmentBihar } from "./train-derailment-bihar.truth";
import { truth as flashFloodCordoba } from "./flash-flood-cordoba.truth";
import { CORPUS_HELD_OUT_DIR } from "./kit";

export const HELD_OUT_CORPUS_TRUTHS: Readonly<Record<string, () => Report>> = {
  "car-bomb-mogadishu-lido": carBombMogadishuLido,
  "attacks-plateau-bokkos": attacksPlateauBokkos,
  "typhoon-luzon-flash-update": typhoonLuzonFlashUpdate,
  "coal-mine-flood-shanxi": coalMineFloodShanxi,
  "factory-fire-hyderabad": factoryFireHyderabad,
  "quake-manabi-ecuador": quakeManabiEcuador,
  "cholera-sitrep-malawi": choleraSitrepMalawi,
  "gang-attack-artibonite": gangAttackArtibonite,
  "migrant-boat-lesbos": migrantBoatLesbos,
  "floods-central-europe-echo": floodsCentralEuropeEcho,
  "bus-crash-morogoro": busCrashMorogoro,
  "tribal-clash-enga": tribalClashEnga,
  "fire-bronx-apartment": fireBronxApartment,
  "train-derailment-bihar": trainDerailmentBihar,
  "flash-flood-cordoba": flashFloodCordoba,
};

export const heldOutCorpus: TruthSet = {
  name: "held-out corpus",
  dir: CORPUS_HELD_OUT_DIR,
  truths: HELD_OUT_CORPUS_TRUTHS,
};
