/* Jest global setup: one local production build (dev URLs: --env local) for the tests that need the emitted add-in. */
const { execFileSync } = require("child_process");
const path = require("path");

module.exports = async function buildOnce() {
  const root = path.join(__dirname, "..", "..");
  const out = path.join(root, "test-results", "dist");
  execFileSync(process.execPath, [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--env", "local", "--output-path", out], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  process.env.REPORT_DIST = out;
};
