/** The part of an id after its kind ("place:meghna-river"): lower-case ASCII words joined by hyphens, at most `max` long. */
export const slug = (text: string, max = 48): string =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max) || "item";

/** `base` when it is free, else the first of base-2, base-3, ... that is: how every new id is kept unique. */
export function uniqueId(base: string, isTaken: (id: string) => boolean): string {
  if (!isTaken(base)) return base;
  let n = 2;
  while (isTaken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
