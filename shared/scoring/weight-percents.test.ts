import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseWeightPercent, weightPercents, weightsWithPercent, weightTotal } from "./weight-percents";

describe("weightPercents", () => {
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
    expect(weightPercents(weights)).toEqual(expected);
  });

  test("always sums to 100 with whole, non-negative percentages", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (weights) => {
          const percent = weightPercents(weights);
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

describe("weightsWithPercent", () => {
  test("a typed weight is what the card then shows; the others share the rest in their proportions", () => {
    expect(weightPercents(weightsWithPercent([1, 1, 1], 0, 50))).toEqual([50, 25, 25]);
    expect(weightPercents(weightsWithPercent([1, 1, 2], 1, 40))).toEqual([20, 40, 40]);
    // Others with no weight share the rest equally; typing 100 leaves them at zero.
    expect(weightPercents(weightsWithPercent([5, 0, 0], 0, 40))).toEqual([40, 30, 30]);
    expect(weightPercents(weightsWithPercent([1, 2, 3], 2, 100))).toEqual([0, 0, 100]);
    expect(weightsWithPercent([7], 0, 30)).toEqual([100]);
  });

  test("typing 40 into nine template weights keeps 40 and a total of 100", () => {
    const weights = [15, 15, 20, 20, 8, 7, 7, 4, 4];
    const percents = weightPercents(weightsWithPercent(weights, 0, 40));
    expect(percents[0]).toBe(40);
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100);
  });

  test("a weight outside 0-100, or one that leaves every weight zero, is refused with what to type", () => {
    for (const bad of [-1, 101, Number.NaN]) {
      expect(() => weightsWithPercent([1, 1], 0, bad)).toThrow("A weight is a percentage from 0 to 100");
    }
    expect(() => weightsWithPercent([3], 0, 0)).toThrow("At least one criterion needs a weight above zero.");
  });
});

describe("parseWeightPercent", () => {
  test.each([
    ["40", 40],
    [" 40 % ", 40],
    ["0", 0],
    ["100", 100],
  ])("%j is %d percent", (typed, percent) => {
    expect(parseWeightPercent(typed)).toEqual({ ok: true, percent });
  });

  test.each([
    ["150", "Type a whole number from 0 to 100; 150 is more than 100."],
    ["-5", "A weight cannot be negative. Type 0 to ignore a criterion."],
    ["abc", "“abc” is not a number. Type a whole number from 0 to 100."],
    ["", "Type a whole number from 0 to 100, such as 15."],
    ["12.5", "Weights are whole percentages. Type 13 instead of 12.5."],
  ])("%j is refused with a sentence", (typed, message) => {
    expect(parseWeightPercent(typed)).toEqual({ ok: false, message });
  });
});
