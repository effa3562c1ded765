/**
 * The held-out articles with their hand-made truth (test/extract/held-out/): written and annotated apart from the
 * extractor's tuning, so their scores say how the rules do on text they were not tuned on. Never given floors.
 */
import type { Report } from "../../src/model/report";
import { truth as busGorgeCaylloma } from "./held-out/bus-gorge-caylloma.truth";
import { truth as crackdownTbilisi } from "./held-out/crackdown-tbilisi.truth";
import { truth as cycloneZambezia } from "./held-out/cyclone-zambezia.truth";
import { truth as raidMasikiHostages } from "./held-out/raid-masiki-hostages.truth";

export const HELD_OUT_TRUTHS: Readonly<Record<string, () => Report>> = {
  "raid-masiki-hostages": raidMasikiHostages,
  "cyclone-zambezia": cycloneZambezia,
  "bus-gorge-caylloma": busGorgeCaylloma,
  "crackdown-tbilisi": crackdownTbilisi,
};
