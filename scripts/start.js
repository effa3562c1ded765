#!/usr/bin/env node
/*
 * `npm start`. Where desktop Excel exists (Windows, macOS) it sideloads the add-in with
 * Microsoft's office-addin-debugging, which also starts the dev server. office-addin-debugging
 * is fetched on demand rather than installed with `npm ci`: it pulls a native module (keytar)
 * that needs system libraries Linux machines often lack. Elsewhere (Linux) it serves the
 * add-in over https and says how to sideload manifest.xml into Excel on the web.
 */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const port = process.env.npm_package_config_dev_server_port || 3000;
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

function run(command, args, options = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
  child.on("exit", (code) => process.exit(code ?? 0));
  return child;
}

if (hasDesktopExcel && !process.argv.includes("--web")) {
  run(npx, ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop"]);
} else {
  console.log(`
Report Data is being served at https://localhost:${port}/taskpane.html

No desktop Excel here, so sideload it into Excel on the web:
  1. Open a workbook at https://excel.cloud.microsoft (or office.com > Excel).
  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
  3. Choose ${path.join(root, "manifest.xml")} and Upload.
  4. The Report Data button appears on the Data tab (or Home); type =REPORT.CASUALTIES("Gaza","killed") in a cell.
The browser must trust the dev certificate in ~/.office-addin-dev-certs/ (ca.crt): import it as a trusted
authority, or open https://localhost:${port}/taskpane.html once and accept it.

Without Excel, the same page in any browser shows the explorer and the source view.
Stop with Ctrl+C or npm stop.
`);
  // Its own process group, so `npm stop` ends the server and everything it started.
  const webpack = path.join(root, "node_modules", "webpack", "bin", "webpack.js");
  const server = run(process.execPath, [webpack, "serve", "--mode", "development"], { detached: true });
  fs.writeFileSync(path.join(root, ".dev-server.pid"), String(server.pid));
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
