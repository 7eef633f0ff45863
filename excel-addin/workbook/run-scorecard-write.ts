/**
 * The one place that calls Excel.run: opens a request context on the open workbook and hands it to
 * writeScorecard.
 */
import type { ScorecardPlan } from "../../shared/scorecard/scorecard-plan";
import { type WriteReport, writeScorecard } from "./write-scorecard";

/** Progress as the task pane shows it. */
export interface ScorecardWriteProgress {
  fraction: number | null;
  message: string;
}

/**
 * The one place that calls Excel.run: opens a request context on the open workbook and hands it to
 * `writeScorecard`. The task pane wires this in as its `write` port.
 *
 * @example
 * const report = await runScorecardWrite(plan, { mode: "update", onProgress: (p) => show(p.message) });
 * report.summary
 * //=> "Updated the scorecard: 12 rows refreshed, 1 added, 1 marked as no longer in the evaluation, 3 of your own edits kept."
 */
export function runScorecardWrite(
  plan: ScorecardPlan,
  options: { mode: "build" | "update"; onProgress?: (progress: ScorecardWriteProgress) => void },
): Promise<WriteReport> {
  return Excel.run((context) =>
    writeScorecard(context, plan, {
      mode: options.mode,
      isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
      onProgress: (done, total) =>
        options.onProgress?.({
          fraction: total > 0 ? done / total : null,
          message: `Writing the scorecard: ${done} of ${total} rows…`,
        }),
    }),
  );
}
