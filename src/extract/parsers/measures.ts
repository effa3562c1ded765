import { MEASURE_SYNONYMS, MEASURES } from "../../model/vocabulary";

/** Word forms the vocabulary's synonyms leave out ("killing", "injuring", "bodies"), by canonical measure. */
const MORE_FORMS: Readonly<Record<string, readonly string[]>> = {
  killed: [
    "kills",
    "die",
    "dying",
    "death",
    "lives",
    "bodies",
    "perished",
    "slain",
    "murdered",
    "massacred",
    "drowned",
    "toll",
    "fatality",
    "killing",
    "electrocuted",
  ],
  injured: ["injuring", "wounding", "injure", "wound", "wounds", "hospitalized", "hospitalised", "injuries", "treated"],
  missing: ["unaccounted"],
  displaced: ["displacing", "flee", "fleeing", "displacement"],
  hostages: ["abducting", "kidnapping", "captive", "seized"],
  arrested: ["arresting", "detaining", "detainees", "custody"],
  evacuated: ["evacuating", "evacuate"],
  "rockets launched": [],
  attacks: ["strikes", "airstrikes", "raids"],
  funding: ["fund", "funding"],
};

/**
 * Measures outside the canonical list that wire reports count all the same (people aboard, rescued, trapped; homes
 * destroyed), with the words that name them. A draft that uses one declares it in its vocabulary.
 */
export const EXTRA_MEASURES: Readonly<Record<string, readonly string[]>> = {
  rescued: ["rescued", "saved"],
  aboard: ["aboard"],
  trapped: ["trapped"],
  destroyed: ["destroyed", "flattened", "razed"],
  // Sitreps count homes damaged apart from those destroyed, and an outbreak's cases apart from its deaths.
  damaged: ["damaged"],
  cases: ["cases"],
};

/** Lower-cased word -> canonical measure. Multi-word synonyms ("taken hostage") are matched by their last word. */
export const MEASURE_WORDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const measure of MEASURES) {
    const forms = [measure, ...MEASURE_SYNONYMS[measure], ...(MORE_FORMS[measure] ?? [])];
    for (const form of forms) {
      const last = form.toLowerCase().split(/\s+/).pop()!;
      // "held", "launched", "taken" and the "for" of "unaccounted for" name nothing on their own.
      if (!map.has(last) && !["held", "launched", "taken", "for"].includes(last)) map.set(last, measure);
    }
  }
  for (const [measure, forms] of Object.entries(EXTRA_MEASURES)) for (const form of forms) map.set(form, measure);
  return map;
})();

/** Words that, right before a number, name the measure ("killing 50", "injured over 3,500", "abducted 12"). */
export const MEASURE_VERB_BEFORE =
  /(?:^|\s)(killing|killed|kills|kill|injures|injure|wounds|wound|abducts|kidnaps|arrests|injuring|injured|wounding|wounded|treating|treated|abducting|abducted|kidnapping|kidnapped|arresting|arrested|detaining|detained|evacuating|evacuated|displacing|displaced|launched|launching|fired|firing|rescued|rescuing|saved|hauled|carrying|trapped|trapping|destroyed|destroying|searching for|looking for|flown|airlifted|lost|hosts|hosting|housed|housing|sheltering|sheltered)\s+(?:of\s+)?$/i;
export const VERB_MEASURE: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  killing: "killed", killed: "killed", kills: "killed", injuring: "injured", injured: "injured", wounding: "injured",
  wounded: "injured", abducting: "hostages", abducted: "hostages", kidnapping: "hostages", kidnapped: "hostages",
  arresting: "arrested", arrested: "arrested", detaining: "arrested", detained: "arrested", evacuating: "evacuated",
  evacuated: "evacuated", displacing: "displaced", displaced: "displaced", treating: "injured", treated: "injured",
  rescued: "rescued", rescuing: "rescued", saved: "rescued", hauled: "rescued", carrying: "aboard",
  trapped: "trapped", trapping: "trapped", destroyed: "destroyed", destroying: "destroyed", "searching for": "missing",
  "looking for": "missing", flown: "evacuated", airlifted: "evacuated",
  lost: "killed",
  // A shelter "hosts about 4,600 people", a school "housed about 60": the displaced it takes in.
  hosts: "displaced", hosting: "displaced", housed: "displaced", housing: "displaced", sheltering: "displaced",
  sheltered: "displaced",
  // Headlines write the present tense ("Militants kill 23 at checkpoint").
  kill: "killed", injure: "injured", injures: "injured", wound: "injured", wounds: "injured", abducts: "hostages",
  kidnaps: "hostages", arrests: "arrested",
}); // prettier-ignore

/** Phrases after a number that name its measure ("43 were taken to hospital", "a dozen were swept away"). */
export const MEASURE_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(?:taken|rushed|admitted|brought|flown|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:hospitals?|clinics?|health\s+(?:complex|centre|center|post)s?|medical\s+(?:centre|center)s?)\b/iu,
    "injured",
  ],
  [/\btreated\s+(?:for|in|at)\b/i, "injured"],
  [/\b(?:escaped|came out|survived)\s+with\s+(?:burns|injuries|wounds)\b|\bgunshot\s+(?:victims|wounds)\b/i, "injured"],
  [
    /\bswam\s+ashore\b|\bpulled\s+(?:alive\s+)?(?:from|out\s+of)\s+the\s+(?:water|river|sea|rubble|wreckage)\b|\bfound\s+alive\b|\bpulled\s+out\s+alive\b/i,
    "rescued",
  ],
  // "59 people from the water alive", "nine people alive": pulled out alive.
  [
    /\b(?:from|out of)\s+the\s+(?:water|river|sea|lake|rubble|wreckage|debris|mud)\s+alive\b|^\s+(?:people|survivors)\s+alive\b/i,
    "rescued",
  ],
  [/\b(?:in|on)\s+(?:a\s+)?(?:critical|serious|stable|grave)\s+condition\b/i, "injured"],
  [/\b(?:aboard|on\s+board)\b/i, "aboard"],
  // "150 homes were buried": homes lost, before "swept away" counts the missing.
  [/^\s+(?:homes|houses|buildings|dwellings)\s+(?:were\s+)?(?:buried|swept away|washed away)\b/i, "destroyed"],
  [/\bswept away\b/i, "missing"],
  // "24 people were still under the rubble": trapped, neither dead nor missing yet.
  [/\b(?:under|beneath)\s+(?:the\s+)?(?:rubble|debris|wreckage|collapsed\s+\w+)\b/i, "trapped"],
  [/\bunaccounted for\b/i, "missing"],
  [/\b(?:in custody|held overnight|taken into custody|to be (?:held|detained|jailed|remanded))\b/i, "arrested"],
  [/\b(?:told|ordered|forced) to (?:leave|flee)\b/i, "evacuated"],
  [
    /\b(?:from|out of) their homes\b|\b(?:left|fled|abandoned)\s+their\s+homes\b|\bin the open\b|\bin (?:relief|displacement) camps?\b|\bhomeless\b/i,
    "displaced",
  ],
  // Sitreps count the displaced where they sleep ("18,400 people are staying in 96 temporary shelters").
  [
    /\b(?:in|to)\s+(?:\d+\s+)?(?:temporary\s+|evacuation\s+|emergency\s+)?shelters?\b|\bspent the night (?:at|in)\b|\b(?:sheltering|camping)\s+(?:at|in)\b/i,
    "displaced",
  ],
  [/\b(?:sent|transferred|referred)\s+(?:on\s+)?to\s+(?:a\s+|the\s+)?hospitals?\b/i, "injured"],
  // "163 patients were admitted to cholera treatment centres": an outbreak's patients are its cases.
  [/^\s+patients\b(?=[^.;]{0,80}\b(?:cholera|dengue|measles|malaria|mpox|ebola|diphtheria|outbreak))/i, "cases"],
  // A hospital "received 15 patients": the injured it treats.
  [/^\s+(?:(?:injured|wounded|burned|burnt)\s+)?(?:patients|casualties|survivors)\b/i, "injured"],
];
