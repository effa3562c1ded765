import { bySentence, sentenceAt, type ExtractContext, type Sentence } from "../context";
import type { DateFinding } from "../parsers/dates";
import type { NameMention } from "../parsers/names";
import type { Entity } from "./entities";

/** An event before it is written out: a dated sentence and the entities it names. */
export interface EventFinding {
  date: DateFinding;
  sentence: Sentence;
  entities: Entity[];
}

/** Events: the first date of each sentence that holds a whole date, with the entities the sentence names, in order. */
export function findEvents(
  context: ExtractContext,
  dates: readonly DateFinding[],
  names: readonly NameMention[],
  byMention: ReadonlyMap<NameMention, Entity>,
): EventFinding[] {
  const events: EventFinding[] = [];
  if (dates.length === 0) return events;
  const namesIn = bySentence(context, names);
  const dated = new Set<number>();
  for (const date of dates) {
    const sentence = sentenceAt(context, date.start);
    if (!sentence || sentence.end < date.end || dated.has(sentence.index)) continue;
    dated.add(sentence.index);
    const entities = namesIn[sentence.index]!.filter((m) => m.start >= sentence.start && m.end <= sentence.end)
      .map((m) => byMention.get(m))
      .filter((e): e is Entity => !!e);
    events.push({ date, sentence, entities });
  }
  return events;
}
