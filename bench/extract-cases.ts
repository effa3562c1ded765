/**
 * The extractor's scored cases: the bundled report (data/report.json is its truth) and every test article in
 * test/extract/articles/ (<slug>.txt with <slug>.truth.json), in name order; the held-out articles
 * (test/extract/held-out/, same layout) the same way.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../src/cli/gazetteer";
import { extractDraft } from "../src/extract";
import type { DraftReport } from "../src/model/draft";
import type { Report } from "../src/model/report";

export interface ExtractCase {
  name: string;
  text: string;
  truth: Report;
  published?: string;
  title?: string;
}

const root = join(__dirname, "..");
export const ARTICLES_DIR = join(root, "test", "extract", "articles");
/** Articles annotated apart from the rules' tuning: scored on their own line, never given floors. */
export const HELD_OUT_DIR = join(root, "test", "extract", "held-out");

/** Issue 22's corpus: a tuning set (rules may be tuned on it) and a held-out set (scored only, never tuned on). */
export const CORPUS_TUNING_DIR = join(root, "test", "extract", "corpus", "tuning");
export const CORPUS_HELD_OUT_DIR = join(root, "test", "extract", "corpus", "held-out");
/** A second held-out set, written and annotated later by another helper apart from the rules: scored only. */
export const CORPUS_HELD_OUT_2_DIR = join(root, "test", "extract", "corpus", "held-out-2");
/** A third held-out set, written and annotated apart from the rules (2026-12-04), scored first before that day's rules. */
export const CORPUS_HELD_OUT_3_DIR = join(root, "test", "extract", "corpus", "held-out-3");

/** Every scored set of articles, by the name its floors have in test/extract/accuracy-floors.json. */
export const ARTICLE_SETS: ReadonlyArray<{ name: string; dir: string }> = [
  { name: "test articles", dir: ARTICLES_DIR },
  { name: "held-out articles", dir: HELD_OUT_DIR },
  { name: "corpus tuning", dir: CORPUS_TUNING_DIR },
  { name: "corpus held-out", dir: CORPUS_HELD_OUT_DIR },
  { name: "corpus held-out-2", dir: CORPUS_HELD_OUT_2_DIR },
  { name: "corpus held-out-3", dir: CORPUS_HELD_OUT_3_DIR },
];

export function bundledCase(): ExtractCase {
  const truth = JSON.parse(readFileSync(join(root, "data", "report.json"), "utf8")) as Report;
  // The bundled report's date is inferred (October 2023, not before the 15th): its latest possible day.
  return {
    name: "bundled report",
    text: readFileSync(join(root, "data", "article.txt"), "utf8"),
    truth,
    published: truth.source.published.notBefore,
  };
}

export function articleCases(dir = ARTICLES_DIR): ExtractCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".truth.json"))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.truth\.json$/, "");
      const truth = JSON.parse(readFileSync(join(dir, file), "utf8")) as Report;
      const published = truth.source.published.value;
      return {
        name: slug,
        text: readFileSync(join(dir, `${slug}.txt`), "utf8"),
        truth,
        ...(/^\d{4}-\d{2}-\d{2}$/.test(published) ? { published } : {}),
        title: truth.source.title,
      };
    });
}

/** A case's draft as the CLI and the pane make it: with its date and title, and the GeoNames gazetteer. */
export function draftCase(c: ExtractCase): DraftReport {
  return extractDraft(c.text, {
    ...(c.published ? { published: c.published } : {}),
    ...(c.title ? { title: c.title } : {}),
    gazetteer: loadGazetteer(),
  });
}
