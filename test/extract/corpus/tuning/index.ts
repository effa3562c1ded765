/**
 * The tuning half of the development corpus (issue 22, item 6): articles in the forms real copy takes, annotated by
 * a helper who had not read the extractor's rules. The rules may be tuned on these; the held-out half
 * (../held-out/) never. `tuningCorpus` has the shape of a TruthSet (../../truth-sets.ts), so adding it to
 * TRUTH_SETS makes build-truth.ts write its JSON and truth.test.ts prove it; `npx tsx
 * test/extract/corpus/tuning/build.ts` writes this set's JSON on its own.
 */
import type { Report } from "../../../../src/model/report";
import { TUNING_DIR } from "./dir";
import { truth as gunmenCheckpointMaguindanao } from "./gunmen-checkpoint-maguindanao.truth";
import { truth as sitrepFloodsPakistan } from "./sitrep-floods-pakistan.truth";
import { truth as quakeFlashHerat } from "./quake-flash-herat.truth";
import { truth as carBombMogadishu } from "./car-bomb-mogadishu.truth";
import { truth as tornadoParisTexas } from "./tornado-paris-texas.truth";
import { truth as gasBlastLuliang } from "./gas-blast-luliang.truth";
import { truth as choleraMalawi } from "./cholera-malawi.truth";
import { truth as boatCapsizeKivu } from "./boat-capsize-kivu.truth";
import { truth as flashFloodsValencia } from "./flash-floods-valencia.truth";
import { truth as flashUpdateElFasher } from "./flash-update-el-fasher.truth";
import { truth as busRavinePotosi } from "./bus-ravine-potosi.truth";
import { truth as landslideEnga } from "./landslide-enga.truth";
import { truth as clashesCatatumbo } from "./clashes-catatumbo.truth";
import { truth as trainsCollideLarissa } from "./trains-collide-larissa.truth";
import { truth as bushfireGrampians } from "./bushfire-grampians.truth";
import { truth as quakeElOro } from "./quake-el-oro.truth";
import { truth as mineCollapseKayes } from "./mine-collapse-kayes.truth";
import { truth as dengueDhaka } from "./dengue-dhaka.truth";
import { truth as carBombManbij } from "./car-bomb-manbij.truth";
import { truth as flashUpdateHurricaneNadia } from "./flash-update-hurricane-nadia.truth";
import { truth as villageRaidsPlateau } from "./village-raids-plateau.truth";
import { truth as cattleRaidJonglei } from "./cattle-raid-jonglei.truth";
import { truth as airstrikeSagaing } from "./airstrike-sagaing.truth";
import { truth as marketFireKano } from "./market-fire-kano.truth";
import { truth as mosqueBlastPaktika } from "./mosque-blast-paktika.truth";
import { truth as stadiumCrushConakry } from "./stadium-crush-conakry.truth";
import { truth as busTruckN1Mokopane } from "./bus-truck-n1-mokopane.truth";
import { truth as landslidesDhading } from "./landslides-dhading.truth";
import { truth as flashUpdateCycloneNampula } from "./flash-update-cyclone-nampula.truth";
import { truth as sitrepIturiDisplacementSites } from "./sitrep-ituri-displacement-sites.truth";
import { truth as flashUpdateFloodsHiraan } from "./flash-update-floods-hiraan.truth";
import { truth as glideBombsDruzhkivka } from "./glide-bombs-druzhkivka.truth";
import { truth as busPlungeOcona } from "./bus-plunge-ocona.truth";
import { truth as gasBlastSadrCity } from "./gas-blast-sadr-city.truth";
import { truth as ferryCapsizeGuwahati } from "./ferry-capsize-guwahati.truth";
import { truth as banditRaidTurkanaEast } from "./bandit-raid-turkana-east.truth";
import { truth as pileupI80Grinnell } from "./pileup-i80-grinnell.truth";
import { truth as floodsTaquariValley } from "./floods-taquari-valley.truth";
import { truth as flashUpdateFloodsAmhara } from "./flash-update-floods-amhara.truth";
import { truth as echoFlashLacChad } from "./echo-flash-lac-chad.truth";
import { truth as sitrepQuakeWestSulawesi } from "./sitrep-quake-west-sulawesi.truth";

export const TUNING_TRUTHS: Readonly<Record<string, () => Report>> = {
  "gunmen-checkpoint-maguindanao": gunmenCheckpointMaguindanao,
  "sitrep-floods-pakistan": sitrepFloodsPakistan,
  "quake-flash-herat": quakeFlashHerat,
  "car-bomb-mogadishu": carBombMogadishu,
  "tornado-paris-texas": tornadoParisTexas,
  "gas-blast-luliang": gasBlastLuliang,
  "cholera-malawi": choleraMalawi,
  "boat-capsize-kivu": boatCapsizeKivu,
  "flash-floods-valencia": flashFloodsValencia,
  "flash-update-el-fasher": flashUpdateElFasher,
  "bus-ravine-potosi": busRavinePotosi,
  "landslide-enga": landslideEnga,
  "clashes-catatumbo": clashesCatatumbo,
  "trains-collide-larissa": trainsCollideLarissa,
  "bushfire-grampians": bushfireGrampians,
  "quake-el-oro": quakeElOro,
  "mine-collapse-kayes": mineCollapseKayes,
  "dengue-dhaka": dengueDhaka,
  "car-bomb-manbij": carBombManbij,
  "flash-update-hurricane-nadia": flashUpdateHurricaneNadia,
  "village-raids-plateau": villageRaidsPlateau,
  "cattle-raid-jonglei": cattleRaidJonglei,
  "airstrike-sagaing": airstrikeSagaing,
  "market-fire-kano": marketFireKano,
  "mosque-blast-paktika": mosqueBlastPaktika,
  "stadium-crush-conakry": stadiumCrushConakry,
  "bus-truck-n1-mokopane": busTruckN1Mokopane,
  "landslides-dhading": landslidesDhading,
  "flash-update-cyclone-nampula": flashUpdateCycloneNampula,
  "sitrep-ituri-displacement-sites": sitrepIturiDisplacementSites,
  "flash-update-floods-hiraan": flashUpdateFloodsHiraan,
  "glide-bombs-druzhkivka": glideBombsDruzhkivka,
  "bus-plunge-ocona": busPlungeOcona,
  "gas-blast-sadr-city": gasBlastSadrCity,
  "ferry-capsize-guwahati": ferryCapsizeGuwahati,
  "bandit-raid-turkana-east": banditRaidTurkanaEast,
  "pileup-i80-grinnell": pileupI80Grinnell,
  "floods-taquari-valley": floodsTaquariValley,
  "flash-update-floods-amhara": flashUpdateFloodsAmhara,
  "echo-flash-lac-chad": echoFlashLacChad,
  "sitrep-quake-west-sulawesi": sitrepQuakeWestSulawesi,
};

export const tuningCorpus = { name: "tuning corpus", dir: TUNING_DIR, truths: TUNING_TRUTHS } as const;
