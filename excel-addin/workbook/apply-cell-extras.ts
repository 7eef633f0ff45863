/**
 * What a cell carries besides its content: a hyperlink, a drop-down list (data validation) and a
 * note. Written cell by cell after the content, each guarded by the requirement set it needs beyond
 * the manifest's ExcelApi 1.7, with the fallback written beside it.
 */
import type { CellContent } from "../../shared/scorecard/scorecard-ledger";
import type { PlanCell } from "../../shared/scorecard/scorecard-plan";
import { jsonBytes, type RequestBatcher } from "./request-batcher";

export interface CellExtrasSupport {
  /** `Office.context.requirements.isSetSupported`, for APIs newer than the manifest's ExcelApi 1.7. */
  isSetSupported: (set: string, version: string) => boolean;
  workbook: Excel.Workbook;
}

/**
 * Links the cell at (`row`, `col`) to `link`, showing `text` (only text cells are links).
 */
export async function applyLink(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  link: string | undefined,
  text: CellContent | undefined,
): Promise<void> {
  if (!link || typeof text !== "string") return;
  const hyperlink = { address: link, textToDisplay: text };
  await batch.reserve(jsonBytes(hyperlink), 2);
  sheet.getRangeByIndexes(row, col, 1, 1).hyperlink = hyperlink;
}

/**
 * Gives the cell at (`row`, `col`) the drop-down of `cell.validation`:
 * `range.dataValidation.rule = { list: { inCellDropDown: true, source } }`, ExcelApi 1.8. On a row
 * already in the workbook (`refresh`) the old rule is cleared first, so a vendor's list that grew is
 * replaced. Fallback without ExcelApi 1.8 (Excel 2016 bought outright): no drop-down; the plan's name
 * is still text the owner can type over, and the Costs sheet's lookups read whatever is typed.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
 */
export async function applyValidation(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  cell: PlanCell | undefined,
  support: CellExtrasSupport,
  refresh = false,
): Promise<void> {
  if (!cell?.validation) return;
  const rule = { list: { inCellDropDown: true, source: cell.validation.list } };
  if (support.isSetSupported("ExcelApi", "1.8")) {
    await batch.reserve(jsonBytes(rule), refresh ? 3 : 2);
    const range = sheet.getRangeByIndexes(row, col, 1, 1);
    if (refresh) range.dataValidation.clear();
    range.dataValidation.rule = rule;
  }
}

/**
 * Puts `cell.note` on a cell written fresh: `worksheet.notes.add` (ExcelApi 1.18); where only
 * ExcelApi 1.10 is there, a comment (`workbook.comments.add`) carries the same text; older hosts get
 * neither and the value stands alone. A cell an Update refreshes keeps the note its row was written
 * with, as adding a note to a cell that has one is not documented to replace it.
 * https://learn.microsoft.com/javascript/api/excel/excel.notecollection#excel-excel-notecollection-add-member(1)
 * https://learn.microsoft.com/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1)
 */
export async function applyNote(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  cell: PlanCell | undefined,
  support: CellExtrasSupport,
): Promise<void> {
  const note = cell?.note;
  if (!note) return;
  if (support.isSetSupported("ExcelApi", "1.18")) {
    await batch.reserve(jsonBytes(note), 2);
    sheet.notes.add(sheet.getRangeByIndexes(row, col, 1, 1), note);
  } else if (support.isSetSupported("ExcelApi", "1.10")) {
    await batch.reserve(jsonBytes(note), 2);
    support.workbook.comments.add(sheet.getRangeByIndexes(row, col, 1, 1), note);
  }
}
