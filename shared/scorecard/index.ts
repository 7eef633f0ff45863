export { monthlyPlan, planPlacements, planScorecard, SHEET_NAMES, TABLE_NAMES } from "./plan-scorecard";
export { type Placements, resolveFormula, type TablePlacement } from "./resolve-formula";
export { resolvePlan } from "./resolve-plan";
export * from "./scorecard-plan";
