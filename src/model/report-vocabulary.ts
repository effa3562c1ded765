import { z } from "zod";
import { BOUND_KINDS, boundsFor, canonicalBound, hasOwn, MEASURES, SETTINGS, UNITS, type BoundKind } from "./vocabulary";

/** What a report adds to the canonical vocabularies: new measures (with synonyms), qualifiers, units, settings. */
export const ReportVocabularySchema = z.object({
  /** Measure -> the words that name it; a canonical measure listed here gains these synonyms. */
  measures: z.record(z.string().min(1), z.array(z.string().min(1))).optional(),
  /** Qualifier as written -> how it bounds its number (see vocabulary.ts BOUND_KINDS). */
  qualifiers: z.record(z.string().min(1), z.enum(BOUND_KINDS)).optional(),
  units: z.array(z.string().min(1)).optional(),
  settings: z.array(z.string().min(1)).optional(),
});
export type ReportVocabulary = z.infer<typeof ReportVocabularySchema>;

/** The kind of bound of a qualifier, canonical or the report's own; undefined when neither knows it. */
export function boundKindOf(qualifier: string, vocabulary: ReportVocabulary | undefined): BoundKind | undefined {
  const own = vocabulary?.qualifiers;
  return canonicalBound(qualifier) ?? (own && hasOwn(own, qualifier) ? own[qualifier] : undefined);
}

interface VocabularyUser {
  vocabulary?: ReportVocabulary;
  figures: ReadonlyArray<{
    measure: string;
    qualifier: string;
    unit: string;
    value: { best: number; low: number | null; high: number | null };
  }>;
  statements: ReadonlyArray<{ setting: string }>;
}

export interface VocabularyProblem {
  path: (string | number)[];
  message: string;
}

/**
 * Every figure's measure, qualifier and unit and every statement's setting must be canonical or declared in the
 * report's vocabulary, and every figure's low/best/high must follow its qualifier's rule. Lists every problem.
 */
export function vocabularyProblems(report: VocabularyUser): VocabularyProblem[] {
  const problems: VocabularyProblem[] = [];
  const measures = new Set<string>([...MEASURES, ...Object.keys(report.vocabulary?.measures ?? {})]);
  const units = new Set<string>([...UNITS, ...(report.vocabulary?.units ?? [])]);
  const settings = new Set<string>([...SETTINGS, ...(report.vocabulary?.settings ?? [])]);
  report.figures.forEach((figure, i) => {
    if (!measures.has(figure.measure)) {
      problems.push({
        path: ["figures", i, "measure"],
        message: `unknown measure '${figure.measure}': add it to vocabulary.measures`,
      });
    }
    if (!units.has(figure.unit)) {
      problems.push({ path: ["figures", i, "unit"], message: `unknown unit '${figure.unit}': add it to vocabulary.units` });
    }
    const kind = boundKindOf(figure.qualifier, report.vocabulary);
    if (!kind) {
      problems.push({
        path: ["figures", i, "qualifier"],
        message: `unknown qualifier '${figure.qualifier}': add it to vocabulary.qualifiers with its kind of bound`,
      });
      return;
    }
    const { best, low, high } = figure.value;
    const expected = kind === "range" ? boundsFor(kind, low ?? best, high ?? best) : boundsFor(kind, best);
    if (expected.best !== best || expected.low !== low || expected.high !== high) {
      problems.push({
        path: ["figures", i, "value"],
        message: `'${figure.qualifier}' (${kind}) gives low ${expected.low}, best ${expected.best}, high ${expected.high}; found low ${low}, best ${best}, high ${high}`,
      });
    }
  });
  report.statements.forEach((statement, i) => {
    if (!settings.has(statement.setting)) {
      problems.push({
        path: ["statements", i, "setting"],
        message: `unknown setting '${statement.setting}': add it to vocabulary.settings`,
      });
    }
  });
  return problems;
}
