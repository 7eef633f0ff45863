import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { rankScores } from "./rank-scores";

describe("rankScores", () => {
  // Expected values as Excel's RANK.EQ(score, scores, order) returns them: order 0 is descending.
  test.each([
    { scores: [90, 80, 80, 70], descending: true, expected: [1, 2, 2, 4] },
    { scores: [90, 80, 80, 70], descending: false, expected: [4, 2, 2, 1] },
    { scores: [7, 3.5, 12, 1, 3.5, 12], descending: true, expected: [3, 4, 1, 6, 4, 1] },
    { scores: [7, 3.5, 12, 1, 3.5, 12], descending: false, expected: [4, 2, 5, 1, 2, 5] },
    { scores: [5, 5, 5], descending: true, expected: [1, 1, 1] },
    { scores: [42], descending: false, expected: [1] },
    { scores: [-1, 0, -0, 2], descending: true, expected: [4, 2, 2, 1] },
    { scores: [], descending: true, expected: [] },
  ])("$scores (descending: $descending) -> $expected", ({ scores, descending, expected }) => {
    expect(rankScores(scores, descending)).toEqual(expected);
  });

  test("ranks the highest score first by default", () => {
    expect(rankScores([1200, 900, 1500])).toEqual([2, 3, 1]);
  });

  test("ranks the lowest first when descending is false", () => {
    expect(rankScores([1200, 900, 1500], false)).toEqual([2, 1, 3]);
  });

  test.each([
    { scores: [1, Number.NaN], position: 2, value: "NaN" },
    { scores: [Number.POSITIVE_INFINITY, 1], position: 1, value: "Infinity" },
    { scores: [1, 2, Number.NEGATIVE_INFINITY], position: 3, value: "-Infinity" },
  ])("throws a RangeError naming score $position when it is $value", ({ scores, position, value }) => {
    expect(() => rankScores(scores)).toThrow(RangeError);
    expect(() => rankScores(scores)).toThrow(`Score ${position} is ${value}`);
  });

  test("matches the definition of RANK.EQ: 1 + how many scores are strictly better", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }),
        fc.boolean(),
        (scores, descending) => {
          const expected = scores.map(
            (s) => 1 + scores.filter((other) => (descending ? other > s : other < s)).length,
          );
          expect(rankScores(scores, descending)).toEqual(expected);
        },
      ),
    );
  });

  test("does not change its input", () => {
    const scores = [3, 1, 2];
    rankScores(scores);
    expect(scores).toEqual([3, 1, 2]);
  });
});
