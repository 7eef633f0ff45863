/**
 * Costs one vendor in one evaluation with shared/cost: the reporting currency, the plan costed, the chain to
 * a monthly cost and the TCO with hidden costs, which the Costs sheet's formulas restate cell by cell.
 */
import {
  cheapestPlan,
  inHouseMonthlyCost,
  isUsagePeriod,
  needsRateText,
  needsUnitsText,
  ONE_TIME_TEXT,
  type PlanMonthlyCost,
  planMonthlyCost,
  totalCostOfOwnership,
  vendorTotalCost,
} from "../cost/index";
import type { Evaluation, VendorCostInputs } from "../schema/evaluation";
import type { PricePlan, Vendor } from "../schema/vendor";

/**
 * What the Costs sheet shows for one vendor, computed by shared/cost from the records. The sheet's
 * formulas restate this chain cell by cell; the workbook tests hold the two to the same figures.
 */
export interface VendorCosting {
  /** Each plan's label on the Plans sheet, unique within the vendor. */
  labels: string[];
  /** The plan costed (the owner's pick, else the cheapest), or `undefined` when none can be. */
  planIndex: number | undefined;
  seats: number;
  inputs: VendorCostInputs;
  /** The chain for the costed plan, or why it stops (`undefined`: no plan, or one not costable). */
  chain: PlanMonthlyCost | undefined;
  /** Monthly cost in the reporting currency, when known. */
  monthly: number | undefined;
  /** Total cost over the term in the reporting currency; a sentence when a rate is missing. */
  tco: number | string | undefined;
}

/**
 * The currency the evaluation compares costs in: the owner's choice, else the currency most of its
 * vendors' plans are priced in (ties: the first met), else USD.
 */
export function reportingCurrencyOf(evaluation: Evaluation, vendors: readonly Vendor[]): string {
  if (evaluation.reportingCurrency) return evaluation.reportingCurrency;
  const counts = new Map<string, number>();
  for (const vendor of vendors) {
    if (!evaluation.vendorIds.includes(vendor.id)) continue;
    for (const plan of vendor.pricing.plans) counts.set(plan.currency, (counts.get(plan.currency) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0] ?? "USD";
}

/** The FX sheet's rates as a lookup: currency -> value of 1 unit in the reporting currency. */
export function ratesOf(evaluation: Evaluation): Record<string, number> {
  return Object.fromEntries(evaluation.fxRates.map((fx) => [fx.currency, fx.rate]));
}

/**
 * Labels for a vendor's plans, unique within the vendor so a list can pick one: a repeated name gets
 * its period, e.g. "Pro" and "Pro (year)".
 */
export function planLabels(plans: readonly PricePlan[]): string[] {
  const used = new Set<string>();
  return plans.map((plan) => {
    let label = plan.name;
    if (used.has(label.toLowerCase())) label = `${plan.name} (${plan.period})`;
    for (let n = 2; used.has(label.toLowerCase()); n++) label = `${plan.name} (${n})`;
    used.add(label.toLowerCase());
    return label;
  });
}

/** Monthly in-house cost from the breakdown, or version 1's single figure. */
export function inHouseMonthlyOf(evaluation: Evaluation): number {
  if (evaluation.inHouse) return inHouseMonthlyCost(evaluation.inHouse);
  return evaluation.inHouseMonthlyCost ?? 0;
}

/** The in-house baseline over the term; escalation as the in-house block's own percentage. */
export function inHouseTco(evaluation: Evaluation, annualIncreasePct = 0): number {
  return totalCostOfOwnership({
    monthlyFee: inHouseMonthlyOf(evaluation),
    months: evaluation.termMonths,
    annualIncreasePct,
    discountRatePct: evaluation.discountRatePct,
  });
}

/**
 * Costs one vendor in one evaluation: the plan, the chain to a monthly cost in the reporting
 * currency, and the TCO with the hidden costs.
 *
 * @example
 * costVendor(evaluation, northwind, "GBP").monthly // 25 GBP per seat x 6 seats
 * //=> 150
 */
export function costVendor(evaluation: Evaluation, vendor: Vendor, reportingCurrency: string): VendorCosting {
  const inputs = evaluation.vendorCosts[vendor.id] ?? {};
  const plans = vendor.pricing.plans;
  const labels = planLabels(plans);
  const seats = inputs.seats ?? evaluation.teamSize;
  const context = {
    seats,
    unitsPerMonth: inputs.unitsPerMonth,
    reportingCurrency,
    rates: ratesOf(evaluation),
  };
  const picked = inputs.plan === undefined ? -1 : labels.indexOf(inputs.plan);
  const planIndex = picked >= 0 ? picked : cheapestPlan(plans, context);
  const plan = planIndex === undefined ? undefined : plans[planIndex];
  // A one-time plan, or an hourly one without an estimate, has no chain: the sheet says which.
  let blocked: string | undefined;
  if (plan?.period === "one-time") blocked = ONE_TIME_TEXT;
  else if (plan && isUsagePeriod(plan.period) && inputs.unitsPerMonth === undefined)
    blocked = needsUnitsText(plan.period);
  const chain: PlanMonthlyCost | undefined = plan && !blocked ? planMonthlyCost(plan, context) : undefined;
  const monthly = chain?.ok ? chain.monthly : undefined;
  let tco: number | string | undefined = blocked;
  if (chain && !chain.ok) tco = needsRateText(chain.needsRateFor);
  else if (chain?.ok) {
    tco = vendorTotalCost({
      monthlyCost: chain.monthly,
      months: evaluation.termMonths,
      setupFee: (vendor.pricing.setupFee ?? 0) * chain.rate,
      negotiationCost: inputs.negotiationCost ?? 0,
      transitionCost: inputs.transitionCost ?? 0,
      managementHoursPerMonth: inputs.managementHoursPerMonth ?? 0,
      ownerHourlyValue: evaluation.ownerHourlyValue,
      exitCost: inputs.exitCost ?? 0,
      annualIncreasePct: inputs.annualIncreasePct ?? 0,
      discountRatePct: evaluation.discountRatePct,
    });
  }
  return { labels, planIndex, seats, inputs, chain, monthly, tco };
}
