import { describe, expect, test } from "vitest";
import { monthlyPrice } from "./monthly-price";

describe("monthlyPrice", () => {
  test.each([
    // 1200 a year / 12 months.
    { price: 1200, period: "year", expected: 100 },
    // 900 a quarter / 3 months.
    { price: 900, period: "quarter", expected: 300 },
    { price: 149, period: "month", expected: 149 },
    // 52 weeks a year: 100 a week is 5200 a year, 433.33 a month.
    { price: 100, period: "week", expected: 5200 / 12 },
    // Hourly: 45 an hour x the owner's estimate of 10 hours a month.
    { price: 45, period: "hour", unitsPerMonth: 10, expected: 450 },
    // Daily: 400 a day x 2.5 days a month.
    { price: 400, period: "day", unitsPerMonth: 2.5, expected: 1000 },
    { price: 45, period: "hour", unitsPerMonth: 0, expected: 0 },
  ] as const)("$price per $period -> $expected a month", (input) => {
    expect(monthlyPrice(input)).toBeCloseTo(input.expected, 9);
  });

  test.each([
    [{ price: 500, period: "one-time" }, /one-time price has no monthly equivalent/],
    [{ price: 45, period: "hour" }, /priced per hour; enter your estimate of hours a month/],
    [{ price: 400, period: "day", unitsPerMonth: -1 }, /estimate of days a month/],
    [{ price: -1, period: "month" }, /price is -1/],
    [{ price: Number.NaN, period: "month" }, /price is NaN/],
  ] as const)("refuses %o with a sentence", (input, message) => {
    expect(() => monthlyPrice(input)).toThrow(RangeError);
    expect(() => monthlyPrice(input)).toThrow(message);
  });
});
