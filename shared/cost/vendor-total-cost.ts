/**
 * A vendor's total cost of ownership over the term, with the costs owners forget: setup, negotiation,
 * transition, their own time and the exit.
 */
import { totalCostOfOwnership } from "./total-cost-of-ownership";

/** A vendor's costs over the term, all in the reporting currency. */
export interface VendorCosts {
  /** The plan's monthly cost in the reporting currency (see `planMonthlyCost`). */
  monthlyCost: number;
  months: number;
  /** One-off: the vendor's setup or onboarding fee. */
  setupFee?: number;
  /** One-off: negotiating the contract. */
  negotiationCost?: number;
  /** One-off: moving the work over, knowledge transfer. */
  transitionCost?: number;
  /** The owner's hours a month managing the vendor. */
  managementHoursPerMonth?: number;
  /** What an hour of the owner's time is worth. */
  ownerHourlyValue?: number;
  /** One-off at the end of the term: exit fees, switching to the next provider. */
  exitCost?: number;
  /** The vendor's price escalation, in percent a year. */
  annualIncreasePct?: number;
  /** Yearly discount rate, in percent. */
  discountRatePct?: number;
}

/**
 * @name vendorTotalCost
 * @summary A vendor's total cost of ownership with the costs owners forget.
 *
 * @description
 * The sum of three parts, each what the Costs sheet shows:
 * - the fees: {@link totalCostOfOwnership} of `monthlyCost` with escalation and discounting, plus
 *   setup, negotiation and transition paid at month 0;
 * - the owner's time: `managementHoursPerMonth * ownerHourlyValue` a month over the term, discounted
 *   but not escalated (the vendor's price rises, the owner's hours do not);
 * - the exit: `exitCost` paid at the end of the term, discounted by `(1 + d)^(months/12)`.
 * With no discounting and no escalation that is
 * `setup + negotiation + transition + (monthly + hours * value) * months + exit`.
 *
 * Edge cases: as {@link totalCostOfOwnership} (a `RangeError` for negative, `NaN` or infinite
 * amounts, a fractional or negative term, or a rate at or below -100 %), plus the same for the
 * management hours, hourly value and exit cost.
 *
 * @example
 * vendorTotalCost({ monthlyCost: 150, months: 36, negotiationCost: 300, transitionCost: 500,
 *   managementHoursPerMonth: 2, ownerHourlyValue: 40, exitCost: 400 })
 * //=> 300 + 500 + 150 * 36 + 80 * 36 + 400 = 9480
 */
export function vendorTotalCost(costs: VendorCosts): number {
  const {
    monthlyCost,
    months,
    setupFee = 0,
    negotiationCost = 0,
    transitionCost = 0,
    managementHoursPerMonth = 0,
    ownerHourlyValue = 0,
    exitCost = 0,
    annualIncreasePct = 0,
    discountRatePct = 0,
  } = costs;
  for (const [what, amount] of [
    ["The negotiation cost", negotiationCost],
    ["The management hours a month", managementHoursPerMonth],
    ["The owner's hourly value", ownerHourlyValue],
    ["The exit cost", exitCost],
  ] as const) {
    if (!(Number.isFinite(amount) && amount >= 0)) {
      throw new RangeError(`${what} is ${amount}; enter a finite amount, 0 or more.`);
    }
  }
  const fees = totalCostOfOwnership({
    monthlyFee: monthlyCost,
    months,
    setupFee: setupFee + negotiationCost,
    transitionCost,
    annualIncreasePct,
    discountRatePct,
  });
  const ownerTime = totalCostOfOwnership({
    monthlyFee: managementHoursPerMonth * ownerHourlyValue,
    months,
    discountRatePct,
  });
  const exit = exitCost / (1 + discountRatePct / 100) ** (months / 12);
  return fees + ownerTime + exit;
}
