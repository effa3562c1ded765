/**
 * Word lists for telling people from the other capitalized names (issue 22: names with evidence), beside
 * gazetteer.ts's. Data, not code: extend a list rather than a rule.
 */

/** Lower-case nouns for a person: a role in apposition or before a name ("a spokesman for", "resident Kate Morrison"). */
export const HUMAN_NOUNS = new Set(
  (
    "spokesman spokeswoman spokesperson official officer minister commander director chief head leader president " +
    "mayor governor witness survivor survivors driver trader farmer owner manager engineer analyst researcher professor " +
    "expert member chairman chairwoman chairperson secretary coordinator representative worker volunteer resident " +
    "teacher doctor nurse medic paramedic surgeon lawyer activist journalist reporter photographer student pupil " +
    "father mother son daughter brother sister husband wife widow uncle aunt cousin grandmother grandfather neighbour " +
    "neighbor fisherman shopkeeper vendor nun priest pastor imam cleric bishop administrator superintendent inspector " +
    "sergeant captain colonel general lieutenant constable firefighter rescuer miner passenger pilot soldier " +
    "man woman boy girl child mother-of-two father-of-three victim villager elder chief-of-staff staffer aide envoy " +
    "ambassador diplomat prosecutor judge magistrate coroner sheriff deputy commissioner councillor councilor senator " +
    "lawmaker legislator mp candidate economist scientist geologist seismologist meteorologist forecaster historian"
  ).split(" "),
);

/** Verbs that only a person does right after a name ("X said", "X, 34, died"), or a person's words about them. */
export const HUMAN_VERB_AFTER =
  /^\s*(?:,\s*)?(?:said|says|told|added|recalled|explained|wrote|asked|insisted|warned|stressed|described|died|was killed|was injured|was wounded|survived|lost|wept|met|visited|spoke|walked|fled|escaped|lives|lived|works|worked|whose|who lost|who survived)\b/;

/** Words of a capitalized name that make it a body, a group or a company, not a person ("Guardia Civil", "White Helmets"). */
export const BODY_WORDS = new Set(
  (
    "Fighters Rights Observatory Helmets Matrix International Protection Civil Popular Partido Guardia Health Train Trains " +
    "InterCity Ambulance Shabaab Haram Boko Islamiyah Sayyaf Brotherhood Cartel Mission Partners Relief Aid " +
    "Programme Program Initiative Project Network Tracking Monitoring Institute Secretariat Regulator Company Railway " +
    "Railways Lines Express Bus Buses Transport Airline Airport Utility Electric Power Energy Water Gas Oil Mining " +
    "PDMA NDMA DGPC ODPEM IOM WFP UNICEF OCHA MONUSCO"
  ).split(" "),
);

/**
 * Words after a name that only a group says of itself: it claims an attack, or speaks of itself as "it" ("X claimed
 * responsibility", "X said it was behind the attack", "X said its fighters …").
 */
export const GROUP_CLAIM_AFTER =
  /^\s*(?:,[^,]{0,40},\s*)?(?:claimed|claims|has claimed|had claimed)\s+(?:responsibility|the (?:attack|attacks|bombing|blast|killing|killings|raid|ambush|kidnapping))\b|^\s*(?:said|says|claimed|claims|announced)\s+(?:that\s+)?(?:it|its)\s+(?:(?:had|has|was|is)\s+)?(?:carried out|behind|responsible|claimed|fighters|militants|forces|members|men|units|commanders)\b/;

/** Words before a name that say it is a news outlet ("the newspaper El Tiempo", "the public broadcaster À Punt"). */
export const OUTLET_BEFORE =
  /\b(?:newspaper|daily|broadcaster|television|channel|radio|station|magazine|weekly|outlet|agency|website|portal|tabloid)\s+$/i;
/** Words after a name that say it is a news outlet ("El Tiempo reported", "the Inquirer newspaper"). */
export const OUTLET_AFTER = /^\s+(?:reported|reports|newspaper|daily|broadcaster|television|radio|news agency)\b/i;

/** Words of a heading or a document's name, not anyone's: "Flash Update", "Key Points", "Situation Overview". */
export const HEADING_WORDS = new Set(
  "Update Updates Points Figures Overview Highlights Response Summary Situation Report Bulletin Sitrep Floods Flood Hurricane Cyclone Storm Typhoon Earthquake".split(
    " ",
  ),
);
