import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { normalizeRating } from "./normalize-rating";

describe("normalizeRating", () => {
  test.each([
    { value: 75, min: 50, max: 100, lowerIsBetter: false, scaleMax: 5, expected: 3 },
    { value: 50, min: 50, max: 100, lowerIsBetter: false, scaleMax: 5, expected: 1 },
    { value: 100, min: 50, max: 100, lowerIsBetter: false, scaleMax: 5, expected: 5 },
    { value: 400, min: 400, max: 1200, lowerIsBetter: true, scaleMax: 5, expected: 5 },
    { value: 1200, min: 400, max: 1200, lowerIsBetter: true, scaleMax: 5, expected: 1 },
    { value: 600, min: 400, max: 1200, lowerIsBetter: true, scaleMax: 5, expected: 4 },
    { value: 5, min: 0, max: 10, lowerIsBetter: false, scaleMax: 10, expected: 5.5 },
    { value: -3, min: -10, max: 10, lowerIsBetter: false, scaleMax: 5, expected: 2.4 },
    { value: 0.5, min: 0, max: 1, lowerIsBetter: false, scaleMax: 1, expected: 1 },
  ])(
    "$value in $min..$max (lowerIsBetter: $lowerIsBetter) on 1-$scaleMax -> $expected",
    ({ value, min, max, lowerIsBetter, scaleMax, expected }) => {
      expect(normalizeRating(value, min, max, lowerIsBetter, scaleMax)).toBeCloseTo(expected, 12);
    },
  );

  test("defaults to higher-is-better on a 1-5 scale", () => {
    expect(normalizeRating(75, 50, 100)).toBe(3);
  });

  test.each([
    { value: 150, lowerIsBetter: false, expected: 5 },
    { value: 0, lowerIsBetter: false, expected: 1 },
    { value: 150, lowerIsBetter: true, expected: 1 },
    { value: 0, lowerIsBetter: true, expected: 5 },
  ])(
    "clamps $value outside 50..100 (lowerIsBetter: $lowerIsBetter) to $expected",
    ({ value, lowerIsBetter, expected }) => {
      expect(normalizeRating(value, 50, 100, lowerIsBetter)).toBe(expected);
    },
  );

  test.each([
    { name: "value NaN", args: [Number.NaN, 0, 1, false, 5], message: /The value is NaN/ },
    {
      name: "value infinite",
      args: [Number.POSITIVE_INFINITY, 0, 1, false, 5],
      message: /The value is Infinity/,
    },
    { name: "min NaN", args: [1, Number.NaN, 1, false, 5], message: /range minimum is NaN/ },
    {
      name: "max infinite",
      args: [1, 0, Number.NEGATIVE_INFINITY, false, 5],
      message: /range maximum is -Infinity/,
    },
    { name: "scaleMax NaN", args: [1, 0, 1, false, Number.NaN], message: /scale maximum is NaN/ },
    { name: "scaleMax below 1", args: [1, 0, 1, false, 0.5], message: /must be 1 or more/ },
    { name: "min equals max", args: [3, 3, 3, false, 5], message: /both 3/ },
    { name: "min above max", args: [3, 10, 1, false, 5], message: /swap them/ },
  ] as const)("throws a RangeError when $name", ({ args, message }) => {
    const call = () => normalizeRating(args[0], args[1], args[2], args[3], args[4]);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  test("always lies in 1..scaleMax and lowerIsBetter mirrors the rating", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (value, min, width) => {
          const max = min + width;
          fc.pre(max > min);
          const up = normalizeRating(value, min, max);
          const down = normalizeRating(value, min, max, true);
          expect(up).toBeGreaterThanOrEqual(1);
          expect(up).toBeLessThanOrEqual(5);
          expect(up + down).toBeCloseTo(6, 9);
        },
      ),
    );
  });
});
