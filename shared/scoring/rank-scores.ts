/**
 * @name rankScores
 * @summary Competition ranks of a list of scores, as Excel's RANK.EQ gives them.
 *
 * @description
 * Each score's rank is 1 plus the number of scores strictly better than it, so ties share a rank and
 * the next rank is skipped: scores 90, 80, 80, 70 rank 1, 2, 2, 4. The result keeps the input order.
 * Sorting once and binary-searching keeps it O(n log n) for a scorecard of any size.
 * `-0` and `0` count as equal, as they do in Excel.
 *
 * Edge cases:
 * - an empty list gives an empty list;
 * - a `NaN` or infinite score throws a `RangeError` naming its position.
 *
 * @param scores - the scores to rank
 * @param descending - `true` (default) ranks the highest score 1; `false` ranks the lowest score 1
 * @returns one rank per score, in the input order
 * @throws {RangeError} when a score is `NaN` or infinite
 *
 * @example
 * rankScores([90, 80, 80, 70])
 * //=> [1, 2, 2, 4]
 *
 * @example
 * // Lowest first, for costs
 * rankScores([1200, 900, 1500], false)
 * //=> [2, 1, 3]
 */
export function rankScores(scores: number[], descending = true): number[] {
  const n = scores.length;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const score = scores[i] as number;
    if (!Number.isFinite(score)) {
      throw new RangeError(
        `Score ${i + 1} is ${score}; every score must be a finite number, so fill in or remove that vendor's score.`,
      );
    }
    sorted[i] = score;
  }
  sorted.sort();
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const score = scores[i] as number;
    ranks[i] = descending ? n - countAtMost(sorted, score) + 1 : countBelow(sorted, score) + 1;
  }
  return ranks;
}

/** How many values in the ascending array are strictly less than `value`. */
function countBelow(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many values in the ascending array are less than or equal to `value`. */
function countAtMost(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
