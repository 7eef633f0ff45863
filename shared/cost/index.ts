export { ownerTimeCost } from "./owner-time-cost";
export { savings } from "./savings";
export { type CostTerms, totalCostOfOwnership } from "./total-cost-of-ownership";
