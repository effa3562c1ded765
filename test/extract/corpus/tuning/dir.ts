/** The tuning half of the development corpus: articles the extractor's rules may be tuned on. */
export const TUNING_DIR = __dirname;
