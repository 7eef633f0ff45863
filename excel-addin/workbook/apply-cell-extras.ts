/**
 * What a cell carries besides its content: a hyperlink. Written cell by cell after the content,
 * since Office.js sets each on a one-cell range.
 */
import type { CellContent } from "../../shared/scorecard/scorecard-ledger";
import type { PlanCell } from "../../shared/scorecard/scorecard-plan";
import { jsonBytes, type RequestBatcher } from "./request-batcher";

export interface CellExtrasSupport {
  /** `Office.context.requirements.isSetSupported`, for APIs newer than the manifest's ExcelApi 1.7. */
  isSetSupported: (set: string, version: string) => boolean;
}

/**
 * Links the cell at (`row`, `col`) to `cell.hyperlink`, showing its text (the cell's value, or
 * `options.text` for a refreshed cell).
 */
export async function applyCellExtras(
  batch: RequestBatcher,
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  cell: PlanCell | undefined,
  _support: CellExtrasSupport,
  options: { linkOnly?: true; text?: CellContent } = {},
): Promise<void> {
  if (!cell) return;
  const text = "text" in options ? options.text : cell.value;
  if (cell.hyperlink && typeof text === "string") {
    const link = { address: cell.hyperlink, textToDisplay: text };
    await batch.reserve(jsonBytes(link), 2);
    sheet.getRangeByIndexes(row, col, 1, 1).hyperlink = link;
  }
}
