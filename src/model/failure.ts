/**
 * Every way a query can fail, as one closed set of codes with their data. Messages live in one
 * table here; the Excel edge turns a failure into `#N/A` (not in the report) or `#VALUE!` (an
 * argument of the wrong kind).
 */
export type Failure =
  | { code: "missing"; argument: string; expected: string }
  | { code: "wrong-type"; argument: string; expected: string; got: string }
  | { code: "unknown-name"; what: string; input: string; suggestion?: string }
  | { code: "ambiguous"; what: string; input: string; candidates: readonly string[] }
  | { code: "unknown-choice"; argument: string; input: string; choices: readonly string[]; suggestion?: string }
  | {
      code: "not-reported";
      subject: string;
      measure: string;
      available: readonly string[];
      /** For a combined measure ("casualties"): the parts it would add, had the report given them all. */
      parts?: readonly string[];
    }
  | { code: "no-value"; subject: string; what: string; detail?: string }
  | { code: "out-of-range"; speaker: string; n: number; count: number }
  | { code: "no-statement-by"; speaker: string }
  | { code: "no-words-match"; input: string }
  | { code: "nothing-matches"; filter: string }
  | { code: "bad-date"; argument: string; input: string; reason?: string }
  | { code: "dates-reversed"; from: string; to: string }
  | { code: "too-long"; argument: string; input: string; length: number; limit: number }
  | { code: "not-a-cell"; argument: string; rows: number; columns: number }
  | { code: "no-words"; argument: string; input: string; expected: string }
  | { code: "unknown-report"; input: string; suggestion?: string; unread?: string }
  | { code: "duplicate-report"; id: string; title: string }
  | { code: "not-compared"; subject: string; measure: string; reports: number; library?: string }
  | { code: "team-refused"; url: string; reason: string };

export type FailureCode = Failure["code"];

export type Result<T> = { ok: true; value: T } | { ok: false; failure: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(failure: Failure): Result<T> => ({ ok: false, failure });

export type ExcelErrorCode = "#N/A" | "#VALUE!";

/** `#N/A`: the report does not have it. `#VALUE!`: the argument itself is wrong. */
export const FAILURE_ERROR: { readonly [C in FailureCode]: ExcelErrorCode } = {
  missing: "#VALUE!",
  "wrong-type": "#VALUE!",
  "unknown-name": "#N/A",
  ambiguous: "#N/A",
  "unknown-choice": "#VALUE!",
  "not-reported": "#N/A",
  "no-value": "#N/A",
  "out-of-range": "#N/A",
  "no-statement-by": "#N/A",
  "no-words-match": "#N/A",
  "nothing-matches": "#N/A",
  "bad-date": "#VALUE!",
  "dates-reversed": "#VALUE!",
  "too-long": "#VALUE!",
  "not-a-cell": "#VALUE!",
  "no-words": "#VALUE!",
  "unknown-report": "#VALUE!",
  "duplicate-report": "#VALUE!",
  "not-compared": "#N/A",
  "team-refused": "#VALUE!",
};

type MessageTable = { readonly [C in FailureCode]: (failure: Extract<Failure, { code: C }>) => string };

const QUOTE_LIMIT = 40;

/**
 * What the user typed, in quotes, cut to its first few dozen characters: a message must stay
 * readable (and cheap) whatever length of text reached the function.
 */
export function quoted(input: string): string {
  const head = Array.from(input.slice(0, QUOTE_LIMIT * 2))
    .slice(0, QUOTE_LIMIT)
    .join("");
  return head.length < input.length ? `'${head}…'` : `'${input}'`;
}

const didYouMean = (suggestion: string | undefined) => (suggestion ? `; did you mean '${suggestion}'?` : ".");

const MESSAGES: MessageTable = {
  missing: (f) => `${f.argument} is required: give ${f.expected}.`,
  "wrong-type": (f) => `${f.argument} must be ${f.expected}, not ${f.got}.`,
  "unknown-name": (f) => `No ${f.what} ${quoted(f.input)} in the report${didYouMean(f.suggestion)}`,
  ambiguous: (f) =>
    `${quoted(f.input)} is ambiguous: the report has ${f.candidates.join(" and ")}; give which ${f.what} you mean.`,
  "unknown-choice": (f) =>
    `${quoted(f.input)} is not a ${f.argument}` +
    (f.suggestion ? didYouMean(f.suggestion) : `; use one of: ${f.choices.join(", ")}.`),
  "not-reported": (f) =>
    `The report gives no ${f.measure} figure for ${f.subject}` +
    (f.parts ? `, nor both ${f.parts.join(" and ")}` : "") +
    (f.available.length > 0 ? ` (it gives ${f.available.join(", ")}).` : "."),
  "no-value": (f) => `The report gives no ${f.what} for ${f.subject}${f.detail ? ` (${f.detail})` : ""}.`,
  "out-of-range": (f) =>
    `${f.speaker} has ${f.count} statement${f.count === 1 ? "" : "s"} in the report; n must be 1 to ${f.count}, not ${f.n}.`,
  "no-statement-by": (f) => `The report gives no statement by ${f.speaker}.`,
  "no-words-match": (f) => `No statement in the report contains ${quoted(f.input)}.`,
  "nothing-matches": (f) => `Nothing in the report matches ${f.filter}.`,
  "bad-date": (f) =>
    `${f.argument} ${quoted(f.input)} is not a date${f.reason ? ` (${f.reason})` : ""}; give an Excel date or YYYY-MM-DD.`,
  "dates-reversed": (f) => `from (${f.from}) is after to (${f.to}); give the earlier date first.`,
  "too-long": (f) =>
    `${f.argument} ${quoted(f.input)} is ${f.length.toLocaleString("en-US")} characters long; ` +
    `nothing it can name in the report is longer than ${f.limit}.`,
  "not-a-cell": (f) =>
    `${f.argument} takes a single cell or value, not a range of ${f.rows} × ${f.columns} cells; point it at one cell.`,
  "no-words": (f) => `${f.argument} ${quoted(f.input)} has no letters or digits; give ${f.expected}.`,
  "unknown-report": (f) =>
    `No report '${f.input}' in the library${didYouMean(f.suggestion)} REPORT.REPORTS() lists them.` +
    (f.unread ? ` It may be one of ${f.unread}: reopen the workbook to try again.` : ""),
  "duplicate-report": (f) => `The library already has a report with id '${f.id}' ('${f.title}'): replace it or keep both.`,
  "not-compared": (f) =>
    `None of the ${f.reports} report${f.reports === 1 ? "" : "s"} in the ${f.library ?? "library"} gives a ${f.measure} figure for ${f.subject}.`,
  "team-refused": (f) => `The team library at ${f.url} did not answer the comparison: ${f.reason}`,
};

export function failureMessage(failure: Failure): string {
  const message = MESSAGES[failure.code] as (f: Failure) => string;
  return message(failure);
}
