/**
 * @name topsis
 * @summary Each vendor's closeness to the ideal vendor (TOPSIS, Hwang & Yoon 1981), from 0 to 1.
 *
 * @description
 * Rows are vendors, columns are criteria. Each column is divided by its Euclidean norm (vector
 * normalisation) and multiplied by its weight (weights are rescaled to sum to 1). The ideal vendor takes
 * the best value of every column (the largest where `benefit[j]` is `true`, the smallest where it is
 * `false`, e.g. for price), the anti-ideal the worst. Closeness is `d- / (d+ + d-)`, the distance to the
 * anti-ideal over the sum of both distances: 1 for a vendor that is the ideal, 0 for the anti-ideal.
 *
 * Edge cases:
 * - no vendors (an empty matrix) gives an empty array;
 * - when every vendor is identical on every weighted criterion (also: a single vendor), each is at once
 *   ideal and anti-ideal and closeness is 0/0; we return 0.5 for each, neither best nor worst;
 * - throws a `RangeError` when a row's length or `benefit`'s length differs from the number of weights,
 *   there are no criteria, a value or weight is `NaN` or infinite, a weight is negative, every weight is
 *   zero, a column is all zeros (it cannot be normalised), or a column's values are so large (around
 *   1e154) that their squares overflow.
 *
 * @param matrix - one row per vendor, one column per criterion
 * @param weights - one non-negative weight per criterion, any scale
 * @param benefit - per criterion, `true` when larger is better, `false` when smaller is better (costs)
 * @returns closeness per vendor in `0..1`, in row order
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * topsis([[250, 16, 12, 5], [200, 16, 8, 3], [300, 32, 16, 4], [275, 32, 8, 4], [225, 16, 16, 2]],
 *        [0.25, 0.25, 0.25, 0.25], [false, true, true, true])
 * //=> [0.5343, 0.3084, 0.6916, 0.5347, 0.4010] (rounded to 4 decimals)
 *
 * @example
 * topsis([[1, 0], [0, 1]], [3, 1], [true, true])
 * //=> [0.75, 0.25]
 */
export function topsis(matrix: number[][], weights: number[], benefit: boolean[]): number[] {
  const n = weights.length;
  if (n === 0) {
    throw new RangeError("There are no criteria; give at least one weight and one column per criterion.");
  }
  if (benefit.length !== n) {
    throw new RangeError(
      `There are ${n} weights but ${benefit.length} directions; give one direction per criterion.`,
    );
  }
  let weightSum = 0;
  for (let j = 0; j < n; j++) {
    const w = weights[j] as number;
    if (!(w >= 0 && Number.isFinite(w))) {
      throw new RangeError(`Weight ${j + 1} is ${w}; weights must be finite numbers of zero or more.`);
    }
    weightSum += w;
  }
  if (weightSum === 0) {
    throw new RangeError("Every criterion has weight zero; give at least one criterion a positive weight.");
  }
  const m = matrix.length;
  const norms = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    const row = matrix[i] as number[];
    if (row.length !== n) {
      throw new RangeError(
        `Vendor ${i + 1} has ${row.length} values but there are ${n} criteria; give every vendor one value per criterion.`,
      );
    }
    for (let j = 0; j < n; j++) {
      const x = row[j] as number;
      if (!Number.isFinite(x)) {
        throw new RangeError(
          `Vendor ${i + 1}, criterion ${j + 1} is ${x}; every value must be a finite number.`,
        );
      }
      norms[j] = (norms[j] as number) + x * x;
    }
  }
  if (m === 0) return [];
  // scale[j] turns a raw value into its weighted normalised value.
  const scale = new Float64Array(n);
  const best = new Float64Array(n);
  const worst = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const norm = Math.sqrt(norms[j] as number);
    if (norm === 0) {
      throw new RangeError(
        `Every vendor scores 0 on criterion ${j + 1}, so it cannot be normalised; remove that criterion or enter its values.`,
      );
    }
    if (norm === Number.POSITIVE_INFINITY) {
      throw new RangeError(
        `The values of criterion ${j + 1} are too large to square; express them in larger units (thousands, millions).`,
      );
    }
    scale[j] = (weights[j] as number) / weightSum / norm;
    let hi = Number.NEGATIVE_INFINITY;
    let lo = Number.POSITIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      const v = ((matrix[i] as number[])[j] as number) * (scale[j] as number);
      if (v > hi) hi = v;
      if (v < lo) lo = v;
    }
    best[j] = benefit[j] ? hi : lo;
    worst[j] = benefit[j] ? lo : hi;
  }
  const closeness = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    const row = matrix[i] as number[];
    let toBest = 0;
    let toWorst = 0;
    for (let j = 0; j < n; j++) {
      const v = (row[j] as number) * (scale[j] as number);
      const dBest = v - (best[j] as number);
      const dWorst = v - (worst[j] as number);
      toBest += dBest * dBest;
      toWorst += dWorst * dWorst;
    }
    const dPlus = Math.sqrt(toBest);
    const dMinus = Math.sqrt(toWorst);
    closeness[i] = dPlus + dMinus === 0 ? 0.5 : dMinus / (dPlus + dMinus);
  }
  return closeness;
}
