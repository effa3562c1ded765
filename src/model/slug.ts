/**
 * The part of an id after its kind ("place:meghna-river"): lower-case ASCII words joined by hyphens, at most `max`
 * long, cut after a whole word (only a first word longer than `max` is cut inside).
 */
export function slug(text: string, max = 48): string {
  const words = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= max) return words || "item";
  const cut = words.lastIndexOf("-", max);
  return (cut > 0 ? words.slice(0, cut) : words.slice(0, max)) || "item";
}

/**
 * `base` when it is free, else the first of base-2, base-3, ... that is: how every new id is kept unique. `from` skips
 * suffixes a caller knows are taken (a draft counts them per base, so a thousand figures of one place stay linear).
 */
export function uniqueId(base: string, isTaken: (id: string) => boolean, from = 2): string {
  if (!isTaken(base)) return base;
  let n = from;
  while (isTaken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
