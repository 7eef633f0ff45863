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

  describe("with pass/fail from the must-have gates", () => {
    test.each([
      // 90 fails: the passing 80 and 70 rank 1 and 2; the 90 ranks 2 + 1 = 3.
      { scores: [90, 80, 70], passes: [false, true, true], expected: [3, 1, 2] },
      // Two fail: among them 95 beats 60, so 2 + 1 and 2 + 2; the passing tie shares rank 1.
      { scores: [95, 50, 60, 50], passes: [false, true, false, true], expected: [3, 1, 4, 1] },
      // All pass: plain RANK.EQ ranks.
      { scores: [90, 80, 80, 70], passes: [true, true, true, true], expected: [1, 2, 2, 4] },
      // None passes: still ranked by score among themselves.
      { scores: [90, 80], passes: [false, false], expected: [1, 2] },
      // A tie across the line is not a tie: the passing 80 is 1, the failing 80 is 2.
      { scores: [80, 80], passes: [false, true], expected: [2, 1] },
    ])("$scores passing $passes -> $expected", ({ scores, passes, expected }) => {
      expect(rankScores(scores, true, passes)).toEqual(expected);
    });

    test("lowest first works the same way: a failing cheap vendor ranks after the passing ones", () => {
      // Costs 900 (fails), 1200, 1500: 1200 is 1, 1500 is 2, the 900 is 3.
      expect(rankScores([900, 1200, 1500], false, [false, true, true])).toEqual([3, 1, 2]);
    });

    test("every passing vendor ranks before every failing one", () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()), { maxLength: 30 }),
          (rows) => {
            const ranks = rankScores(
              rows.map(([s]) => s),
              true,
              rows.map(([, p]) => p),
            );
            const worstPassing = Math.max(0, ...ranks.filter((_, i) => rows[i]?.[1]));
            const bestFailing = Math.min(Number.POSITIVE_INFINITY, ...ranks.filter((_, i) => !rows[i]?.[1]));
            expect(worstPassing).toBeLessThan(bestFailing);
          },
        ),
      );
    });

    test("refuses pass/fail of another length", () => {
      expect(() => rankScores([1, 2], true, [true])).toThrow(/2 scores but 1 pass\/fail values/);
    });
  });
});
