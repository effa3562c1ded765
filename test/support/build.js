/* Jest global setup: one production build for the tests that need the emitted add-in. */
const { spawnSync } = require("child_process");
const path = require("path");

module.exports = async function buildOnce() {
  const root = path.join(__dirname, "..", "..");
  const out = path.join(root, "test-results", "dist");
  const webpack = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  const build = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, ADDIN_PUBLIC_URL: "" },
  });
  if (build.status !== 0) {
    // Webpack says what is wrong (a corrupt dataset, a type error): show it, not just that the command failed.
    throw new Error(`The test build failed (webpack exit ${build.status}):\n${build.stdout}${build.stderr}`);
  }
  process.env.REPORT_DIST = out;
};
