/**
 * Whether a workbook can take a scorecard write: a build refuses a workbook that has the sheets,
 * an update refuses a table that lost its columns or had its ratings moved apart. Errors are
 * sentences the task pane shows as they are.
 */
import type { PlanTable, ScorecardPlan } from "./scorecard-plan";

/** A writer-side error the task pane shows as it is: it says what to do. */
export class ScorecardWorkbookError extends Error {
  override name = "ScorecardWorkbookError";
}

/**
 * Refuses a workbook the writer must not touch: a build into a workbook that already has one of the
 * plan's sheets, or an update where a sheet kept its name but lost its table.
 *
 * @throws {ScorecardWorkbookError} saying what the owner can do instead
 */
export function checkWorkbookFits(
  plan: ScorecardPlan,
  mode: "build" | "update",
  existingSheets: readonly string[],
  missingTables: readonly string[],
): void {
  if (mode === "build" && existingSheets.length > 0) {
    throw new ScorecardWorkbookError(
      `This workbook already has a ${existingSheets.join(", ")} sheet. Choose Update to refresh that scorecard, or build into a new workbook.`,
    );
  }
  for (const t of plan.sheets.flatMap((sheet) => sheet.tables)) {
    if (t.excelTable && existingSheets.includes(t.sheet) && missingTables.includes(t.name)) {
      throw new ScorecardWorkbookError(
        `The ${t.sheet} sheet has no ${t.name} table any more. Rename or delete the ${t.sheet} sheet, then update again; VendorScout will rebuild it.`,
      );
    }
  }
}

/**
 * Where an existing Excel table's plan columns sit, found by header (ignoring case and spaces round
 * it), refusing shapes the formulas cannot use.
 *
 * @throws {ScorecardWorkbookError} when a plan column's header is gone, or the rating columns were
 *   moved apart (the score formula reads them as one range)
 * @example
 * mapColumns(scorecardTable, 0, ["Vendor id", "Vendor", "Cost", ...]).get("vendor") //=> 1
 */
export function mapColumns(table: PlanTable, left: number, headers: readonly string[]): Map<string, number> {
  const lower = headers.map((h) => h.trim().toLowerCase());
  const missing: string[] = [];
  const columnIndex = new Map<string, number>();
  for (const column of table.columns) {
    const at = lower.indexOf(column.header.toLowerCase());
    if (at < 0) missing.push(column.header);
    else columnIndex.set(column.id, left + at);
  }
  if (missing.length > 0) {
    throw new ScorecardWorkbookError(
      `The ${table.sheet} table has no column "${missing.join('", "')}": the evaluation's criteria changed or a header was renamed. Restore the header, or build this evaluation into a new workbook.`,
    );
  }
  const ratings = table.columns.filter((c) => c.id.startsWith("rating-"));
  ratings.forEach((column, i) => {
    const first = columnIndex.get(ratings[0]?.id ?? "") ?? 0;
    if (columnIndex.get(column.id) !== first + i) {
      throw new ScorecardWorkbookError(
        `The rating columns on the ${table.sheet} sheet were moved apart. Put them back side by side in the order of the Criteria sheet, then update again.`,
      );
    }
  });
  return columnIndex;
}
