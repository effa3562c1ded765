/**
 * A report file (one JSON document in the dataset's schema) checked before anything uses it: the schema, every span
 * against the text, every reference, unique ids, the text's SHA-256. Every problem is listed with its path; a report
 * with any problem is not imported at all. Loaded on demand (it brings zod), never with the pane's start-up code.
 */
import { ReportSchema, type Report } from "../model/report";

/** Larger files are refused before parsing: the text of a news report is well under a megabyte. */
export const MAX_REPORT_FILE_BYTES = 5_000_000;
const MAX_PROBLEMS = 50;

export interface ReportProblem {
  path: string;
  message: string;
}

export type ReportCheck = { ok: true; report: Report } | { ok: false; problems: ReportProblem[] };

const pathText = (path: ReadonlyArray<PropertyKey>) => (path.length ? path.map(String).join(".") : "(the file)");

/** Every object that looks like a span ({start, end, exact}), with its path. */
function* spansIn(value: unknown, path: string[] = []): Generator<{ path: string[]; start: number; end: number; exact: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* spansIn(value[i], [...path, String(i)]);
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.start === "number" && typeof record.end === "number" && typeof record.exact === "string") {
      yield { path, start: record.start, end: record.end, exact: record.exact };
    }
    for (const [key, child] of Object.entries(record)) if (key !== "source") yield* spansIn(child, [...path, key]);
  }
}

function referenceProblems(report: Report): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const actors = new Set(report.actors.map((a) => a.id));
  const places = new Set(report.places.map((p) => p.id));
  const seen = new Set<string>();
  const all = [...report.actors, ...report.places, ...report.figures, ...report.statements, ...report.events];
  for (const { id } of all) {
    if (seen.has(id)) problems.push({ path: id, message: `id '${id}' is used twice` });
    seen.add(id);
  }
  const need = (ok: boolean, path: string, message: string) => ok || problems.push({ path, message });
  report.actors.forEach((a, i) =>
    need(a.affiliation === null || actors.has(a.affiliation), `actors.${i}.affiliation`, `no actor '${a.affiliation}'`),
  );
  report.figures.forEach((f, i) => {
    const ids = f.subject.kind === "place" ? places : actors;
    need(ids.has(f.subject.id), `figures.${i}.subject.id`, `no ${f.subject.kind} '${f.subject.id}'`);
    need(
      f.attribution.actor === null || actors.has(f.attribution.actor),
      `figures.${i}.attribution.actor`,
      `no actor '${f.attribution.actor}'`,
    );
  });
  report.statements.forEach((s, i) => {
    need(actors.has(s.speaker), `statements.${i}.speaker`, `no actor '${s.speaker}'`);
    s.audience.forEach((id, j) => need(actors.has(id), `statements.${i}.audience.${j}`, `no actor '${id}'`));
    s.topics.forEach((t, j) => need(t in report.topics, `statements.${i}.topics.${j}`, `no topic '${t}' in topics`));
  });
  report.events.forEach((e, i) => {
    e.actors.forEach((id, j) => need(actors.has(id), `events.${i}.actors.${j}`, `no actor '${id}'`));
    e.places.forEach((id, j) => need(places.has(id), `events.${i}.places.${j}`, `no place '${id}'`));
  });
  return problems;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Checks a parsed report file; lists every problem (up to 50) with its path. */
export async function checkReport(value: unknown): Promise<ReportCheck> {
  const parsed = ReportSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => ({ path: pathText(issue.path), message: issue.message })),
    };
  }
  const report = parsed.data;
  const text = report.source.text;
  const problems: ReportProblem[] = [];
  for (const span of spansIn(report)) {
    const found = text.slice(span.start, span.end);
    if (found !== span.exact) {
      const shown = found.length > 40 ? `${found.slice(0, 40)}…` : found;
      problems.push({
        path: span.path.join("."),
        message: `the text at ${span.start}-${span.end} is '${shown}', not the span's words`,
      });
    }
  }
  problems.push(...referenceProblems(report));
  const sha = await sha256Hex(text);
  if (sha !== report.source.sha256) problems.push({ path: "source.sha256", message: `the text's SHA-256 is ${sha}` });
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, report };
}

/** Reads a report file's text: refuses what is too large or not JSON before checking the rest. */
export async function readReportFile(json: string): Promise<ReportCheck> {
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > MAX_REPORT_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
    return {
      ok: false,
      problems: [
        { path: "(the file)", message: `${mb(bytes)} is more than a report file may hold (${mb(MAX_REPORT_FILE_BYTES)})` },
      ],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: "(the file)", message: `not JSON: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
  return checkReport(value);
}

/** Problems as lines for people: "statements.3.speaker: no actor 'actor:x'". */
export const problemLines = (problems: readonly ReportProblem[]): string[] => problems.map((p) => `${p.path}: ${p.message}`);
