/** How often a price is charged; the same words as a vendor's price plan. */
export type PricePeriod = "one-time" | "hour" | "day" | "week" | "month" | "quarter" | "year";

/**
 * Months per period for prices charged on a calendar: a week is 12/52 of a month (52 weeks a year),
 * a quarter 3 months, a year 12. Hourly and daily prices have no calendar length: they scale with
 * the owner's estimate of hours or days bought a month.
 */
export const MONTHS_PER_PERIOD = { week: 12 / 52, month: 1, quarter: 3, year: 12 } as const;

/** Whether a price is per hour or per day, so needs the owner's estimate of units a month. */
export function isUsagePeriod(period: PricePeriod): period is "hour" | "day" {
  return period === "hour" || period === "day";
}

/**
 * @name monthlyPrice
 * @summary A plan's price as a price per month.
 *
 * @description
 * Week, month, quarter and year prices divide by the period's length in months (see
 * {@link MONTHS_PER_PERIOD}); hour and day prices multiply by `unitsPerMonth`, the owner's estimate
 * of hours or days bought a month.
 *
 * Edge cases (each throws a `RangeError` whose message says what to do):
 * - a price that is negative, `NaN` or infinite;
 * - a one-time price: it has no monthly equivalent; cost it as a setup fee;
 * - an hour or day price without a `unitsPerMonth` of 0 or more.
 *
 * @example
 * monthlyPrice({ price: 1200, period: "year" })
 * //=> 100
 *
 * @example
 * monthlyPrice({ price: 45, period: "hour", unitsPerMonth: 10 })
 * //=> 450
 */
export function monthlyPrice({
  price,
  period,
  unitsPerMonth,
}: {
  price: number;
  period: PricePeriod;
  unitsPerMonth?: number | undefined;
}): number {
  if (!(Number.isFinite(price) && price >= 0)) {
    throw new RangeError(`The price is ${price}; it must be a finite amount, 0 or more.`);
  }
  if (period === "one-time") {
    throw new RangeError(
      "A one-time price has no monthly equivalent; pick a recurring plan, or enter the amount as a setup fee.",
    );
  }
  if (isUsagePeriod(period)) {
    if (unitsPerMonth === undefined || !(Number.isFinite(unitsPerMonth) && unitsPerMonth >= 0)) {
      throw new RangeError(
        `The plan is priced per ${period}; enter your estimate of ${period}s a month to cost it.`,
      );
    }
    return price * unitsPerMonth;
  }
  return price / MONTHS_PER_PERIOD[period];
}
