/** Wires the real scorecard planner, Excel writer and .xlsx builder into the task pane's workbook ports. */
import { planScorecard, type ScorecardPlan } from "../../../shared/scorecard";
import { runScorecardWrite } from "../../workbook/run-scorecard-write";
import { builtFunctionsNamespace } from "./functions-namespace";
import type { OfficeHost } from "./office-host";
import type { WorkbookPorts } from "./workbook-actions";

/** The scorecard planner, Excel writer and .xlsx builder, wired for the pane. */
export function workbookPorts(
  host: OfficeHost,
  functionNamespace = builtFunctionsNamespace(),
): WorkbookPorts<ScorecardPlan> {
  return {
    // Live formulas name the custom functions as the manifest this build runs under does (VSDEV. in
    // the development copy); the advisor-safe copy's native formulas name none.
    plan: (input) => planScorecard(functionNamespace ? { ...input, functionNamespace } : input),
    write: (plan, options) => runScorecardWrite(plan, options),
    // Loaded on first use: ExcelJS is large and only the advisor-safe copy needs it.
    buildXlsx: async (plan) => (await import("../../../xlsx/scorecard-xlsx")).buildScorecardXlsx(plan),
    host,
  };
}
