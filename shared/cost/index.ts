/**
 * The cost rules in one import: monthly prices, plan costs, the cheapest plan, in-house cost, the owner's
 * time, total cost of ownership and savings.
 */
export { cheapestPlan } from "./cheapest-plan";
export { type InHouseCosts, inHouseMonthlyCost } from "./in-house-monthly-cost";
export { isUsagePeriod, MONTHS_PER_PERIOD, monthlyPrice, type PricePeriod } from "./monthly-price";
export { ownerTimeCost } from "./owner-time-cost";
export {
  type CostedPlan,
  needsRateText,
  needsUnitsText,
  ONE_TIME_TEXT,
  type PlanCostContext,
  type PlanMonthlyCost,
  planMonthlyCost,
} from "./plan-monthly-cost";
export { savings } from "./savings";
export { type CostTerms, totalCostOfOwnership } from "./total-cost-of-ownership";
export { type VendorCosts, vendorTotalCost } from "./vendor-total-cost";
