import type { NameMention } from "../parsers/names";

/** Between a place and the one it lies in: " in ", ", in neighbouring ", " of " ("the Catatumbo region of Colombia"). */
const INSIDE_GAP = /^,?\s(?:in|of)\s(?:the\s)?(?:\p{Ll}+\s)?$/u;
/** Between two places of one list ("the villages of Lopa and Drodro"): a count of both takes the first. */
const LIST_GAP = /^(?:,\s|\sand\s|,\sand\s|\sor\s)$/;
/** Between a place and one that lies in it, named after it: "Somalia's Lower Shabelle region", "China's north-west". */
const POSSESSIVE_GAP = /^['’]s\s(?:\p{Ll}+\s)?$/u;

/**
 * The first place of a chain that names each inside the next ("on the outskirts of Manbij in northern Syria", "in
 * Lüliang, in north China's Shanxi province"): the most specific, which is the count's. `places` are the sentence's,
 * in text order. A place named after its own ("Somalia's Lower Shabelle region") is inside it; of a list inside one
 * ("the villages of Lopa and Drodro, in the Bahema Nord chiefdom") the first is taken.
 *
 * @example
 * innermost(text, places, northernSyria) // the mention of Manbij
 */
export function innermost(text: string, places: readonly NameMention[], m: NameMention): NameMention {
  let i = places.indexOf(m);
  let inner = m;
  while (i > 0 && INSIDE_GAP.test(text.slice(places[i - 1]!.end, inner.start))) {
    inner = places[--i]!;
  }
  if (inner !== m) {
    while (i > 0 && LIST_GAP.test(text.slice(places[i - 1]!.end, inner.start))) inner = places[--i]!;
    return inner;
  }
  while (i + 1 < places.length && POSSESSIVE_GAP.test(text.slice(inner.end, places[i + 1]!.start))) inner = places[++i]!;
  return inner;
}
