/* eslint-disable no-undef */
// Validates the dataset before webpack bundles it: a corrupt data/report.json must not build.
// The checks are the model's own (src/model/check-report.ts, loaded through tsx), so the build,
// the CLI and the tests agree on what a valid report is. Every problem is printed with its path.
const fs = require("fs");

function datasetProblems(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    return [`cannot read it: ${error.message}`];
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [`not valid JSON (truncated or damaged?): ${error.message}`];
  }
  const { checkReport } = require("tsx/cjs/api").require("../src/model/check-report.ts", __filename);
  return checkReport(data).problems;
}

class DatasetCheckPlugin {
  constructor(file) {
    this.file = file;
  }

  apply(compiler) {
    const check = (_, callback) => {
      const problems = datasetProblems(this.file);
      if (problems.length === 0) return callback();
      const list = problems.map((problem) => `  ${problem}`).join("\n");
      const count = `${problems.length} problem${problems.length === 1 ? "" : "s"}`;
      const error = new Error(`The dataset ${this.file} is not valid (${count}):\n${list}`);
      error.stack = error.message; // the problems are the message; webpack need not print where this plugin threw
      callback(error);
    };
    compiler.hooks.beforeRun.tapAsync("DatasetCheckPlugin", check);
    compiler.hooks.watchRun.tapAsync("DatasetCheckPlugin", check);
  }
}

module.exports = { DatasetCheckPlugin, datasetProblems };
