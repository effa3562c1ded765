/**
 * Runs of whitespace other than one plain space. Replacing `\s+` everywhere costs a replacement
 * per word (milliseconds on a 32,767-character cell); this touches only what changes.
 */
const OTHER_WHITESPACE = /\s{2,}|[^\S ]/g;

/**
 * Text folding for matching what users type against the report: case, Unicode forms,
 * typographic quotes and apostrophes, dashes and runs of whitespace do not matter.
 */
export function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(OTHER_WHITESPACE, " ")
    .trim();
}

/** A name as a lookup key: folded, without a leading "the", hyphens, dots or quote marks. */
export function nameKey(name: string): string {
  return fold(name).replace(/["]/g, "").replace(/[-.]/g, " ").replace(OTHER_WHITESPACE, " ").trim().replace(/^the /, "");
}

/** Words of a statement as a search key: folded, without double quote marks and punctuation. */
export function wordsKey(text: string): string {
  return fold(text)
    .replace(/[",.;:!?()]/g, " ")
    .replace(OTHER_WHITESPACE, " ")
    .trim();
}
