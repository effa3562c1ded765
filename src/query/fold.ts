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
    .replace(/\s+/g, " ")
    .trim();
}

/** A name as a lookup key: folded, without a leading "the", hyphens, dots or quote marks. */
export function nameKey(name: string): string {
  return fold(name).replace(/["]/g, "").replace(/[-.]/g, " ").replace(/\s+/g, " ").trim().replace(/^the /, "");
}

/** Words of a statement as a search key: folded, without double quote marks and punctuation. */
export function wordsKey(text: string): string {
  return fold(text)
    .replace(/[",.;:!?()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
