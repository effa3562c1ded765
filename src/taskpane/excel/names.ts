const MAX_SHEET_NAME = 31;

/** Candidate names for a new sheet: the base, then "base (2)", "base (3)"... all valid Excel sheet names. */
export function sheetNameCandidates(base: string, count = 20): string[] {
  const clean =
    base
      .replace(/[[\]:*?/\\]/g, " ")
      .trim()
      .slice(0, MAX_SHEET_NAME) || "Report";
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return clean;
    const suffix = ` (${i + 1})`;
    return clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  });
}

/** Candidate table names (letters, digits, underscores; unique in the workbook). */
export function tableNameCandidates(base: string, count = 20): string[] {
  const clean = base.replace(/[^A-Za-z0-9_]/g, "") || "Report";
  return Array.from({ length: count }, (_, i) => (i === 0 ? clean : `${clean}_${i + 1}`));
}
