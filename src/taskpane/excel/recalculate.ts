/**
 * A full recalculation: custom functions are not volatile, so after the library changes only a full calculation makes
 * formulas that name a report (or rely on the default) answer again. One sync.
 */
export async function recalculateWorkbook(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}
