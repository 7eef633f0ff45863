import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type CostTerms, totalCostOfOwnership } from "./total-cost-of-ownership";

describe("totalCostOfOwnership", () => {
  test.each([
    { terms: { monthlyFee: 500, months: 24, setupFee: 1000 }, expected: 13_000 },
    { terms: { monthlyFee: 500, months: 24, setupFee: 1000, transitionCost: 2500 }, expected: 15_500 },
    { terms: { monthlyFee: 100, months: 12, overheadPct: 20 }, expected: 1440 },
    // Escalation starts in month 13: 12 x 100 + 12 x 103.
    { terms: { monthlyFee: 100, months: 24, annualIncreasePct: 3 }, expected: 2436 },
    // Month 25 is in the third year: 1.03^2.
    { terms: { monthlyFee: 100, months: 25, annualIncreasePct: 3 }, expected: 2436 + 106.09 },
    // A price cut is allowed too.
    { terms: { monthlyFee: 100, months: 24, annualIncreasePct: -50 }, expected: 1800 },
    { terms: { monthlyFee: 0, months: 36, setupFee: 99 }, expected: 99 },
    { terms: { monthlyFee: 500, months: 0, setupFee: 1000, transitionCost: 200 }, expected: 1200 },
  ])("$terms -> $expected", ({ terms, expected }) => {
    expect(totalCostOfOwnership(terms)).toBeCloseTo(expected, 9);
  });

  test("discounts month m by (1 + rate)^(m/12): the geometric series in closed form", () => {
    // sum_{m=1..M} v^m = v (1 - v^M) / (1 - v), with v = 1.1^(-1/12).
    const v = 1.1 ** (-1 / 12);
    const closedForm = (100 * v * (1 - v ** 12)) / (1 - v);
    expect(totalCostOfOwnership({ monthlyFee: 100, months: 12, discountRatePct: 10 })).toBeCloseTo(
      closedForm,
      9,
    );
    expect(closedForm).toBeCloseTo(1140.05, 2);
  });

  test("does not discount setup and transition", () => {
    const withOneOffs = totalCostOfOwnership({
      monthlyFee: 100,
      months: 12,
      setupFee: 700,
      transitionCost: 300,
      discountRatePct: 8,
    });
    const without = totalCostOfOwnership({ monthlyFee: 100, months: 12, discountRatePct: 8 });
    expect(withOneOffs - without).toBeCloseTo(1000, 9);
  });

  test("combines escalation, overhead and discounting month by month", () => {
    // Month 13 alone: 200 x 1.05 x 1.1 / 1.06^(13/12).
    const twelve = totalCostOfOwnership({
      monthlyFee: 200,
      months: 12,
      overheadPct: 10,
      annualIncreasePct: 5,
      discountRatePct: 6,
    });
    const thirteen = totalCostOfOwnership({
      monthlyFee: 200,
      months: 13,
      overheadPct: 10,
      annualIncreasePct: 5,
      discountRatePct: 6,
    });
    expect(thirteen - twelve).toBeCloseTo((200 * 1.05 * 1.1) / 1.06 ** (13 / 12), 9);
  });

  test("with no rates, equals one-off costs plus fee times months", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 0, max: 600 }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        (monthlyFee, months, setupFee) => {
          const expected = setupFee + monthlyFee * months;
          expect(totalCostOfOwnership({ monthlyFee, months, setupFee })).toBeCloseTo(expected, 4);
        },
      ),
    );
  });

  test.each([
    {
      name: "a negative monthly fee",
      terms: { monthlyFee: -1, months: 12 },
      message: /monthly fee is -1; it cannot be negative/,
    },
    {
      name: "a negative setup fee",
      terms: { monthlyFee: 1, months: 12, setupFee: -5 },
      message: /setup fee is -5/,
    },
    {
      name: "a negative transition cost",
      terms: { monthlyFee: 1, months: 12, transitionCost: -5 },
      message: /transition cost is -5/,
    },
    {
      name: "a negative overhead",
      terms: { monthlyFee: 1, months: 12, overheadPct: -5 },
      message: /overhead percentage is -5/,
    },
    {
      name: "a NaN fee",
      terms: { monthlyFee: Number.NaN, months: 12 },
      message: /monthly fee is NaN; it must be a finite number/,
    },
    {
      name: "an infinite setup fee",
      terms: { monthlyFee: 1, months: 12, setupFee: Number.POSITIVE_INFINITY },
      message: /setup fee is Infinity/,
    },
    { name: "fractional months", terms: { monthlyFee: 1, months: 12.5 }, message: /term is 12.5 months/ },
    { name: "negative months", terms: { monthlyFee: 1, months: -1 }, message: /term is -1 months/ },
    { name: "NaN months", terms: { monthlyFee: 1, months: Number.NaN }, message: /term is NaN months/ },
    {
      name: "infinite months",
      terms: { monthlyFee: 1, months: Number.POSITIVE_INFINITY },
      message: /term is Infinity months/,
    },
    {
      name: "a discount rate of -100 %",
      terms: { monthlyFee: 1, months: 12, discountRatePct: -100 },
      message: /discount rate is -100 %/,
    },
    {
      name: "a NaN discount rate",
      terms: { monthlyFee: 1, months: 12, discountRatePct: Number.NaN },
      message: /discount rate is NaN/,
    },
    {
      name: "an increase of -100 %",
      terms: { monthlyFee: 1, months: 12, annualIncreasePct: -150 },
      message: /annual price increase is -150 %/,
    },
  ] satisfies { name: string; terms: CostTerms; message: RegExp }[])(
    "throws a RangeError on $name",
    ({ terms, message }) => {
      expect(() => totalCostOfOwnership(terms)).toThrow(RangeError);
      expect(() => totalCostOfOwnership(terms)).toThrow(message);
    },
  );
});
