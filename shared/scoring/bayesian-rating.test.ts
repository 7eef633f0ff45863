import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bayesianRating, DEFAULT_PRIOR_MEAN_SHARE, DEFAULT_PRIOR_WEIGHT } from "./bayesian-rating";

describe("bayesianRating", () => {
  test.each([
    { ratings: [5], counts: [2], expected: (3.5 * 10 + 5 * 2) / 12 },
    { ratings: [4.7], counts: [900], expected: (3.5 * 10 + 4.7 * 900) / 910 },
    { ratings: [4.2, 4.6], counts: [120, 30], expected: (35 + 4.2 * 120 + 4.6 * 30) / 160 },
    { ratings: [3.5], counts: [1000], expected: 3.5 },
  ])("$ratings from $counts reviews with the default prior -> $expected", ({ ratings, counts, expected }) => {
    expect(bayesianRating(ratings, counts)).toBeCloseTo(expected, 12);
  });

  test.each([
    { ratings: [5], counts: [2], expected: 3.75 },
    { ratings: [4.7], counts: [900], expected: 4.686813186813187 },
    { ratings: [4.2, 4.6], counts: [120, 30], expected: 4.23125 },
  ])("matches its JSDoc example $ratings x $counts //=> $expected", ({ ratings, counts, expected }) => {
    expect(bayesianRating(ratings, counts)).toBeCloseTo(expected, 12);
  });

  test("ranks 5.0 from 2 reviews below 4.7 from 900", () => {
    expect(bayesianRating([5], [2])).toBeLessThan(bayesianRating([4.7], [900]));
  });

  test("documents its defaults: prior mean 70 % of the scale, worth 10 reviews", () => {
    expect(DEFAULT_PRIOR_MEAN_SHARE).toBe(0.7);
    expect(DEFAULT_PRIOR_WEIGHT).toBe(10);
    expect(bayesianRating([], [], 10)).toBe(7);
    expect(bayesianRating([10], [10], 10)).toBeCloseTo(8.5, 12);
  });

  test.each([
    { ratings: [4], counts: [10], scaleMax: 5, priorMean: 3, priorWeight: 10, expected: 3.5 },
    { ratings: [4], counts: [10], scaleMax: 5, priorMean: 3, priorWeight: 0, expected: 4 },
    { ratings: [8, 6], counts: [1, 1], scaleMax: 10, priorMean: 5, priorWeight: 2, expected: 6 },
  ])(
    "honours an explicit prior: $ratings x $counts, prior $priorMean x $priorWeight -> $expected",
    ({ ratings, counts, scaleMax, priorMean, priorWeight, expected }) => {
      expect(bayesianRating(ratings, counts, scaleMax, priorMean, priorWeight)).toBeCloseTo(expected, 12);
    },
  );

  test.each([
    { ratings: [], counts: [] },
    { ratings: [1, 5], counts: [0, 0] },
  ])("gives the prior mean when there are no reviews: $ratings x $counts", ({ ratings, counts }) => {
    expect(bayesianRating(ratings, counts)).toBe(3.5);
  });

  test.each([
    { name: "lengths differ", args: [[4], [1, 2]], message: /1 ratings but 2 review counts/ },
    { name: "rating NaN", args: [[Number.NaN], [1]], message: /Rating 1 is NaN/ },
    {
      name: "rating above the scale",
      args: [
        [4, 6],
        [1, 1],
      ],
      message: /Rating 2 is 6/,
    },
    { name: "rating negative", args: [[-1], [1]], message: /Rating 1 is -1/ },
    { name: "count negative", args: [[4], [-1]], message: /Review count 1 is -1/ },
    { name: "count NaN", args: [[4], [Number.NaN]], message: /Review count 1 is NaN/ },
    {
      name: "count infinite",
      args: [[4], [Number.POSITIVE_INFINITY]],
      message: /Review count 1 is Infinity/,
    },
    { name: "scaleMax zero", args: [[4], [1], 0], message: /scale maximum is 0/ },
    {
      name: "scaleMax infinite",
      args: [[4], [1], Number.POSITIVE_INFINITY],
      message: /scale maximum is Infinity/,
    },
    { name: "priorMean above the scale", args: [[4], [1], 5, 6], message: /prior mean is 6/ },
    { name: "priorMean NaN", args: [[4], [1], 5, Number.NaN], message: /prior mean is NaN/ },
    { name: "priorWeight negative", args: [[4], [1], 5, 3, -1], message: /prior weight is -1/ },
    {
      name: "priorWeight infinite",
      args: [[4], [1], 5, 3, Number.POSITIVE_INFINITY],
      message: /prior weight is Infinity/,
    },
    { name: "no reviews and no prior weight", args: [[], [], 5, 3, 0], message: /nothing to average/ },
  ] as const)("throws a RangeError when $name", ({ args, message }) => {
    const call = () => bayesianRating([...args[0]], [...args[1]], args[2], args[3], args[4]);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  test("lies between the prior mean and the raw mean, and moves towards the raw mean with more reviews", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        (rating, count) => {
          const few = bayesianRating([rating], [count]);
          const many = bayesianRating([rating], [count * 10]);
          expect(few).toBeGreaterThanOrEqual(Math.min(rating, 3.5) - 1e-12);
          expect(few).toBeLessThanOrEqual(Math.max(rating, 3.5) + 1e-12);
          expect(Math.abs(many - rating)).toBeLessThanOrEqual(Math.abs(few - rating) + 1e-12);
        },
      ),
    );
  });
});
