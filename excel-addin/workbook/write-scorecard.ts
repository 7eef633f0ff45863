/**
 * Writes a scorecard plan into the open workbook in three steps: read what the workbook holds
 * (readWorkbookSnapshot), decide every row and cell (reconcileScorecard, pure), apply the decisions
 * (applyScorecard). This file only wires the three and reports what was done.
 */
import { reconcileScorecard } from "../../shared/scorecard/reconcile-scorecard";
import type { ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { applyScorecard } from "./apply-scorecard";
import { readWorkbookSnapshot } from "./read-workbook-snapshot";
import { REQUEST_BUDGET_BYTES, RequestBatcher } from "./request-batcher";

export { LEDGER_COLUMNS_KEY } from "../../shared/scorecard/scorecard-ledger";
export { ScorecardWorkbookError } from "../../shared/scorecard/scorecard-workbook-fit";

export interface WriteOptions {
  /** "build" adds the sheets to a workbook that has none of them; "update" upserts by row key. */
  mode: "build" | "update";
  /** Rows written so far out of the rows to write. */
  onProgress?: (done: number, total: number) => void;
  /** Bytes per request before a sync; the default keeps well under Excel on the web's 5 MB. */
  requestBudgetBytes?: number;
  /**
   * `Office.context.requirements.isSetSupported`, for APIs newer than the manifest's ExcelApi 1.7;
   * without it the writer takes the fallbacks.
   */
  isSetSupported?: (set: string, version: string) => boolean;
}

export interface WriteReport {
  mode: "build" | "update";
  /** context.sync() calls in all. */
  syncs: number;
  /** Of those, the syncs made only because a request reached the budget. */
  chunks: number;
  /** The largest estimated request. */
  maxRequestBytes: number;
  rowsAdded: number;
  rowsUpdated: number;
  /** Rows of vendors no longer in the evaluation, flagged "No" in "In evaluation". */
  rowsFlagged: number;
  /** Cells the owner typed over that the update left alone. */
  ownerEditsKept: number;
  summary: string;
}

/**
 * Writes a scorecard plan into the open workbook through the request context it is given (the
 * caller owns Excel.run, see run-scorecard-write.ts, so tests can pass a mock).
 *
 * "build": adds the sheets, tables, number formats, frozen headers, data bars on Score, the score
 * chart and the links; refuses a workbook that already has one of the sheets.
 * "update": an upsert keyed by each row's id. Captured fields refresh; the owner's columns
 * (ratings, weights, notes) and any cell whose content differs from what the last pull wrote (per
 * the hidden ledger) are kept; rows no longer in the evaluation get "No" in "In evaluation" and stay;
 * new rows are appended. Sheets the workbook lacks are built.
 *
 * The number of syncs is fixed (build: 2, update: 4) plus one per ~3.5 MB of data, whatever the
 * number of vendors. Page text is written with the "@" (text) number format set first, through
 * `values`, never `formulas`, so "=cmd|..." stays text.
 *
 * @example
 * await Excel.run((context) => writeScorecard(context, plan, { mode: "build" }))
 * //=> { syncs: 2, chunks: 0, maxRequestBytes: 48213, rowsAdded: 12, … }
 */
export async function writeScorecard(
  context: Excel.RequestContext,
  plan: ScorecardPlan,
  options: WriteOptions,
): Promise<WriteReport> {
  const budget = options.requestBudgetBytes ?? REQUEST_BUDGET_BYTES;
  const batch = new RequestBatcher(context, budget);
  const read = await readWorkbookSnapshot(batch, context.workbook, plan, options.mode);
  const decided = reconcileScorecard(plan, read.snapshot);
  await applyScorecard(batch, context.workbook, plan, read, decided, {
    budget,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.isSetSupported ? { isSetSupported: options.isSetSupported } : {}),
  });
  const mode = options.mode;
  const counts = decided.counts;
  return {
    mode,
    syncs: batch.syncs,
    chunks: batch.chunks,
    maxRequestBytes: batch.maxRequestBytes,
    ...counts,
    summary: describe(mode, counts),
  };
}

function describe(
  mode: "build" | "update",
  counts: Omit<WriteReport, "mode" | "syncs" | "chunks" | "maxRequestBytes" | "summary">,
) {
  if (mode === "build") return `Built the scorecard: ${counts.rowsAdded} rows written.`;
  const parts = [
    `${counts.rowsUpdated} rows refreshed`,
    `${counts.rowsAdded} added`,
    `${counts.rowsFlagged} marked as no longer in the evaluation`,
    `${counts.ownerEditsKept} of your own edits kept`,
  ];
  return `Updated the scorecard: ${parts.join(", ")}.`;
}
