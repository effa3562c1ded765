/*
 * Office UI Fabric Core is 280 KB of CSS; the task pane uses a handful of its classes. This keeps
 * the rules whose ms-* classes the pane's sources use (and drops @font-face and @media blocks:
 * the web fonts would come from Microsoft's CDN, and the add-in makes no network calls). For the
 * same reason it drops those web fonts' names ("Segoe UI Web (West European)") from each
 * font-family: no machine has them, and looking each up costs the first paint a font lookup.
 * Used by webpack.config.js when it copies fabric.min.css.
 */
const fs = require("fs");
const path = require("path");

function usedFabricClasses(dir) {
  const used = new Set();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) usedFabricClasses(file).forEach((c) => used.add(c));
    else if (/\.(ts|html)$/.test(entry.name)) {
      for (const m of fs.readFileSync(file, "utf8").matchAll(/\bms-[A-Za-z][\w-]*/g)) used.add(m[0]);
    }
  }
  return used;
}

/** The top-level blocks of a stylesheet: `selector{...}` and `@rule ...{...}` with nesting. */
function topLevelBlocks(css) {
  const blocks = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) {
      blocks.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  return blocks;
}

/** `font-family` lists without the web fonts' names (each ends in "Web" or "Web (script)"). */
function withoutWebFonts(block) {
  return block.replace(/font-family:([^;}]*)/g, (_, families) => {
    const kept = families.split(",").filter((family) => !/\bWeb\b(?: \([^)]*\))?["']?\s*$/.test(family.trim()));
    return `font-family:${kept.join(",")}`;
  });
}

function fabricSubset(css, sourceDir) {
  const used = usedFabricClasses(sourceDir);
  return topLevelBlocks(css)
    .filter((block) => {
      const selector = block.slice(0, block.indexOf("{")).trim();
      if (selector.startsWith("@")) return false;
      const classes = selector.match(/\.ms-[\w-]+/g) ?? [];
      return classes.length > 0 && classes.every((c) => used.has(c.slice(1)));
    })
    .map(withoutWebFonts)
    .join("\n");
}

module.exports = { fabricSubset, usedFabricClasses };
