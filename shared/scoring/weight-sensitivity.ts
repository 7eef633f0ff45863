/**
 * @name weightSensitivity
 * @summary For each criterion, the smallest change of its weight that changes which vendor ranks first.
 *
 * @description
 * Vendors are scored `sum(w_j * x_ij) / sum(w_j)` (rows are vendors, columns criteria). For criterion
 * `j`, weight `w_j` becomes `w_j + delta` with the other weights unchanged (then all are rescaled to
 * sum to 1, which changes no ranking); the new weight must stay `>= 0`. The answer is the smallest
 * `|delta|` beyond which another vendor scores strictly higher than the current winner, or `Infinity`
 * when no change of that weight alone does it. A small number means the winner hangs on that weight.
 *
 * Solved exactly, not by scanning: against competitor `i`, the score difference is
 * `(a_i + delta * b_i) / (W + delta)` with `a_i = sum_l w_l (x_il - x_kl)` (never positive, `k` being
 * the winner), `b_i = x_ij - x_kj` and `W = sum(w)`, so it changes sign at `delta = -a_i / b_i`.
 * `delta` is in the units the weights were given in (give percentages, get percentage points).
 *
 * Edge cases:
 * - the winner is the first vendor with the highest score; a vendor that only ties it does not count
 *   as a change, but a tie that the weight change would break against the winner gives 0;
 * - fewer than two vendors (also: an empty matrix) give `Infinity` for every criterion;
 * - a weight of 0 cannot go lower, so only increases are considered for it;
 * - throws a `RangeError` when there are no criteria, a row's length differs from the number of
 *   weights, a value or weight is `NaN` or infinite, a weight is negative, every weight is zero, or
 *   values times weights are so large (near 1e308) that the scores overflow.
 *
 * @param matrix - one row per vendor, one column per criterion (e.g. the owner's 1-5 ratings)
 * @param weights - one non-negative weight per criterion
 * @returns per criterion, the smallest `|delta|` that changes the winner, or `Infinity`
 * @throws {RangeError} on any of the edge cases above
 *
 * @example
 * // Vendor 1 wins 4.75 to 3.5. Lowering weight 1 from 3 to 0.5 ties them, and so does raising
 * // weight 2 from 1 to 6; beyond either, vendor 2 wins
 * weightSensitivity([[5, 4], [3, 5]], [3, 1])
 * //=> [2.5, 5]
 *
 * @example
 * // A vendor that is best on every criterion cannot lose the lead
 * weightSensitivity([[5, 5], [3, 4]], [1, 1])
 * //=> [Infinity, Infinity]
 */
export function weightSensitivity(matrix: number[][], weights: number[]): number[] {
  const n = weights.length;
  if (n === 0) {
    throw new RangeError("There are no criteria; give at least one weight and one column per criterion.");
  }
  let total = 0;
  for (let j = 0; j < n; j++) {
    const w = weights[j] as number;
    if (!(w >= 0 && Number.isFinite(w))) {
      throw new RangeError(`Weight ${j + 1} is ${w}; weights must be finite numbers of zero or more.`);
    }
    total += w;
  }
  if (total === 0) {
    throw new RangeError("Every criterion has weight zero; give at least one criterion a positive weight.");
  }
  const m = matrix.length;
  // The common denominator sum(w) changes no ranking, so compare the weighted sums.
  let winner = -1;
  let best = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < m; i++) {
    const row = matrix[i] as number[];
    if (row.length !== n) {
      throw new RangeError(
        `Vendor ${i + 1} has ${row.length} values but there are ${n} criteria; give every vendor one value per criterion.`,
      );
    }
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const x = row[j] as number;
      if (!Number.isFinite(x)) {
        throw new RangeError(
          `Vendor ${i + 1}, criterion ${j + 1} is ${x}; every value must be a finite number.`,
        );
      }
      sum += (weights[j] as number) * x;
    }
    if (sum > best) {
      best = sum;
      winner = i;
    }
  }
  if (best === Number.POSITIVE_INFINITY) {
    throw new RangeError("The weighted scores are too large to add up; scale the values or weights down.");
  }
  const result = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  if (m < 2) return result;
  const top = matrix[winner] as number[];
  for (let i = 0; i < m; i++) {
    if (i === winner) continue;
    const row = matrix[i] as number[];
    // How far behind the winner competitor i is, computed from differences to avoid cancellation.
    let gap = 0;
    for (let l = 0; l < n; l++) gap += (weights[l] as number) * ((row[l] as number) - (top[l] as number));
    gap = Math.min(gap, 0);
    for (let j = 0; j < n; j++) {
      const slope = (row[j] as number) - (top[j] as number);
      if (slope === 0) continue;
      const crossing = -gap / slope;
      // Past a crossing at or below -w_j the weight would have to turn negative.
      if (slope < 0 && !(crossing > -(weights[j] as number))) continue;
      const distance = Math.abs(crossing);
      if (distance < (result[j] as number)) result[j] = distance;
    }
  }
  return result;
}
