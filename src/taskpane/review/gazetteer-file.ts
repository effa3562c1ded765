/** The gazetteer asset webpack emits beside the worker (scripts/gazetteer-asset.js), fetched on the first draft. */
export const GAZETTEER_FILE = "gazetteer.tsv";

export const NO_GAZETTEER_WARNING =
  "The gazetteer could not be loaded: places were drafted from the text alone, without GeoNames ids or coordinates.";
