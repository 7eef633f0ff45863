/** The terms of a vendor contract that {@link totalCostOfOwnership} prices. */
export interface CostTerms {
  /** The fee for the first contract year, per month. */
  monthlyFee: number;
  /** The contract term in whole months. */
  months: number;
  /** One-off setup or onboarding fee, paid at month 0. */
  setupFee?: number;
  /** One-off cost of moving the work over (knowledge transfer, data migration), paid at month 0. */
  transitionCost?: number;
  /** Overhead on every monthly fee, in percent: the owner's management time, tools, travel. */
  overheadPct?: number;
  /** Price escalation, in percent a year, applied at the start of each new contract year. */
  annualIncreasePct?: number;
  /** Yearly discount rate, in percent, to express the whole term in today's money. */
  discountRatePct?: number;
}

/**
 * @name totalCostOfOwnership
 * @summary What a vendor costs over the whole contract term, in today's money.
 *
 * @description
 * Setup and transition are paid at month 0 and not discounted. Month `m = 1..months` pays
 * `monthlyFee * (1 + annualIncreasePct/100)^floor((m-1)/12) * (1 + overheadPct/100)`,
 * discounted by `(1 + discountRatePct/100)^(m/12)`. With every rate at 0 this is simply
 * `setupFee + transitionCost + monthlyFee * months`.
 *
 * Edge cases (each throws a `RangeError` whose message says what to do):
 * - any input `NaN` or infinite;
 * - a negative monthly fee, setup fee, transition cost or overhead;
 * - `months` negative or not a whole number (0 months gives just the one-off costs);
 * - `annualIncreasePct` or `discountRatePct` at or below -100 %.
 *
 * @param terms - the contract terms; only `monthlyFee` and `months` are required
 * @returns the total cost over the term
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * totalCostOfOwnership({ monthlyFee: 500, months: 24, setupFee: 1000 })
 * //=> 13000
 *
 * @example
 * // 3 % a year more from month 13
 * totalCostOfOwnership({ monthlyFee: 100, months: 24, annualIncreasePct: 3 })
 * //=> 2436
 *
 * @example
 * // 12 months at 100, discounted at 10 % a year
 * totalCostOfOwnership({ monthlyFee: 100, months: 12, discountRatePct: 10 })
 * //=> 1140.05 (rounded)
 */
export function totalCostOfOwnership({
  monthlyFee,
  months,
  setupFee = 0,
  transitionCost = 0,
  overheadPct = 0,
  annualIncreasePct = 0,
  discountRatePct = 0,
}: CostTerms): number {
  requireNonNegative("The monthly fee", monthlyFee);
  requireNonNegative("The setup fee", setupFee);
  requireNonNegative("The transition cost", transitionCost);
  requireNonNegative("The overhead percentage", overheadPct);
  if (!(Number.isInteger(months) && months >= 0)) {
    throw new RangeError(`The term is ${months} months; give a whole number of months, 0 or more.`);
  }
  requireAboveMinus100("The annual price increase", annualIncreasePct);
  requireAboveMinus100("The discount rate", discountRatePct);

  const escalation = 1 + annualIncreasePct / 100;
  const discountBase = 1 + discountRatePct / 100;
  const loaded = monthlyFee * (1 + overheadPct / 100);
  let total = 0;
  for (let m = 1; m <= months; m++) {
    total += (loaded * escalation ** Math.floor((m - 1) / 12)) / discountBase ** (m / 12);
  }
  return setupFee + transitionCost + total;
}

function requireNonNegative(what: string, x: number): void {
  if (!Number.isFinite(x)) {
    throw new RangeError(`${what} is ${x}; it must be a finite number.`);
  }
  if (x < 0) {
    throw new RangeError(`${what} is ${x}; it cannot be negative. Enter 0 if there is none.`);
  }
}

function requireAboveMinus100(what: string, pct: number): void {
  if (!Number.isFinite(pct)) {
    throw new RangeError(`${what} is ${pct}; it must be a finite percentage.`);
  }
  if (pct <= -100) {
    throw new RangeError(
      `${what} is ${pct} %; it must be above -100 %. Enter it as a percentage, e.g. 5 for 5 %.`,
    );
  }
}
