/** The part of an id after its kind ("place:meghna-river"): lower-case ASCII words joined by hyphens, at most `max` long. */
export const slug = (text: string, max = 48): string =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max) || "item";
