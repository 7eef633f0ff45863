/**
 * What a price plan costs a month in the reporting currency, step by step so a sheet can show each
 * conversion, and the texts a cost cell shows when a rate or an estimate is missing.
 */
import { monthlyPrice, type PricePeriod } from "./monthly-price";

/** A price plan as the Costs sheet costs it. */
export interface CostedPlan {
  price: number;
  /** ISO 4217 code. */
  currency: string;
  period: PricePeriod;
  perSeat?: boolean | undefined;
}

export interface PlanCostContext {
  /** Seats or units costed when the plan is per seat. */
  seats: number;
  /** The owner's estimate of hours or days a month, for hourly and daily plans. */
  unitsPerMonth?: number | undefined;
  /** The currency every cost is compared in. */
  reportingCurrency: string;
  /** Currency -> what 1 unit is worth in the reporting currency (the FX sheet). */
  rates: Readonly<Record<string, number>>;
}

/** Each visible step of the chain, so a sheet can show every conversion in its own cell. */
export type PlanMonthlyCost =
  | {
      ok: true;
      /** The plan's price per month (one seat). */
      perMonth: number;
      /** Times the seats where the plan is per seat, in the plan's currency. */
      forSeats: number;
      /** Reporting-currency units per unit of the plan's currency (1 for the same currency). */
      rate: number;
      /** The monthly cost in the reporting currency. */
      monthly: number;
    }
  | {
      ok: false;
      perMonth: number;
      forSeats: number;
      /** The plan's currency, which has no rate to the reporting currency yet. */
      needsRateFor: string;
    };

/**
 * @name planMonthlyCost
 * @summary What a plan costs a month in the reporting currency, step by step.
 *
 * @description
 * price -> per month ({@link monthlyPrice}) -> times `seats` when the plan is per seat -> times the
 * rate of the plan's currency -> the monthly cost in the reporting currency, which
 * `totalCostOfOwnership` then takes. A plan in the reporting currency needs no rate. A plan in a
 * currency the rates lack is not converted at a guessed rate: the result says which rate it needs.
 *
 * Edge cases: throws a `RangeError` when seats are not a whole number of 1 or more, a rate is not a
 * positive finite number, or {@link monthlyPrice} refuses the price.
 *
 * @example
 * // Northwind IT, "Essentials: 25 GBP/month per seat", for a team of 6, reported in GBP
 * planMonthlyCost({ price: 25, currency: "GBP", period: "month", perSeat: true },
 *   { seats: 6, reportingCurrency: "GBP", rates: {} })
 * //=> { ok: true, perMonth: 25, forSeats: 150, rate: 1, monthly: 150 }
 *
 * @example
 * planMonthlyCost({ price: 149, currency: "USD", period: "month" },
 *   { seats: 6, reportingCurrency: "GBP", rates: {} })
 * //=> { ok: false, perMonth: 149, forSeats: 149, needsRateFor: "USD" }
 */
export function planMonthlyCost(plan: CostedPlan, context: PlanCostContext): PlanMonthlyCost {
  const { seats, unitsPerMonth, reportingCurrency, rates } = context;
  if (!(Number.isInteger(seats) && seats >= 1)) {
    throw new RangeError(`The team size is ${seats}; give a whole number of seats, 1 or more.`);
  }
  const perMonth = monthlyPrice({ price: plan.price, period: plan.period, unitsPerMonth });
  const forSeats = plan.perSeat ? perMonth * seats : perMonth;
  const rate = plan.currency === reportingCurrency ? 1 : rates[plan.currency];
  if (rate === undefined) return { ok: false, perMonth, forSeats, needsRateFor: plan.currency };
  if (!(Number.isFinite(rate) && rate > 0)) {
    throw new RangeError(`The rate for ${plan.currency} is ${rate}; it must be a number above 0.`);
  }
  return { ok: true, perMonth, forSeats, rate, monthly: forSeats * rate };
}

/** The text a cost cell shows instead of a number when a plan's currency has no rate. */
export function needsRateText(currency: string): string {
  return `needs a rate for ${currency}`;
}

/** What a cost cell shows for an hourly or daily plan before the owner estimates the units a month. */
export function needsUnitsText(period: "hour" | "day"): string {
  return `needs ${period}s a month`;
}

/** What a cost cell shows for a one-time price, which has no monthly equivalent. */
export const ONE_TIME_TEXT = "one-time: enter it as the setup fee";
