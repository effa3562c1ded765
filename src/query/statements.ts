import type { Actor } from "../model/actor";
import { fail, ok, quoted, type Result } from "../model/failure";
import type { Statement } from "../model/statement";
import { type Argument, hasWords, isBlank, named, optionalCount, requiredText, withinLimit } from "./arguments";
import { dateBasis, isoToSerial } from "./dates";
import { nameKey, wordsKey } from "./fold";
import type { OpenReport } from "./open-report";
import type { Cell, Table } from "./table";

export const speakerOf = (r: OpenReport, statement: Statement): Actor => r.actorsById.get(statement.speaker)!;

function statementsOf(r: OpenReport, speaker: Argument): Result<{ actor: Actor; statements: Statement[] }> {
  const actor = named(speaker, "speaker", "speaker", r.actorIndex);
  if (!actor.ok) return actor;
  const statements = r.statementsBySpeaker.get(actor.value.id) ?? [];
  if (statements.length === 0) return fail({ code: "no-statement-by", speaker: actor.value.name });
  return ok({ actor: actor.value, statements });
}

/** A speaker's statements in report order (none for an actor who made none). */
export const statementsBy = (r: OpenReport, actorId: string): readonly Statement[] => r.statementsBySpeaker.get(actorId) ?? [];

/** The n-th statement (1-based, report order) of a speaker. */
export function findStatement(r: OpenReport, speaker: Argument, n?: Argument): Result<Statement> {
  const found = statementsOf(r, speaker);
  if (!found.ok) return found;
  const index = optionalCount(n, "n", 1);
  if (!index.ok) return index;
  const statement = found.value.statements[index.value - 1];
  if (!statement) {
    return fail({ code: "out-of-range", speaker: found.value.actor.name, n: index.value, count: found.value.statements.length });
  }
  return ok(statement);
}

/** `REPORT.STATEMENT`: the n-th statement of a speaker, as the report renders it. */
export function statementText(r: OpenReport, speaker: Argument, n?: Argument): Result<string> {
  const statement = findStatement(r, speaker, n);
  return statement.ok ? ok(statement.value.text.exact) : statement;
}

/** Topic keys matching the input: a key or label, or every label containing the words. */
function topicsMatching(r: OpenReport, input: string): Result<Set<string>> {
  const { report, topicIndex } = r;
  const exact = topicIndex.find(input);
  if (exact) return ok(new Set([exact]));
  if (!hasWords(input)) return fail({ code: "no-words", argument: "topic", input, expected: "a topic or words of its label" });
  const short = withinLimit(input, "topic", r.limits.name);
  if (!short.ok) return short;
  const key = nameKey(input);
  const partial = Object.entries(report.topics).filter(([k, label]) => nameKey(`${k} ${label}`).includes(key));
  if (partial.length > 0) return ok(new Set(partial.map(([k]) => k)));
  return fail({
    code: "unknown-choice",
    argument: "topic",
    input,
    choices: Object.keys(report.topics),
    suggestion: topicIndex.suggest(input),
  });
}

export const STATEMENT_HEADER = [
  "date",
  "speaker",
  "role",
  "kind",
  "text",
  "setting",
  "topics",
  "date basis",
  "evidence",
  "id",
] as const;

export function statementRow(r: OpenReport, statement: Statement): Cell[] {
  const speaker = speakerOf(r, statement);
  return [
    statement.date ? isoToSerial(statement.date.start) : "",
    speaker.name,
    speaker.role,
    statement.kind,
    statement.text.exact,
    statement.settingBasis === "implied" || statement.settingBasis === "inferred"
      ? `${statement.setting} (${statement.settingBasis})`
      : statement.setting,
    statement.topics.map((t) => r.report.topics[t] ?? t).join("; "),
    statement.date ? dateBasis(statement.date) : "",
    statement.evidence.exact,
    statement.id,
  ];
}

/** `REPORT.STATEMENTS`: every statement, or a speaker's, or those on a topic, in report order. */
export function statementTable(r: OpenReport, speaker?: Argument, topic?: Argument): Result<Table> {
  let statements: readonly Statement[] = r.report.statements;
  if (!isBlank(speaker)) {
    const found = statementsOf(r, speaker);
    if (!found.ok) return found;
    statements = found.value.statements;
  }
  if (!isBlank(topic)) {
    const text = requiredText(topic, "topic", "a topic");
    if (!text.ok) return text;
    const topics = topicsMatching(r, text.value);
    if (!topics.ok) return topics;
    statements = statements.filter((s) => s.topics.some((t) => topics.value.has(t)));
    if (statements.length === 0) return fail({ code: "nothing-matches", filter: `speaker and topic ${quoted(text.value)}` });
  }
  return ok({ header: STATEMENT_HEADER, rows: statements.map((s) => statementRow(r, s)) });
}

/** Statements whose words contain the given words (quote marks, case and apostrophes folded). */
export function statementsContaining(r: OpenReport, words: string): Statement[] {
  const key = wordsKey(words);
  if (!key || key.length > r.limits.words) return [];
  return r.statementWords.filter((s) => s.words.some((w) => w.includes(key))).map((s) => s.statement);
}

/**
 * `REPORT.WHO`: who said the words, in report order, joined by "; ". A speaker the report quotes
 * with the words (inside quote marks) is named as is; one it only paraphrases with them (the
 * words are the reporter's) is marked "(paraphrased)", after the quoted ones.
 */
export function whoSaid(r: OpenReport, words: Argument): Result<string> {
  const expected = "some words of a statement";
  const text = requiredText(words, "text", expected);
  if (!text.ok) return text;
  if (!hasWords(text.value)) return fail({ code: "no-words", argument: "text", input: text.value, expected });
  const short = withinLimit(text.value, "text", r.limits.words, wordsKey);
  if (!short.ok) return short;
  const matches = statementsContaining(r, text.value);
  if (matches.length === 0) return fail({ code: "no-words-match", input: text.value });
  const key = wordsKey(text.value);
  const quotedWith = (s: Statement) => s.quotes.some((q) => wordsKey(q.exact).includes(key));
  const quoted = [...new Set(matches.filter(quotedWith).map((s) => speakerOf(r, s).name))];
  const paraphrased = [...new Set(matches.map((s) => speakerOf(r, s).name))].filter((name) => !quoted.includes(name));
  return ok([...quoted, ...paraphrased.map((name) => `${name} (paraphrased)`)].join("; "));
}
