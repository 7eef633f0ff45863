import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { weightedScore } from "./weighted-score";

describe("weightedScore", () => {
  test.each([
    { ratings: [4, 3, 5], weights: [0.5, 0.3, 0.2], scaleMax: 5, expected: 78 },
    { ratings: [5, 5, 5], weights: [1, 2, 3], scaleMax: 5, expected: 100 },
    { ratings: [0, 0], weights: [1, 1], scaleMax: 5, expected: 0 },
    // Weights need not sum to 1: 50/30/20 gives the same as 0.5/0.3/0.2.
    { ratings: [4, 3, 5], weights: [50, 30, 20], scaleMax: 5, expected: 78 },
    { ratings: [8, 10], weights: [1, 1], scaleMax: 10, expected: 90 },
    // A zero weight ignores its rating.
    { ratings: [1, 5], weights: [0, 1], scaleMax: 5, expected: 100 },
  ])(
    "$ratings weighted $weights on a 0-$scaleMax scale -> $expected",
    ({ ratings, weights, scaleMax, expected }) => {
      expect(weightedScore(ratings, weights, scaleMax)).toBeCloseTo(expected, 10);
    },
  );

  test("defaults to a 1-5 scale", () => {
    expect(weightedScore([4, 3, 5], [0.5, 0.3, 0.2])).toBeCloseTo(78, 10);
  });

  test.each([
    { ratings: [4, null, 5], weights: [0.5, 0.3, 0.2], expected: ((0.5 * 4 + 0.2 * 5) / 0.7 / 5) * 100 },
    { ratings: [null, 3, null], weights: [0.5, 0.3, 0.2], expected: 60 },
    // A missing rating with weight zero changes nothing.
    { ratings: [4, 3, null], weights: [0.5, 0.5, 0], expected: 70 },
  ])(
    "missing ratings drop out and the other weights are rescaled: $ratings",
    ({ ratings, weights, expected }) => {
      expect(weightedScore(ratings, weights)).toBeCloseTo(expected, 10);
    },
  );

  test("an undefined entry (a hole from a spreadsheet range) counts as missing", () => {
    const ratings: (number | null)[] = [4];
    ratings[2] = 5;
    expect(weightedScore(ratings, [0.5, 0.3, 0.2])).toBeCloseTo(((0.5 * 4 + 0.2 * 5) / 0.7 / 5) * 100, 10);
  });

  test.each([
    {
      name: "lengths differ",
      ratings: [4, 3],
      weights: [1, 1, 1],
      scaleMax: 5,
      message: /2 ratings but 3 weights/,
    },
    { name: "both empty", ratings: [], weights: [], scaleMax: 5, message: /weight zero/ },
    { name: "negative weight", ratings: [4, 3], weights: [1, -1], scaleMax: 5, message: /Weight 2 is -1/ },
    {
      name: "NaN weight",
      ratings: [4, 3],
      weights: [Number.NaN, 1],
      scaleMax: 5,
      message: /Weight 1 is NaN/,
    },
    {
      name: "infinite weight",
      ratings: [4, 3],
      weights: [1, Number.POSITIVE_INFINITY],
      scaleMax: 5,
      message: /Weight 2 is Infinity/,
    },
    {
      name: "infinite weight on a missing rating",
      ratings: [null, 3],
      weights: [Number.POSITIVE_INFINITY, 1],
      scaleMax: 5,
      message: /Weight 1 is Infinity/,
    },
    {
      name: "weights so large the weighted sum overflows",
      ratings: [5],
      weights: [1e308],
      scaleMax: 5,
      message: /too large to add up/,
    },
    {
      name: "weights too large to add up",
      ratings: [4, 3],
      weights: [1e308, 1e308],
      scaleMax: 5,
      message: /too large to add up/,
    },
    {
      name: "all weights zero",
      ratings: [4, 3],
      weights: [0, 0],
      scaleMax: 5,
      message: /every criterion has weight zero/i,
    },
    { name: "rating above scale", ratings: [6, 3], weights: [1, 1], scaleMax: 5, message: /Rating 1 is 6/ },
    { name: "rating below zero", ratings: [4, -1], weights: [1, 1], scaleMax: 5, message: /Rating 2 is -1/ },
    { name: "NaN rating", ratings: [Number.NaN], weights: [1], scaleMax: 5, message: /Rating 1 is NaN/ },
    {
      name: "every rating missing",
      ratings: [null, null],
      weights: [1, 1],
      scaleMax: 5,
      message: /Every rating is missing/,
    },
    {
      name: "only zero-weight criteria rated",
      ratings: [4, null],
      weights: [0, 1],
      scaleMax: 5,
      message: /Only criteria with weight zero/,
    },
    { name: "scaleMax zero", ratings: [0], weights: [1], scaleMax: 0, message: /scale maximum is 0/ },
    { name: "scaleMax negative", ratings: [0], weights: [1], scaleMax: -5, message: /scale maximum is -5/ },
    {
      name: "scaleMax NaN",
      ratings: [0],
      weights: [1],
      scaleMax: Number.NaN,
      message: /scale maximum is NaN/,
    },
    {
      name: "scaleMax infinite",
      ratings: [0],
      weights: [1],
      scaleMax: Number.POSITIVE_INFINITY,
      message: /scale maximum is Infinity/,
    },
  ])("throws a RangeError when $name", ({ ratings, weights, scaleMax, message }) => {
    expect(() => weightedScore(ratings, weights, scaleMax)).toThrow(RangeError);
    expect(() => weightedScore(ratings, weights, scaleMax)).toThrow(message);
  });

  test("always lies in 0..100 and between the lowest and highest present rating", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rating: fc.option(fc.double({ min: 0, max: 5, noNaN: true }), { nil: null }),
            weight: fc.double({ min: 0.001, max: 100, noNaN: true }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (rows) => {
          fc.pre(rows.some((row) => row.rating !== null));
          const score = weightedScore(
            rows.map((row) => row.rating),
            rows.map((row) => row.weight),
          );
          const present = rows.flatMap((row) => (row.rating === null ? [] : [row.rating * 20]));
          expect(score).toBeGreaterThanOrEqual(Math.min(...present) - 1e-9);
          expect(score).toBeLessThanOrEqual(Math.max(...present) + 1e-9);
        },
      ),
    );
  });
});
