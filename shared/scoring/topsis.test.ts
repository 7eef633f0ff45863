import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { topsis } from "./topsis";

/** TOPSIS written step by step as textbooks lay it out, to check the single-pass implementation against. */
function topsisByTheBook(matrix: number[][], weights: number[], benefit: boolean[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const columns = weights.map((_, j) => matrix.map((row) => row[j] as number));
  const normalised = columns.map((column) => {
    const norm = Math.hypot(...column);
    return column.map((x) => x / norm);
  });
  const weighted = normalised.map((column, j) => column.map((r) => (r * (weights[j] as number)) / total));
  const ideal = weighted.map((column, j) => (benefit[j] ? Math.max(...column) : Math.min(...column)));
  const antiIdeal = weighted.map((column, j) => (benefit[j] ? Math.min(...column) : Math.max(...column)));
  return matrix.map((_, i) => {
    const dPlus = Math.hypot(...weighted.map((column, j) => (column[i] as number) - (ideal[j] as number)));
    const dMinus = Math.hypot(
      ...weighted.map((column, j) => (column[i] as number) - (antiIdeal[j] as number)),
    );
    return dMinus / (dPlus + dMinus);
  });
}

describe("topsis", () => {
  test("reproduces the published phone-selection worked example", () => {
    // Five phones by price (cost), storage, camera and looks, equal weights. Published closeness
    // values: "TOPSIS Analysis.ipynb" in github.com/mycr0ft/MultiComponentDecisionTheory
    // (0.5342768571821003, 0.3083677687324685, 0.6916322312675315, 0.534736584486838, 0.40104612151678615).
    const phones = [
      [250, 16, 12, 5],
      [200, 16, 8, 3],
      [300, 32, 16, 4],
      [275, 32, 8, 4],
      [225, 16, 16, 2],
    ];
    const closeness = topsis(phones, [0.25, 0.25, 0.25, 0.25], [false, true, true, true]);
    const published = [
      0.5342768571821003, 0.3083677687324685, 0.6916322312675315, 0.534736584486838, 0.40104612151678615,
    ];
    closeness.forEach((c, i) => {
      expect(c).toBeCloseTo(published[i] as number, 10);
    });
  });

  test.each([
    // One criterion: closeness is where the value sits between worst and best.
    { matrix: [[1], [3], [5]], weights: [1], benefit: [true], expected: [0, 0.5, 1] },
    { matrix: [[1], [3], [5]], weights: [1], benefit: [false], expected: [1, 0.5, 0] },
    // Two opposite vendors, weights 3:1 -> distances 0.25 and 0.75 of the same length.
    {
      matrix: [
        [1, 0],
        [0, 1],
      ],
      weights: [3, 1],
      benefit: [true, true],
      expected: [0.75, 0.25],
    },
    // Weights are rescaled: 30/10 gives the same as 0.75/0.25.
    {
      matrix: [
        [1, 0],
        [0, 1],
      ],
      weights: [30, 10],
      benefit: [true, true],
      expected: [0.75, 0.25],
    },
    // A zero-weight criterion does not count.
    {
      matrix: [
        [1, 9],
        [2, 1],
      ],
      weights: [1, 0],
      benefit: [true, true],
      expected: [0, 1],
    },
  ])(
    "$matrix with weights $weights and benefit $benefit -> $expected",
    ({ matrix, weights, benefit, expected }) => {
      const closeness = topsis(matrix, weights, benefit);
      expect(closeness).toHaveLength(expected.length);
      closeness.forEach((c, i) => {
        expect(c).toBeCloseTo(expected[i] as number, 12);
      });
    },
  );

  test("gives an empty array for no vendors", () => {
    expect(topsis([], [1, 2], [true, false])).toEqual([]);
  });

  test.each([
    { name: "a single vendor", matrix: [[3, 4]] },
    {
      name: "identical vendors",
      matrix: [
        [3, 4],
        [3, 4],
        [3, 4],
      ],
    },
  ])("gives 0.5 to each vendor when all are identical: $name", ({ matrix }) => {
    expect(topsis(matrix, [1, 1], [true, false])).toEqual(matrix.map(() => 0.5));
  });

  test.each([
    { name: "no criteria", matrix: [[]], weights: [], benefit: [], message: /no criteria/ },
    {
      name: "a ragged row",
      matrix: [[1, 2], [3]],
      weights: [1, 1],
      benefit: [true, true],
      message: /Vendor 2 has 1 values but there are 2 criteria/,
    },
    {
      name: "too few directions",
      matrix: [[1, 2]],
      weights: [1, 1],
      benefit: [true],
      message: /2 weights but 1 directions/,
    },
    {
      name: "a negative weight",
      matrix: [[1, 2]],
      weights: [1, -1],
      benefit: [true, true],
      message: /Weight 2 is -1/,
    },
    {
      name: "a NaN weight",
      matrix: [[1, 2]],
      weights: [Number.NaN, 1],
      benefit: [true, true],
      message: /Weight 1 is NaN/,
    },
    {
      name: "an infinite weight",
      matrix: [[1, 2]],
      weights: [Number.POSITIVE_INFINITY, 1],
      benefit: [true, true],
      message: /Weight 1 is Infinity/,
    },
    {
      name: "all weights zero",
      matrix: [[1, 2]],
      weights: [0, 0],
      benefit: [true, true],
      message: /weight zero/,
    },
    {
      name: "values too large to square",
      matrix: [
        [1e200, 1],
        [1, 2],
      ],
      weights: [1, 1],
      benefit: [true, true],
      message: /criterion 1 are too large to square/,
    },
    {
      name: "a NaN value",
      matrix: [
        [1, 2],
        [Number.NaN, 1],
      ],
      weights: [1, 1],
      benefit: [true, true],
      message: /Vendor 2, criterion 1 is NaN/,
    },
    {
      name: "a zero column",
      matrix: [
        [1, 0],
        [2, 0],
      ],
      weights: [1, 1],
      benefit: [true, true],
      message: /Every vendor scores 0 on criterion 2/,
    },
  ])("throws a RangeError on $name", ({ matrix, weights, benefit, message }) => {
    expect(() => topsis(matrix, weights, benefit)).toThrow(RangeError);
    expect(() => topsis(matrix, weights, benefit)).toThrow(message);
  });

  test("agrees with the textbook step-by-step computation and stays in 0..1", () => {
    const shape = fc.record({ m: fc.integer({ min: 2, max: 6 }), n: fc.integer({ min: 1, max: 5 }) });
    fc.assert(
      fc.property(
        shape.chain(({ m, n }) =>
          fc.record({
            matrix: fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: n, maxLength: n }), {
              minLength: m,
              maxLength: m,
            }),
            weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: n, maxLength: n }),
            benefit: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          }),
        ),
        ({ matrix, weights, benefit }) => {
          // Identical rows make the textbook formula 0/0; that case has its own test above.
          fc.pre(matrix.some((row) => row.some((x, j) => x !== (matrix[0] as number[])[j])));
          const ours = topsis(matrix, weights, benefit);
          const book = topsisByTheBook(matrix, weights, benefit);
          ours.forEach((c, i) => {
            expect(c).toBeGreaterThanOrEqual(0);
            expect(c).toBeLessThanOrEqual(1);
            expect(c).toBeCloseTo(book[i] as number, 10);
          });
        },
      ),
    );
  });
});
