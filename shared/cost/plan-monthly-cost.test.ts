import { describe, expect, test } from "vitest";
import { needsRateText, planMonthlyCost } from "./plan-monthly-cost";

// The demo's two vendors: Northwind IT "Essentials: 25 GBP/month per seat" and BrightBooks
// "Starter: 149 USD/month", for an owner reporting in GBP with a team of 6 and 1 USD = 0.79 GBP.
const northwind = { price: 25, currency: "GBP", period: "month", perSeat: true } as const;
const brightbooks = { price: 149, currency: "USD", period: "month" } as const;
const gbp = { seats: 6, reportingCurrency: "GBP", rates: { USD: 0.79 } };

describe("planMonthlyCost", () => {
  test("a per-seat plan counts every seat: 25 x 6 = 150 GBP a month", () => {
    expect(planMonthlyCost(northwind, gbp)).toEqual({
      ok: true,
      perMonth: 25,
      forSeats: 150,
      rate: 1,
      monthly: 150,
    });
  });

  test("a flat monthly plan in USD converts at the owner's rate: 149 x 0.79 = 117.71 GBP", () => {
    const cost = planMonthlyCost(brightbooks, gbp);
    expect(cost).toMatchObject({ ok: true, perMonth: 149, forSeats: 149, rate: 0.79 });
    expect(cost.ok && cost.monthly).toBeCloseTo(117.71, 9);
  });

  test("an annual per-seat plan in EUR: 960 / 12 = 80 a seat, x 6 = 480 EUR, x 0.85 = 408 GBP", () => {
    const cost = planMonthlyCost(
      { price: 960, currency: "EUR", period: "year", perSeat: true },
      { ...gbp, rates: { EUR: 0.85 } },
    );
    expect(cost).toMatchObject({ ok: true, perMonth: 80, forSeats: 480, rate: 0.85 });
    expect(cost.ok && cost.monthly).toBeCloseTo(408, 9);
  });

  test("an hourly plan with the owner's estimate: 60 USD x 12 h = 720 USD, x 0.79 = 568.80 GBP", () => {
    const cost = planMonthlyCost(
      { price: 60, currency: "USD", period: "hour" },
      { ...gbp, unitsPerMonth: 12 },
    );
    expect(cost).toMatchObject({ ok: true, perMonth: 720, forSeats: 720 });
    expect(cost.ok && cost.monthly).toBeCloseTo(568.8, 9);
  });

  test("a currency without a rate is not converted: it says which rate it needs", () => {
    const cost = planMonthlyCost(northwind, { seats: 6, reportingCurrency: "USD", rates: {} });
    expect(cost).toEqual({ ok: false, perMonth: 25, forSeats: 150, needsRateFor: "GBP" });
    expect(needsRateText("GBP")).toBe("needs a rate for GBP");
  });

  test.each([
    [{ ...gbp, seats: 0 }, /team size is 0/],
    [{ ...gbp, seats: 2.5 }, /team size is 2.5/],
    [{ ...gbp, rates: { USD: 0 } }, /rate for USD is 0; it must be a number above 0/],
  ])("refuses %o", (context, message) => {
    expect(() => planMonthlyCost(brightbooks, context)).toThrow(message);
  });
});
