/* eslint-disable no-undef */
// Puts the page's entry script into taskpane.html itself, and writes the sha256 of the page's one
// inline <style> and one inline <script> into its Content-Security-Policy, once every minimizer has
// run, so each hash is of the bytes the browser gets. The entry is small (it registers the custom
// functions and loads the rest: src/taskpane/index.ts), and blocking in the head: inline, it costs
// the page no request before its body, the prerendered first view, can be parsed and painted.
const { sha256Digest } = require("./content-security-policy");

const STYLE_HASH_PLACEHOLDER = "sha256-of-the-inline-style";
const SCRIPT_HASH_PLACEHOLDER = "sha256-of-the-inline-script";

class InlineHeadPlugin {
  /** @param {{ page: string, script: string }} options the page, and the entry script to inline into it. */
  constructor({ page, script }) {
    this.page = page;
    this.script = script;
  }

  apply(compiler) {
    const { WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlineHeadPlugin", (compilation) => {
      const stage = compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH;
      compilation.hooks.processAssets.tap({ name: "InlineHeadPlugin", stage }, () => {
        const page = compilation.getAsset(this.page);
        const script = compilation.getAsset(this.script);
        if (!page || !script) return;
        let html = page.source.source().toString();
        const js = script.source.source().toString();
        const tag = new RegExp(`<script src="?${this.script.replace(/\./g, "\\.")}"?></script>`);
        // An HTML parser ends a script at "</script" and treats "<!--" specially: refuse rather than rewrite code.
        if (/<\/script|<!--/i.test(js)) {
          compilation.errors.push(new WebpackError(`InlineHeadPlugin: ${this.script} holds "</script" or "<!--"`));
          return;
        }
        if (!tag.test(html)) {
          compilation.errors.push(new WebpackError(`InlineHeadPlugin: no <script src=${this.script}> in ${this.page}`));
          return;
        }
        html = html.replace(tag, () => `<script>${js}</script>`);
        const style = /<style>([\s\S]*?)<\/style>/.exec(html);
        const hashes = { style: sha256Digest(style ? style[1] : ""), script: sha256Digest(js) };
        html = html.replace(STYLE_HASH_PLACEHOLDER, hashes.style).replace(SCRIPT_HASH_PLACEHOLDER, hashes.script);
        // The check the page depends on: a policy without the hash of the bytes it carries blocks the pane's script.
        const found = /Content-Security-Policy"?\s+content="([^"]+)"/.exec(html);
        const policy = found ? found[1] : "";
        for (const [what, hash] of Object.entries(hashes))
          if (!policy.includes(`'${hash}'`)) {
            compilation.errors.push(
              new WebpackError(`InlineHeadPlugin: ${this.page}'s Content-Security-Policy lacks the inline ${what}'s ${hash}`),
            );
            return;
          }
        compilation.updateAsset(this.page, new sources.RawSource(html));
        compilation.deleteAsset(this.script);
      });
    });
  }
}

module.exports = { InlineHeadPlugin, STYLE_HASH_PLACEHOLDER, SCRIPT_HASH_PLACEHOLDER };
