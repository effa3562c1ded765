import { messageOf } from "../../model/error-message";

/** An action failed, and removing the sheet it had added failed too: that sheet is still in the workbook. */
export class RollbackFailed extends Error {
  constructor(
    readonly failure: unknown,
    readonly sheetName: string,
    readonly cause: unknown,
  ) {
    super(messageOf(failure));
    this.name = "RollbackFailed";
  }
}

/** A message for a failed Excel action: what failed, and whether the workbook is as it was or what is left. */
export function actionFailed(action: string, error: unknown): string {
  if (error instanceof RollbackFailed) {
    return (
      `${action} failed: ${error.message}. The sheet “${error.sheetName}” it had added could not be removed ` +
      `(${messageOf(error.cause)}): it is still in the workbook; delete it if you do not want it.`
    );
  }
  return `${action} failed: ${messageOf(error)}. The workbook was left as it was.`;
}

/** Whether this Excel supports an API requirement set (true when the host cannot tell, e.g. in tests). */
export function supports(set: string, version: string): boolean {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return requirements ? requirements.isSetSupported(set, version) : true;
}
