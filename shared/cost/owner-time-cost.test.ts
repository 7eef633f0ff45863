import { describe, expect, test } from "vitest";
import { ownerTimeCost } from "./owner-time-cost";

describe("ownerTimeCost", () => {
  test.each([
    { hoursPerMonth: 4, hourlyRate: 75, months: 12, expected: 3600 },
    { hoursPerMonth: 0.5, hourlyRate: 60, months: 36, expected: 1080 },
    { hoursPerMonth: 0, hourlyRate: 75, months: 12, expected: 0 },
    { hoursPerMonth: 4, hourlyRate: 0, months: 12, expected: 0 },
    { hoursPerMonth: 4, hourlyRate: 75, months: 0, expected: 0 },
  ])(
    "$hoursPerMonth h/month at $hourlyRate for $months months -> $expected",
    ({ hoursPerMonth, hourlyRate, months, expected }) => {
      expect(ownerTimeCost(hoursPerMonth, hourlyRate, months)).toBeCloseTo(expected, 9);
    },
  );

  test.each([
    { name: "negative hours", args: [-1, 75, 12], message: /hours per month is -1/ },
    { name: "NaN hours", args: [Number.NaN, 75, 12], message: /hours per month is NaN/ },
    { name: "negative rate", args: [4, -75, 12], message: /hourly rate is -75/ },
    { name: "infinite rate", args: [4, Number.POSITIVE_INFINITY, 12], message: /hourly rate is Infinity/ },
    { name: "fractional months", args: [4, 75, 1.5], message: /term is 1.5 months/ },
    { name: "negative months", args: [4, 75, -12], message: /term is -12 months/ },
  ] as const)("throws a RangeError on $name", ({ args, message }) => {
    expect(() => ownerTimeCost(args[0], args[1], args[2])).toThrow(RangeError);
    expect(() => ownerTimeCost(args[0], args[1], args[2])).toThrow(message);
  });
});
