/* eslint-disable no-undef */
// Writes start-scripts.json: the scripts the task pane loads at start, office.js aside. They are
// the entry's files and those of the chunk groups it loads after the first paint (named by their
// webpackChunkName in src/taskpane/index.ts), shared chunks included, so the bundle-size bench
// counts what the page really fetches (a browser test checks the list against the page's requests).
class StartScriptsPlugin {
  constructor({ entry, loadedAtStart, filename = "start-scripts.json" }) {
    this.entry = entry;
    this.loadedAtStart = loadedAtStart;
    this.filename = filename;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("StartScriptsPlugin", (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "StartScriptsPlugin", stage }, () => {
        const files = new Set();
        const data = new Set();
        for (const name of [this.entry, ...this.loadedAtStart]) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) {
            compilation.errors.push(new compiler.webpack.WebpackError(`StartScriptsPlugin: no chunk group named ${name}`));
            continue;
          }
          for (const chunk of group.chunks) {
            for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
            // What the chunks' modules fetch as they load (the bundled report): data, listed apart from the scripts.
            for (const file of chunk.auxiliaryFiles) if (file.endsWith(".json")) data.add(file);
          }
        }
        const json = JSON.stringify({ scripts: [...files].sort(), data: [...data].sort() }, null, 2);
        compilation.emitAsset(this.filename, new compiler.webpack.sources.RawSource(`${json}\n`));
      });
    });
  }
}

module.exports = { StartScriptsPlugin };
