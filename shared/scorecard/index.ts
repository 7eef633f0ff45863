/**
 * The scorecard planner in one import: the plan, its placements and formula resolution, and the costing, gate
 * and outcome rules the side panel shares with it.
 */
export { evaluationOutcomes, type VendorOutcome } from "./evaluation-outcomes";
export { planPlacements, planScorecard, SHEET_NAMES, TABLE_NAMES } from "./plan-scorecard";
export { type Placements, resolveFormula, type TablePlacement } from "./resolve-formula";
export { resolvePlan } from "./resolve-plan";
export * from "./scorecard-plan";
export {
  costVendor,
  inHouseMonthlyOf,
  inHouseTco,
  planLabels,
  ratesOf,
  reportingCurrencyOf,
} from "./vendor-costing";
export { gateNames, vendorGateFacts, vendorGateOutcome, vendorOverlapHours } from "./vendor-gates";
