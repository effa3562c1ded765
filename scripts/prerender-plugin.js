/* eslint-disable no-undef */
// Puts the default report's first view into the emitted taskpane.html (src/taskpane/prerender.ts, run by
// scripts/prerender-pane.ts in a process of its own), so the pane's first paint shows the first figure.
// A failure fails the build: a page that silently lost its prerendered pane would only be slower, and no one would see why.
const { execFile } = require("child_process");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const SCRIPT = path.join(__dirname, "prerender-pane.ts");
const RENDERER = path.join(__dirname, "..", "src", "taskpane", "prerender.ts");

function prerender(html, dataset) {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [require.resolve("tsx/cli"), SCRIPT, dataset],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`Prerendering taskpane.html failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      },
    );
    child.stdin.end(html);
  });
}

class PrerenderPanePlugin {
  constructor({ filename, dataset }) {
    this.filename = filename;
    this.dataset = dataset;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PrerenderPanePlugin", (compilation) => {
      // Not bundled, so webpack would not watch them: a watching dev server re-renders when they change.
      compilation.fileDependencies.add(SCRIPT);
      compilation.fileDependencies.add(RENDERER);
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tapPromise("PrerenderPanePlugin", async (data) => {
        if (data.outputName === this.filename) data.html = await prerender(data.html, this.dataset);
        return data;
      });
    });
  }
}

module.exports = { PrerenderPanePlugin };
