/**
 * Webpack loader for the bundled report: leaves out each span's `exact` where it is the text at its offsets
 * (src/dataset/span-text.ts; the runtime restores it). The dataset check has already run on the file as written.
 */
const { dropSpanText } = require("tsx/cjs/api").require("../src/dataset/span-text.ts", __filename);

module.exports = function dropSpanTextLoader(source) {
  return JSON.stringify(dropSpanText(JSON.parse(source)));
};
