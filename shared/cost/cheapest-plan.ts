/**
 * Which of a vendor's plans the Costs sheet costs until the owner picks one: the cheapest a month in the
 * reporting currency, passing over plans that cannot be costed yet.
 */
import { isUsagePeriod } from "./monthly-price";
import { type CostedPlan, type PlanCostContext, planMonthlyCost } from "./plan-monthly-cost";

/**
 * @name cheapestPlan
 * @summary Which of a vendor's plans the Costs sheet costs until the owner picks one.
 *
 * @description
 * The plan with the lowest monthly cost in the reporting currency for the team size (per-seat plans
 * times the seats, other currencies at their rates). Plans that cannot be costed yet are passed
 * over: one-time prices, hourly or daily prices without the owner's estimate, and prices in a
 * currency with no rate. When no plan can be costed, the first plan with a recurring price is
 * chosen, so its Costs row can say which rate or estimate it needs. Ties keep the earlier plan.
 *
 * @returns the index of the plan in `plans`, or `undefined` when no plan has a recurring or usage price
 *
 * @example
 * // 6 seats at 25 GBP (150) against 149 USD at 0.79 (117.71): the USD plan is cheaper.
 * cheapestPlan([{ price: 25, currency: "GBP", period: "month", perSeat: true },
 *               { price: 149, currency: "USD", period: "month" }],
 *              { seats: 6, reportingCurrency: "GBP", rates: { USD: 0.79 } })
 * //=> 1
 */
export function cheapestPlan(plans: readonly CostedPlan[], context: PlanCostContext): number | undefined {
  let best: { index: number; monthly: number } | undefined;
  let fallback: number | undefined;
  plans.forEach((plan, index) => {
    if (plan.period === "one-time") return;
    fallback ??= index;
    if (isUsagePeriod(plan.period) && context.unitsPerMonth === undefined) return;
    const cost = planMonthlyCost(plan, context);
    if (cost.ok && (best === undefined || cost.monthly < best.monthly))
      best = { index, monthly: cost.monthly };
  });
  return best?.index ?? fallback;
}
