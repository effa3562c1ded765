/**
 * The third held-out corpus (held-out-3): articles written and annotated by a helper who has not read the
 * extractor's rules, used only to measure the extractor, never to tune it. Layout as in ../../articles/README.md;
 * every figure's subject is a place (see kit.ts).
 */
import type { Report } from "../../../../src/model/report";
import type { TruthSet } from "../../truth-sets";
import { truth as checkpointAttackNorthWaziristan } from "./checkpoint-attack-north-waziristan.truth";
import { truth as missileStrikeKharkiv } from "./missile-strike-kharkiv.truth";
import { truth as villageRaidZamfara } from "./village-raid-zamfara.truth";
import { truth as factoryFireMirpur } from "./factory-fire-mirpur.truth";
import { truth as policeStationAttackPortAuPrince } from "./police-station-attack-port-au-prince.truth";
import { truth as cloudburstChamoli } from "./cloudburst-chamoli.truth";
import { truth as boatCapsizeCarles } from "./boat-capsize-carles.truth";
import { truth as flashFloodsNortheastAfghanistan } from "./flash-floods-northeast-afghanistan.truth";
import { truth as adfAttacksBeniLuberoEcho } from "./adf-attacks-beni-lubero-echo.truth";
import { truth as cycloneNampulaIfrc } from "./cyclone-nampula-ifrc.truth";
import { CORPUS_HELD_OUT_3_DIR } from "./kit";

export const HELD_OUT_3_CORPUS_TRUTHS: Readonly<Record<string, () => Report>> = {
  "checkpoint-attack-north-waziristan": checkpointAttackNorthWaziristan,
  "missile-strike-kharkiv": missileStrikeKharkiv,
  "village-raid-zamfara": villageRaidZamfara,
  "factory-fire-mirpur": factoryFireMirpur,
  "police-station-attack-port-au-prince": policeStationAttackPortAuPrince,
  "cloudburst-chamoli": cloudburstChamoli,
  "boat-capsize-carles": boatCapsizeCarles,
  "flash-floods-northeast-afghanistan": flashFloodsNortheastAfghanistan,
  "adf-attacks-beni-lubero-echo": adfAttacksBeniLuberoEcho,
  "cyclone-nampula-ifrc": cycloneNampulaIfrc,
};

export const heldOut3Corpus: TruthSet = {
  name: "held-out-3 corpus",
  dir: CORPUS_HELD_OUT_3_DIR,
  truths: HELD_OUT_3_CORPUS_TRUTHS,
};
