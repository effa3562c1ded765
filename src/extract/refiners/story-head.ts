/**
 * The head of a story: its headline (a first line that is not a sentence, above the lead), its dateline in the
 * common forms ("CITY, Country (Agency) -", "CITY, Month Day (Agency) -", "CITY -", "CITY:") and its lead.
 */
import type { ExtractContext } from "../context";

export interface StoryHead {
  /** The headline's sentence index, when the text opens with one. */
  headline: number | undefined;
  /** The lead's sentence index: the first after the headline. */
  lead: number;
  /** Where the dateline starts and ends (both 0 when there is none). */
  dateline: { start: number; end: number };
}

/** After a dateline's place: a dash set off by spaces, or a colon. */
const DATELINE_END = /\s(?:—|–|--?)\s|:\s/;
/** "KATHMANDU", "KATHMANDU, Nepal", "TAIYUAN, March 9", "BEIRUT (Reuters)", "GOMA, Congo (AFP)". */
const DATELINE_HEAD = /^\p{Lu}[\p{Lu}\p{M} .'’-]*(?:,\s[^,()\n]{1,40})?(?:\([^()\n]{1,30}\))?$/u;
/** A headline does not end as a sentence does. */
const SENTENCE_END = /[.!?"”’]\s*$/;

function datelineIn(text: string, start: number): { start: number; end: number } | undefined {
  const head = text.slice(start, start + 90);
  const cut = DATELINE_END.exec(head);
  if (!cut || head.slice(0, cut.index).includes("\n")) return undefined;
  return DATELINE_HEAD.test(head.slice(0, cut.index).trimEnd()) ? { start, end: start + cut.index + cut[0].length } : undefined;
}

/** The story's head (found once per draft: draftPlaces in figure-context.ts). */
export function storyHead(context: ExtractContext): StoryHead {
  const { text, sentences } = context;
  const first = sentences[0];
  let head: StoryHead = { headline: undefined, lead: 0, dateline: { start: 0, end: 0 } };
  const own = datelineIn(text, first?.start ?? 0);
  if (own) head = { ...head, dateline: own };
  else if (first && sentences[1] && sentences[1].paragraph !== first.paragraph && !SENTENCE_END.test(first.text)) {
    const lead = sentences[1];
    head = { headline: 0, lead: 1, dateline: datelineIn(text, lead.start) ?? { start: 0, end: 0 } };
  }
  return head;
}
