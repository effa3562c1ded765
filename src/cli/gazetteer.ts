/**
 * The gazetteer in Node (the CLI, the tests, the bench): the asset scripts/gazetteer-asset.js builds, converted once
 * from the installed packages and kept in node_modules/.cache/report-data, then read and parsed per process.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseGazetteer, type Gazetteer } from "../extract/geonames/gazetteer";

/** The repository's root: the folder above src/ (or above .cli-build/src/ when compiled). */
function root(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "scripts", "gazetteer-asset.js"))) {
    const up = join(dir, "..");
    if (up === dir) throw new Error("The gazetteer's build script (scripts/gazetteer-asset.js) was not found.");
    dir = up;
  }
  return dir;
}

let loaded: Gazetteer | undefined;

/** The gazetteer, parsed once per process. */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const base = root();
  // A plain CommonJS script shared with webpack.config.js.
  const { gazetteerAsset, CACHE_DIR } = require(join(base, "scripts", "gazetteer-asset.js")) as {
    gazetteerAsset: (cacheDir: string) => string;
    CACHE_DIR: string;
  };
  loaded = parseGazetteer(gazetteerAsset(CACHE_DIR));
  return loaded;
}
