/* Jest global setup: one local production build (dev URLs: --env local) for the tests that need the emitted add-in. */
const { spawnSync } = require("child_process");
const path = require("path");
const fs = require("fs");
const { TEST_LIBRARY_URL } = require("./team-library-url");

module.exports = async function buildOnce() {
  const root = path.join(__dirname, "..", "..");
  const out = path.join(root, "test-results", "dist");
  const webpack = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  // A developer iterating on code the add-in build does not include may reuse the last build (REUSE_BUILD=1);
  // CI never sets it, so every CI run tests a build of its own commit.
  if (process.env.REUSE_BUILD === "1" && !process.env.CI && fs.existsSync(path.join(out, "taskpane.html"))) {
    process.env.REPORT_DIST = out;
    return;
  }
  const build = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "local", "--output-path", out], {
    cwd: root,
    encoding: "utf8",
    // The pane may call this team library (test/browser/team-library.test.ts starts one there).
    env: { ...process.env, LIBRARY_URL: TEST_LIBRARY_URL },
  });
  if (build.status !== 0) {
    // Webpack says what is wrong (a corrupt dataset, a type error): show it, not just that the command failed.
    throw new Error(`The test build failed (webpack exit ${build.status}):\n${build.stdout}${build.stderr}`);
  }
  process.env.REPORT_DIST = out;
};
