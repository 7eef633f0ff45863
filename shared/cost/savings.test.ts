import { describe, expect, test } from "vitest";
import { savings } from "./savings";

describe("savings", () => {
  test.each([
    { vendorCost: 30_000, inHouseCost: 40_000, expected: 0.25 },
    { vendorCost: 50_000, inHouseCost: 40_000, expected: -0.25 },
    { vendorCost: 40_000, inHouseCost: 40_000, expected: 0 },
    { vendorCost: 0, inHouseCost: 40_000, expected: 1 },
  ])("vendor $vendorCost vs in-house $inHouseCost -> $expected", ({ vendorCost, inHouseCost, expected }) => {
    expect(savings(vendorCost, inHouseCost)).toBeCloseTo(expected, 12);
  });

  test.each([
    { name: "in-house cost 0", args: [100, 0], message: /in-house cost is 0; it must be above 0/ },
    { name: "in-house cost negative", args: [100, -5], message: /in-house cost is -5; it must be above 0/ },
    {
      name: "in-house cost NaN",
      args: [100, Number.NaN],
      message: /in-house cost is NaN; it must be a finite amount/,
    },
    {
      name: "in-house cost infinite",
      args: [100, Number.POSITIVE_INFINITY],
      message: /in-house cost is Infinity/,
    },
    { name: "vendor cost NaN", args: [Number.NaN, 100], message: /vendor cost is NaN/ },
    { name: "vendor cost negative", args: [-1, 100], message: /vendor cost is -1/ },
  ] as const)("throws a RangeError when $name", ({ args, message }) => {
    expect(() => savings(args[0], args[1])).toThrow(RangeError);
    expect(() => savings(args[0], args[1])).toThrow(message);
  });
});
