import { planScorecard, type ScorecardPlan } from "../../../shared/scorecard";
import { runScorecardWrite } from "../../workbook/run-scorecard-write";
import type { OfficeHost } from "./office-host";
import type { WorkbookPorts } from "./workbook-actions";

/** The scorecard planner, Excel writer and .xlsx builder, wired for the pane. */
export function workbookPorts(host: OfficeHost): WorkbookPorts<ScorecardPlan> {
  return {
    plan: (input) => planScorecard(input),
    write: (plan, options) => runScorecardWrite(plan, options),
    // Loaded on first use: ExcelJS is large and only the advisor-safe copy needs it.
    buildXlsx: async (plan) => (await import("../../../xlsx/scorecard-xlsx")).buildScorecardXlsx(plan),
    host,
  };
}
