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
  ],
  injured: ["injuring", "wounding", "injure", "wound", "wounds", "hospitalized", "hospitalised", "injuries"],
  missing: ["unaccounted"],
  displaced: ["displacing", "flee", "fleeing", "displacement"],
  hostages: ["abducting", "kidnapping", "captive", "seized"],
  arrested: ["arresting", "detaining", "detainees", "custody"],
  evacuated: ["evacuating", "evacuate"],
  "rockets launched": [],
  attacks: ["strikes", "airstrikes", "raids"],
  funding: ["fund", "funding"],
};

/** Lower-cased word -> canonical measure. Multi-word synonyms ("taken hostage") are matched by their last word. */
export const MEASURE_WORDS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const measure of MEASURES) {
    const forms = [measure, ...MEASURE_SYNONYMS[measure], ...(MORE_FORMS[measure] ?? [])];
    for (const form of forms) {
      const last = form.toLowerCase().split(/\s+/).pop()!;
      if (!map.has(last) && last !== "held" && last !== "launched" && last !== "taken") map.set(last, measure);
    }
  }
  return map;
})();

/** Words that, right before a number, name the measure ("killing 50", "injured over 3,500", "abducted 12"). */
export const MEASURE_VERB_BEFORE =
  /(?:^|\s)(killing|killed|kills|injuring|injured|wounding|wounded|abducting|abducted|kidnapping|kidnapped|arresting|arrested|detaining|detained|evacuating|evacuated|displacing|displaced|launched|launching|fired|firing)\s+$/i;
export const VERB_MEASURE: Readonly<Record<string, string>> = {
  killing: "killed", killed: "killed", kills: "killed", injuring: "injured", injured: "injured", wounding: "injured",
  wounded: "injured", abducting: "hostages", abducted: "hostages", kidnapping: "hostages", kidnapped: "hostages",
  arresting: "arrested", arrested: "arrested", detaining: "arrested", detained: "arrested", evacuating: "evacuated",
  evacuated: "evacuated", displacing: "displaced", displaced: "displaced",
}; // prettier-ignore

/** Phrases after a number that name its measure ("43 were taken to hospital", "a dozen were swept away"). */
export const MEASURE_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [
    /\b(?:taken|rushed|admitted|brought|flown|airlifted)\s+to\s+(?:a\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:hospitals?|clinics?)\b/iu,
    "injured",
  ],
  [/\btreated\s+(?:for\s+(?:wounds|injuries|burns)|in\s+hospital|at\s+(?:a\s+|the\s+)?hospital)/i, "injured"],
  [/\bswept away\b/i, "missing"],
  [/\bunaccounted for\b/i, "missing"],
  [/\b(?:in custody|held overnight|taken into custody)\b/i, "arrested"],
  [/\b(?:told|ordered|forced) to (?:leave|flee)\b/i, "evacuated"],
  [/\b(?:from|out of) their homes\b|\bin the open\b|\bin (?:relief|displacement) camps?\b|\bhomeless\b/i, "displaced"],
];
