import { describe, expect, test } from "vitest";
import { cheapestPlan } from "./cheapest-plan";

const perSeat = { price: 25, currency: "GBP", period: "month", perSeat: true } as const;
const flatUsd = { price: 149, currency: "USD", period: "month" } as const;

describe("cheapestPlan", () => {
  test("compares in the reporting currency for the team size", () => {
    // 6 seats: 25 x 6 = 150 GBP against 149 x 0.79 = 117.71 GBP: the flat USD plan.
    expect(
      cheapestPlan([perSeat, flatUsd], { seats: 6, reportingCurrency: "GBP", rates: { USD: 0.79 } }),
    ).toBe(1);
    // 4 seats: 100 GBP against 117.71 GBP: the per-seat plan.
    expect(
      cheapestPlan([perSeat, flatUsd], { seats: 4, reportingCurrency: "GBP", rates: { USD: 0.79 } }),
    ).toBe(0);
  });

  test("an annual price is compared per month: 1500 a year (125) beats 149 a month", () => {
    const plans = [flatUsd, { price: 1500, currency: "USD", period: "year" } as const];
    expect(cheapestPlan(plans, { seats: 1, reportingCurrency: "USD", rates: {} })).toBe(1);
  });

  test("passes over plans it cannot cost yet, and falls back to the first recurring one", () => {
    const plans = [
      { price: 500, currency: "USD", period: "one-time" },
      { price: 40, currency: "USD", period: "hour" },
      { price: 149, currency: "USD", period: "month" },
    ] as const;
    // No rate for USD: nothing can be costed; the first recurring plan (index 1) is chosen.
    expect(cheapestPlan(plans, { seats: 1, reportingCurrency: "GBP", rates: {} })).toBe(1);
    // With a rate and no hours estimate: the monthly plan.
    expect(cheapestPlan(plans, { seats: 1, reportingCurrency: "GBP", rates: { USD: 0.8 } })).toBe(2);
    // With 3 hours a month the hourly plan (120 USD) beats 149 USD.
    expect(
      cheapestPlan(plans, { seats: 1, unitsPerMonth: 3, reportingCurrency: "GBP", rates: { USD: 0.8 } }),
    ).toBe(1);
  });

  test("no recurring plan at all gives undefined", () => {
    expect(cheapestPlan([], { seats: 1, reportingCurrency: "GBP", rates: {} })).toBeUndefined();
    expect(
      cheapestPlan([{ price: 9, currency: "GBP", period: "one-time" }], {
        seats: 1,
        reportingCurrency: "GBP",
        rates: {},
      }),
    ).toBeUndefined();
  });
});
