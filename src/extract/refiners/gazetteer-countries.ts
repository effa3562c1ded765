import type { ExtractContext } from "../context";
import type { Gazetteer } from "../geonames/gazetteer";
import type { NameMention } from "../parsers/names";
import type { Trace } from "../rules";

/** A country's name is at most this many words ("Saint Vincent and the Grenadines"); so at most this many lookups. */
const MAX_COUNTRY_WORDS = 6;
/** A word of a name: letters and digits, hyphens and dots inside; an apostrophe ends it ("Guinea's"). */
const WORD = /[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/uy;
/** Lower-case words inside a country's name ("Democratic Republic of the Congo", "Bosnia and Herzegovina"). */
const INNER_WORD = /^(?:of|the|and)$/;

/** The words from `start`, one space apart, up to MAX_COUNTRY_WORDS: a name's words and the ones that follow it. */
function wordsFrom(text: string, start: number): Array<{ end: number; text: string }> {
  const out: Array<{ end: number; text: string }> = [];
  let at = start;
  while (out.length < MAX_COUNTRY_WORDS) {
    WORD.lastIndex = at;
    const m = WORD.exec(text);
    if (!m) break;
    const word = m[0];
    if (!/^\p{Lu}/u.test(word) && !INNER_WORD.test(word)) break;
    out.push({ end: at + word.length, text: word });
    if (text[at + word.length] !== " ") break;
    at += word.length + 1;
  }
  return out;
}

/**
 * Rule "name.gazetteer-country": a country's full name of several words is one place, whatever the name rules made
 * of it ("Papua New Guinea" split in two at "New"; "the Democratic Republic of the Congo" an organization by its
 * "Republic"). From each name's start, the longest run of words the gazetteer knows as a country, tried longest first;
 * the names it covers become that one place. A name running on past the country ("Papua New Guinea Prime Minister
 * James Marape") is left as it was.
 */
export function countriesByGazetteer(context: ExtractContext, mentions: NameMention[], gazetteer: Gazetteer, trace: Trace): void {
  const { text } = context;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const words = wordsFrom(text, m.start);
    for (let n = words.length; n >= 2; n--) {
      const last = words[n - 1]!;
      if (!/^\p{Lu}/u.test(last.text)) continue;
      const end = last.end;
      // Nothing to change: the name is this country already.
      if (end === m.end && m.kind === "place") break;
      const name = text.slice(m.start, end);
      if (!gazetteer.lookup(name).some((e) => e.kind === "country")) continue;
      let covered = 0;
      while (i + covered < mentions.length && mentions[i + covered]!.start < end) covered++;
      if (mentions[i + covered - 1]!.end > end) break;
      mentions.splice(i, covered, { start: m.start, end, text: name, kind: "place", rule: "gazetteer-country" });
      trace({ item: `name '${name}' at ${m.start}`, rule: "name.gazetteer-country", decided: "one place, a country" });
      break;
    }
  }
}
