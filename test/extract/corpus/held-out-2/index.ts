/**
 * The second held-out corpus (held-out-2): articles written and annotated by a helper who has not read the
 * extractor's rules, used only to measure the extractor, never to tune it. Layout as in ../../articles/README.md;
 * every figure's subject is a place (see kit.ts).
 */
import type { Report } from "../../../../src/model/report";
import type { TruthSet } from "../../truth-sets";
import { truth as droneStrikeMarib } from "./drone-strike-marib.truth";
import { truth as landslideBanjarnegara } from "./landslide-banjarnegara.truth";
import { truth as marketAttackNatiaboani } from "./market-attack-natiaboani.truth";
import { truth as tornadoLebanonWilson } from "./tornado-lebanon-wilson.truth";
import { truth as buildingCollapseTripoli } from "./building-collapse-tripoli.truth";
import { truth as floodsFarNorthCameroon } from "./floods-far-north-cameroon.truth";
import { truth as clashesHautMbomouEcho } from "./clashes-haut-mbomou-echo.truth";
import { truth as barShootingCelaya } from "./bar-shooting-celaya.truth";
import { truth as borderClashBatken } from "./border-clash-batken.truth";
import { truth as airstrikeSchoolSagaing } from "./airstrike-school-sagaing.truth";
import { CORPUS_HELD_OUT_2_DIR } from "./kit";

export const HELD_OUT_2_CORPUS_TRUTHS: Readonly<Record<string, () => Report>> = {
  "drone-strike-marib": droneStrikeMarib,
  "landslide-banjarnegara": landslideBanjarnegara,
  "market-attack-natiaboani": marketAttackNatiaboani,
  "tornado-lebanon-wilson": tornadoLebanonWilson,
  "building-collapse-tripoli": buildingCollapseTripoli,
  "floods-far-north-cameroon": floodsFarNorthCameroon,
  "clashes-haut-mbomou-echo": clashesHautMbomouEcho,
  "bar-shooting-celaya": barShootingCelaya,
  "border-clash-batken": borderClashBatken,
  "airstrike-school-sagaing": airstrikeSchoolSagaing,
};

export const heldOut2Corpus: TruthSet = {
  name: "held-out-2 corpus",
  dir: CORPUS_HELD_OUT_2_DIR,
  truths: HELD_OUT_2_CORPUS_TRUTHS,
};
