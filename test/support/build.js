/* Jest global setup: one production build for the tests that need the emitted add-in. */
const { execFileSync } = require("child_process");
const path = require("path");

module.exports = async function buildOnce() {
  const root = path.join(__dirname, "..", "..");
  const out = path.join(root, "test-results", "dist");
  execFileSync(process.execPath, [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ADDIN_PUBLIC_URL: "" },
  });
  process.env.REPORT_DIST = out;
};
