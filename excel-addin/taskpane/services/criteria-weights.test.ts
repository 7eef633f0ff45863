import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normaliseToPercent, weightTotal } from "./criteria-weights";

describe("normaliseToPercent", () => {
  test.each([
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [30, 30],
      [50, 50],
    ],
    [
      [15, 15, 20, 20, 8, 7, 7, 4, 4],
      [15, 15, 20, 20, 8, 7, 7, 4, 4],
    ],
    [
      [0, 0],
      [50, 50],
    ],
    [
      [10, Number.NaN, -5],
      [100, 0, 0],
    ],
    [
      [2, 1],
      [67, 33],
    ],
    [[], []],
  ])("%j -> %j", (weights, expected) => {
    expect(normaliseToPercent(weights)).toEqual(expected);
  });

  test("always sums to 100 with whole, non-negative percentages", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (weights) => {
          const percent = normaliseToPercent(weights);
          expect(percent.reduce((a, b) => a + b, 0)).toBe(100);
          for (const value of percent) expect(Number.isInteger(value) && value >= 0).toBe(true);
        },
      ),
    );
  });
});

describe("weightTotal", () => {
  test("ignores NaN and negatives", () => {
    expect(weightTotal([40, Number.NaN, -3, 35])).toBe(75);
  });
});
