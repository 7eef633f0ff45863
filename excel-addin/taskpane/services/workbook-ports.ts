import { planScorecard, type ScorecardPlan } from "../../../shared/scorecard";
import type { OfficeHost } from "./office-host";
import type { WorkbookPorts } from "./workbook-actions";

const NOT_YET =
  "This build of the add-in has no scorecard writer yet. Update the VendorScout add-in, then try again.";

/** The scorecard planner, Excel writer and .xlsx builder, wired for the pane. */
export function workbookPorts(host: OfficeHost): WorkbookPorts<ScorecardPlan> {
  return {
    plan: (input) => planScorecard(input),
    write: async () => {
      throw new Error(NOT_YET);
    },
    // Loaded on first use: ExcelJS is large and only the advisor-safe copy needs it.
    buildXlsx: async (plan) =>
      (await import("../../../extension/export/scorecard-xlsx")).buildScorecardXlsx(plan),
    host,
  };
}
