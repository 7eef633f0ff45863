import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { weightSensitivity } from "./weight-sensitivity";

function scoresAfter(matrix: number[][], weights: number[], j: number, delta: number): number[] {
  const changed = weights.map((w, l) => (l === j ? w + delta : w));
  const total = changed.reduce((a, b) => a + b, 0);
  return matrix.map((row) => row.reduce((sum, x, l) => sum + x * (changed[l] as number), 0) / total);
}

/**
 * Whether some vendor scores strictly above `winner` after changing weight j by delta; a tie is no
 * change. Scores summed in different orders can differ in their last bit where they are equal (tied
 * vendors 1·0.001 + 4·2 + 3·2 and 1·0.001 + 2·2 + 5·2), so "above" means by more than rounding: far
 * less than any step the property takes past a crossing.
 */
function overtaken(matrix: number[][], weights: number[], j: number, delta: number, winner: number): boolean {
  const scores = scoresAfter(matrix, weights, j, delta);
  const top = scores[winner] as number;
  return scores.some((score) => score - top > 1e-12 * Math.max(1, Math.abs(top)));
}

describe("weightSensitivity", () => {
  test.each([
    // 4.75 vs 3.5: weights [0.5, 1] tie them at 4.33, and so do [3, 6] at 6.5.
    {
      matrix: [
        [5, 4],
        [3, 5],
      ],
      weights: [3, 1],
      expected: [2.5, 5],
    },
    {
      matrix: [
        [5, 5],
        [3, 4],
      ],
      weights: [1, 1],
      expected: [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
    },
    // Three vendors, sums 12, 11, 10: the nearest competitor on each criterion sets the answer.
    // Criterion 2 at 0.5 ties vendors 1 and 2 at 10; criterion 3 can only fall to 0, where vendor 3 just ties.
    {
      matrix: [
        [4, 4, 4],
        [5, 2, 4],
        [3, 5, 2],
      ],
      weights: [1, 1, 1],
      expected: [1, 0.5, Number.POSITIVE_INFINITY],
    },
    // Weights as percentages give deltas in percentage points.
    {
      matrix: [
        [5, 4],
        [3, 5],
      ],
      weights: [75, 25],
      expected: [62.5, 125],
    },
  ])("$matrix with weights $weights -> $expected", ({ matrix, weights, expected }) => {
    const result = weightSensitivity(matrix, weights);
    result.forEach((d, j) => {
      if ((expected[j] as number) === Number.POSITIVE_INFINITY) expect(d).toBe(Number.POSITIVE_INFINITY);
      else expect(d).toBeCloseTo(expected[j] as number, 12);
    });
  });

  test("gives 0 when a tie at the top would break against the winner", () => {
    // Tied at 4; raising criterion 2 favours vendor 2, lowering it favours vendor 1.
    expect(
      weightSensitivity(
        [
          [5, 3],
          [3, 5],
        ],
        [1, 1],
      ),
    ).toEqual([0, 0]);
  });

  test("does not count a tie that the weight change cannot break", () => {
    // Identical vendors: nothing separates them.
    expect(
      weightSensitivity(
        [
          [4, 2],
          [4, 2],
        ],
        [1, 1],
      ),
    ).toEqual([Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });

  test("considers only increases for a weight of 0", () => {
    // 5 vs 3; criterion 2 at 0.5 ties them: 5.5 vs 5.5.
    expect(
      weightSensitivity(
        [
          [5, 1],
          [3, 5],
        ],
        [1, 0],
      ),
    ).toEqual([Number.POSITIVE_INFINITY, 0.5]);
  });

  test("never lets a weight go below 0: a crossing exactly at weight 0 is only a tie", () => {
    // 10.5 vs 9.5; with criterion 1 (or 2) at 0 the vendors tie at 5.5 and no lower weight is allowed.
    expect(
      weightSensitivity(
        [
          [5, 5, 1],
          [4, 4, 3],
        ],
        [1, 1, 0.5],
      ),
    ).toEqual([Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, 0.5]);
  });

  test.each([
    { name: "no vendors", matrix: [] },
    { name: "one vendor", matrix: [[1, 2, 3]] },
  ])("gives Infinity for every criterion with $name", ({ matrix }) => {
    expect(weightSensitivity(matrix, [1, 1, 1])).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });

  test.each([
    { name: "no criteria", matrix: [[]], weights: [], message: /no criteria/ },
    {
      name: "a ragged row",
      matrix: [[1, 2], [3]],
      weights: [1, 1],
      message: /Vendor 2 has 1 values but there are 2 criteria/,
    },
    { name: "a negative weight", matrix: [[1, 2]], weights: [1, -1], message: /Weight 2 is -1/ },
    { name: "a NaN weight", matrix: [[1, 2]], weights: [Number.NaN, 1], message: /Weight 1 is NaN/ },
    {
      name: "an infinite weight",
      matrix: [[1, 2]],
      weights: [1, Number.POSITIVE_INFINITY],
      message: /Weight 2 is Infinity/,
    },
    { name: "all weights zero", matrix: [[1, 2]], weights: [0, 0], message: /weight zero/ },
    {
      name: "scores that overflow",
      matrix: [
        [1e308, 1],
        [1, 2],
      ],
      weights: [10, 1],
      message: /too large to add up/,
    },
    {
      name: "a NaN value",
      matrix: [
        [1, 2],
        [3, Number.NaN],
      ],
      weights: [1, 1],
      message: /Vendor 2, criterion 2 is NaN/,
    },
  ])("throws a RangeError on $name", ({ matrix, weights, message }) => {
    expect(() => weightSensitivity(matrix, weights)).toThrow(RangeError);
    expect(() => weightSensitivity(matrix, weights)).toThrow(message);
  });

  test("a tie that a weight both tied vendors share cannot break stays a tie, however rounding sums it", () => {
    // Vendors 1 and 4 tie at 15; both have 1 on criterion 1, so only vendor 5 (behind by 3) bounds it.
    const matrix = [
      [1, 4, 3],
      [1, 1, 1],
      [1, 1, 1],
      [1, 2, 5],
      [4, 3, 1],
    ];
    expect(weightSensitivity(matrix, [1, 2, 2])).toEqual([1, 0, 0]);
    expect(overtaken(matrix, [1, 2, 2], 0, -0.999, 0)).toBe(false);
    expect(overtaken(matrix, [1, 2, 2], 0, 1.001, 0)).toBe(true);
  });

  test("is exact: just inside the answer the winner holds, just beyond it the winner changes", () => {
    const shape = fc.record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(
        shape.chain(({ m, n }) =>
          fc.record({
            matrix: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }), {
              minLength: m,
              maxLength: m,
            }),
            weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }),
          }),
        ),
        ({ matrix, weights }) => {
          fc.pre(weights.some((w) => w > 0));
          const total = weights.reduce((a, b) => a + b, 0);
          const start = scoresAfter(matrix, weights, 0, 0);
          const winner = start.indexOf(Math.max(...start));
          weightSensitivity(matrix, weights).forEach((d, j) => {
            const w = weights[j] as number;
            const allowed = (delta: number) => w + delta >= 0 && total + delta > 0;
            const inside =
              d === Number.POSITIVE_INFINITY
                ? [-w, -w / 2, 1, 1e3, 1e6]
                : [d * 0.999, -Math.min(d * 0.999, w)];
            for (const delta of inside.filter(allowed)) {
              expect(overtaken(matrix, weights, j, delta, winner)).toBe(false);
            }
            if (d === Number.POSITIVE_INFINITY) return;
            const step = d * 1.001 + 1e-9;
            // Going down, stop halfway between the crossing and weight 0 if the step would overshoot it.
            const beyond = [step, -Math.min(step, (d + w) / 2)].filter(allowed);
            expect(beyond.some((delta) => overtaken(matrix, weights, j, delta, winner))).toBe(true);
          });
        },
      ),
      { numRuns: 1000 },
    );
  });
});
