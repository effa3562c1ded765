import { ReportSchema, type Report } from "./report";
import { spansIn } from "./spans-in";
import { withUtf16Offsets } from "./offset-unit";
import { reanchor } from "./reanchor";
import { hasOwn } from "./vocabulary";

/**
 * Every problem of a dataset, each with its path ("statements[3].speaker: ..."), not just the
 * first: the schema (fields, types, vocabularies), then what the schema cannot see (ids unique,
 * references that resolve, spans that quote the source text at their offsets). For the build,
 * the CLI and, once reports can be imported, the import.
 */
/** One problem of a report: where (a dotted path, "(root)" for the whole), what kind (a code), and in words. */
export interface ReportIssue {
  path: string;
  code: string;
  message: string;
}

export function checkReport(
  data: unknown,
  options: { reanchor?: boolean } = {},
): { report?: Report; problems: string[]; issues: ReportIssue[]; moved: string[]; parsed?: Report } {
  // A file that counts code points is read in UTF-16 code units, the model's one unit.
  const parsed = ReportSchema.safeParse(withUtf16Offsets(data));
  // Only where asked (an import, which says what moved): the dataset's own check stays strict.
  const moved = parsed.success && options.reanchor ? reanchor(parsed.data) : [];
  const issues: ReportIssue[] = parsed.success
    ? [
        ...duplicateIds(parsed.data).map(issueOf("duplicate-id")),
        ...danglingReferences(parsed.data).map(issueOf("unknown-reference")),
        ...misplacedSpans(parsed.data).map(issueOf("misplaced-span")),
      ]
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join(".") || "(root)",
        code: issue.code,
        message: issue.message,
      }));
  const problems = issues.map((issue) => `${issue.path}: ${issue.message}`);
  if (parsed.success && issues.length === 0) return { report: parsed.data, problems, issues, moved };
  // The data as the schema read it (re-anchored where asked), for a caller that can mend its other problems.
  return parsed.success ? { problems, issues, moved, parsed: parsed.data } : { problems, issues, moved };
}

/** "statements.3.speaker: no actor ..." as an issue (the checks below write their problems as lines). */
const issueOf =
  (code: string) =>
  (line: string): ReportIssue => {
    const at = line.indexOf(": ");
    return { path: line.slice(0, at), code, message: line.slice(at + 2) };
  };

function duplicateIds(report: Report): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const [list, records] of Object.entries({
    actors: report.actors,
    places: report.places,
    figures: report.figures,
    statements: report.statements,
    events: report.events,
  })) {
    records.forEach((record, i) => {
      if (seen.has(record.id)) problems.push(`${list}.${i}.id: '${record.id}' is used twice`);
      seen.add(record.id);
    });
  }
  return problems;
}

function danglingReferences(report: Report): string[] {
  const actors = new Set(report.actors.map((a) => a.id));
  const places = new Set(report.places.map((p) => p.id));
  const problems: string[] = [];
  const need = (id: string | null, known: Set<string>, path: string, what: string) => {
    if (id !== null && !known.has(id)) problems.push(`${path}: no ${what} '${id}' in the dataset`);
  };
  report.statements.forEach((s, i) => {
    need(s.speaker, actors, `statements.${i}.speaker`, "actor");
    s.audience.forEach((id, j) => need(id, actors, `statements.${i}.audience.${j}`, "actor"));
    s.topics.forEach((t, j) => {
      if (!hasOwn(report.topics, t)) problems.push(`statements.${i}.topics.${j}: no topic '${t}' in the dataset`);
    });
  });
  report.actors.forEach((a, i) => need(a.affiliation, actors, `actors.${i}.affiliation`, "actor"));
  const figures = new Set(report.figures.map((f) => f.id));
  report.figures.forEach((f, i) => {
    need(f.attribution.actor, actors, `figures.${i}.attribution.actor`, "actor");
    need(f.relation?.figure ?? null, figures, `figures.${i}.relation.figure`, "figure");
    const kind = f.subject.kind === "place" ? "place" : "actor";
    need(f.subject.id, kind === "place" ? places : actors, `figures.${i}.subject.id`, kind);
  });
  report.events.forEach((e, i) => {
    e.actors.forEach((id, j) => need(id, actors, `events.${i}.actors.${j}`, "actor"));
    e.places.forEach((id, j) => need(id, places, `events.${i}.places.${j}`, "place"));
  });
  return problems;
}

/** Spans whose `exact` is not the source text at their offsets (after re-anchoring: quotes not in the text). */
function misplacedSpans(report: Report): string[] {
  const text = report.source.text;
  return spansIn({ ...report, source: undefined })
    .filter(({ span }) => typeof span.exact === "string" && text.slice(span.start, span.end) !== span.exact)
    .map(({ path, span }) => `${path}: '${span.exact!.slice(0, 40)}' is not the source text at ${span.start}-${span.end}`);
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  lakh: 1e5,
  crore: 1e7,
};
const WRITTEN_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand|million|mn|billion|bn|lakh|crore|k|m)\b)?/gi;

/** The numbers written in digits in `words` ("about 2,750" -> [2750]; "1.2 million" -> [1200000]). */
export function numbersInWords(words: string): number[] {
  return [...words.matchAll(WRITTEN_NUMBER)].map(([, whole, fraction, multiplier]) => {
    const n = Number(`${whole!.replace(/,/g, "")}${fraction ?? ""}`);
    return multiplier ? Math.round(n * MULTIPLIERS[multiplier.toLowerCase()]!) : n;
  });
}

/**
 * Figures whose best value is none of the numbers their own words write in digits, nor their sum ("about 2,750"
 * answering 3000): flagged on import, with the figure's path, for a person to check. A flag, not a refusal: words
 * can give a number in ways this does not read (a count from a list, a unit), and a figure whose note says why its
 * value differs is the note's word. Words without digits ("a dozen", "two") are not read here.
 */
export function valueWarnings(report: Report): string[] {
  return report.figures.flatMap((f, i) => {
    const written = numbersInWords(f.valueText.exact);
    const total = written.reduce((sum, n) => sum + n, 0); // "23 women and 11 children": 34
    if (written.length === 0 || f.note !== undefined || written.includes(f.value.best) || total === f.value.best) return [];
    return [
      `figures.${i}.value.best: ${f.value.best} is not the number its words give ('${f.valueText.exact.slice(0, 40)}' says ${written.join(" or ")}); loaded as written: check it, and correct the value or say why in the figure's note`,
    ];
  });
}
