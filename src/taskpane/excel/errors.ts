/** A message for a failed Excel action that says what failed and that nothing was changed. */
export function actionFailed(action: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `${action} failed: ${detail}. The workbook was left as it was.`;
}

/** Whether this Excel supports an API requirement set (true when the host cannot tell, e.g. in tests). */
export function supports(set: string, version: string): boolean {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return requirements ? requirements.isSetSupported(set, version) : true;
}
